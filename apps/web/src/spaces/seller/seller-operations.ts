import { graphql } from './gql';

export const ListingFieldsFragment = graphql(`
  fragment SellerListingFields on Listing {
    id
    productId
    sellerSku
    region
    currency
    unitPriceMinor
    minimumOrderQuantity
    lotMultiple
    leadTimeDays
    onHand
    status
    priceBreaks {
      fromQuantity
      unitPriceMinor
    }
  }
`);

export const MyActiveListingsDocument = graphql(`
  query MyActiveListings($sellerCompanyId: ID!, $first: Int!, $after: String) {
    searchListings(filter: { sellerCompanyId: $sellerCompanyId }, sort: PRICE_ASC, first: $first, after: $after) {
      endCursor
      hasNextPage
      hits {
        productName
        productCode
        available
        listing {
          ...SellerListingFields
        }
      }
    }
  }
`);

export const FindProductsDocument = graphql(`
  query FindProducts($text: String!) {
    searchListings(filter: { text: $text }, sort: RELEVANCE, first: 50) {
      hits {
        productCode
        productName
        listing {
          id
          productId
        }
      }
    }
  }
`);

export const SaveListingDocument = graphql(`
  mutation SaveListing($input: ListingInput!, $idempotencyKey: String) {
    saveListing(input: $input, idempotencyKey: $idempotencyKey) {
      ...SellerListingFields
    }
  }
`);

export const UploadListingsCsvDocument = graphql(`
  mutation UploadListingsCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {
    uploadListingsCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const UploadStockCsvDocument = graphql(`
  mutation UploadStockCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {
    uploadStockCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const UploadFieldsFragment = graphql(`
  fragment UploadFields on CatalogUpload {
    id
    kind
    fileName
    byteLength
    status
    rowCount
    created
    updated
    unchanged
    rejected
    receivedAt
    completedAt
    failure {
      code
      column
      message
    }
  }
`);

export const CatalogUploadDocument = graphql(`
  query CatalogUpload($id: ID!) {
    catalogUpload(id: $id) {
      ...UploadFields
    }
  }
`);

export const CatalogUploadsDocument = graphql(`
  query CatalogUploads {
    catalogUploads(first: 20) {
      ...UploadFields
    }
  }
`);

export const CatalogUploadRowsDocument = graphql(`
  query CatalogUploadRows($uploadId: ID!, $outcomes: [UploadRowOutcome!], $afterLine: Int!, $first: Int!) {
    catalogUploadRows(uploadId: $uploadId, outcomes: $outcomes, afterLine: $afterLine, first: $first) {
      hasNextPage
      rows {
        line
        sellerSku
        outcome
        listingId
        problem {
          code
          column
          message
        }
      }
    }
  }
`);

export const SetContractPriceDocument = graphql(`
  mutation SetContractPrice(
    $buyerCompanyId: ID!
    $listingId: ID
    $categoryId: ID
    $unitPriceMinor: MinorUnits
    $percentOffBasisPoints: Int
    $idempotencyKey: String
  ) {
    setContractPrice(
      buyerCompanyId: $buyerCompanyId
      listingId: $listingId
      categoryId: $categoryId
      unitPriceMinor: $unitPriceMinor
      percentOffBasisPoints: $percentOffBasisPoints
      idempotencyKey: $idempotencyKey
    ) {
      id
      buyerCompanyId
      listingId
      categoryId
      unitPriceMinor
      percentOffBasisPoints
    }
  }
`);

export const BuyerNameDocument = graphql(`
  query BuyerName($id: ID!) {
    publicCompany(id: $id) {
      id
      tradingName
      status
    }
  }
`);

export const PlaceAskDocument = graphql(`
  mutation PlaceAsk($input: PlaceAskInput!, $idempotencyKey: String) {
    placeAsk(input: $input, idempotencyKey: $idempotencyKey) {
      order {
        id
        sequence
        status
        quantity
        openQuantity
        filledQuantity
        limitPriceMinor
        currency
        closeReason
      }
      trades {
        id
        quantity
        priceMinor
        amountMinor
        currency
      }
    }
  }
`);

export const SellerOrderFieldsFragment = graphql(`
  fragment SellerOrderFields on SellerOrder {
    id
    purchaseId
    origin
    buyerCompanyId
    status
    statusChangedAt
    createdAt
    currency
    grossMinor
    sellerDiscountMinor
    commissionMinor
    shippingFeeMinor
    buyerPaysMinor
    netMinor
    paymentMode
    paid
    deliveryRegion
    deliveryAddress
    carrier
    trackingNumber
    lines {
      id
      lineNo
      productId
      productName
      sellerSku
      quantity
      refusedQuantity
      shippedQuantity
      unitPriceMinor
      netMinor
    }
    history {
      from
      to
      at
      reason
      actorKind
    }
  }
`);

export const SellerOrdersDocument = graphql(`
  query SellerOrders($statuses: [SellerOrderStatus!]) {
    sellerOrders(statuses: $statuses, first: 100) {
      ...SellerOrderFields
    }
  }
`);

export const ConfirmSellerOrderDocument = graphql(`
  mutation ConfirmSellerOrder($orderId: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $idempotencyKey: String) {
    confirmSellerOrder(orderId: $orderId, refusals: $refusals, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...SellerOrderFields
    }
  }
`);

export const ShipSellerOrderDocument = graphql(`
  mutation ShipSellerOrder($orderId: ID!, $carrier: String!, $trackingNumber: String!, $idempotencyKey: String) {
    shipSellerOrder(orderId: $orderId, carrier: $carrier, trackingNumber: $trackingNumber, idempotencyKey: $idempotencyKey) {
      ...SellerOrderFields
    }
  }
`);

export const CancelSellerOrderDocument = graphql(`
  mutation CancelSellerOrder($orderId: ID!, $reason: String!, $idempotencyKey: String) {
    cancelSellerOrder(orderId: $orderId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...SellerOrderFields
    }
  }
`);
