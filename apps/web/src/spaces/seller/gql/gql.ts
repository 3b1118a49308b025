/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment SellerListingFields on Listing {\n    id\n    productId\n    sellerSku\n    region\n    currency\n    unitPriceMinor\n    minimumOrderQuantity\n    lotMultiple\n    leadTimeDays\n    onHand\n    status\n    priceBreaks {\n      fromQuantity\n      unitPriceMinor\n    }\n  }\n': typeof types.SellerListingFieldsFragmentDoc;
  '\n  query MyActiveListings($sellerCompanyId: ID!, $first: Int!, $after: String) {\n    searchListings(filter: { sellerCompanyId: $sellerCompanyId }, sort: PRICE_ASC, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productName\n        productCode\n        available\n        listing {\n          ...SellerListingFields\n        }\n      }\n    }\n  }\n': typeof types.MyActiveListingsDocument;
  '\n  query FindProducts($text: String!) {\n    searchListings(filter: { text: $text }, sort: RELEVANCE, first: 50) {\n      hits {\n        productCode\n        productName\n        listing {\n          id\n          productId\n        }\n      }\n    }\n  }\n': typeof types.FindProductsDocument;
  '\n  mutation SaveListing($input: ListingInput!, $idempotencyKey: String) {\n    saveListing(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerListingFields\n    }\n  }\n': typeof types.SaveListingDocument;
  '\n  mutation UploadListingsCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadListingsCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n': typeof types.UploadListingsCsvDocument;
  '\n  mutation UploadStockCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadStockCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n': typeof types.UploadStockCsvDocument;
  '\n  fragment UploadFields on CatalogUpload {\n    id\n    kind\n    fileName\n    byteLength\n    status\n    rowCount\n    created\n    updated\n    unchanged\n    rejected\n    receivedAt\n    completedAt\n    failure {\n      code\n      column\n      message\n    }\n  }\n': typeof types.UploadFieldsFragmentDoc;
  '\n  query CatalogUpload($id: ID!) {\n    catalogUpload(id: $id) {\n      ...UploadFields\n    }\n  }\n': typeof types.CatalogUploadDocument;
  '\n  query CatalogUploads {\n    catalogUploads(first: 20) {\n      ...UploadFields\n    }\n  }\n': typeof types.CatalogUploadsDocument;
  '\n  query CatalogUploadRows($uploadId: ID!, $outcomes: [UploadRowOutcome!], $afterLine: Int!, $first: Int!) {\n    catalogUploadRows(uploadId: $uploadId, outcomes: $outcomes, afterLine: $afterLine, first: $first) {\n      hasNextPage\n      rows {\n        line\n        sellerSku\n        outcome\n        listingId\n        problem {\n          code\n          column\n          message\n        }\n      }\n    }\n  }\n': typeof types.CatalogUploadRowsDocument;
  '\n  mutation SetContractPrice(\n    $buyerCompanyId: ID!\n    $listingId: ID\n    $categoryId: ID\n    $unitPriceMinor: MinorUnits\n    $percentOffBasisPoints: Int\n    $idempotencyKey: String\n  ) {\n    setContractPrice(\n      buyerCompanyId: $buyerCompanyId\n      listingId: $listingId\n      categoryId: $categoryId\n      unitPriceMinor: $unitPriceMinor\n      percentOffBasisPoints: $percentOffBasisPoints\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      listingId\n      categoryId\n      unitPriceMinor\n      percentOffBasisPoints\n    }\n  }\n': typeof types.SetContractPriceDocument;
  '\n  query BuyerName($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n': typeof types.BuyerNameDocument;
  '\n  mutation PlaceAsk($input: PlaceAskInput!, $idempotencyKey: String) {\n    placeAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n': typeof types.PlaceAskDocument;
  '\n  fragment SellerOrderFields on SellerOrder {\n    id\n    purchaseId\n    origin\n    buyerCompanyId\n    status\n    statusChangedAt\n    createdAt\n    currency\n    grossMinor\n    sellerDiscountMinor\n    commissionMinor\n    shippingFeeMinor\n    buyerPaysMinor\n    netMinor\n    paymentMode\n    paid\n    deliveryRegion\n    deliveryAddress\n    carrier\n    trackingNumber\n    lines {\n      id\n      lineNo\n      productId\n      productName\n      sellerSku\n      quantity\n      refusedQuantity\n      shippedQuantity\n      unitPriceMinor\n      netMinor\n    }\n    history {\n      from\n      to\n      at\n      reason\n      actorKind\n    }\n  }\n': typeof types.SellerOrderFieldsFragmentDoc;
  '\n  query SellerOrders($statuses: [SellerOrderStatus!]) {\n    sellerOrders(statuses: $statuses, first: 100) {\n      ...SellerOrderFields\n    }\n  }\n': typeof types.SellerOrdersDocument;
  '\n  mutation ConfirmSellerOrder($orderId: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $idempotencyKey: String) {\n    confirmSellerOrder(orderId: $orderId, refusals: $refusals, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n': typeof types.ConfirmSellerOrderDocument;
  '\n  mutation ShipSellerOrder($orderId: ID!, $carrier: String!, $trackingNumber: String!, $idempotencyKey: String) {\n    shipSellerOrder(orderId: $orderId, carrier: $carrier, trackingNumber: $trackingNumber, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n': typeof types.ShipSellerOrderDocument;
  '\n  mutation CancelSellerOrder($orderId: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelSellerOrder(orderId: $orderId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n': typeof types.CancelSellerOrderDocument;
};
const documents: Documents = {
  '\n  fragment SellerListingFields on Listing {\n    id\n    productId\n    sellerSku\n    region\n    currency\n    unitPriceMinor\n    minimumOrderQuantity\n    lotMultiple\n    leadTimeDays\n    onHand\n    status\n    priceBreaks {\n      fromQuantity\n      unitPriceMinor\n    }\n  }\n':
    types.SellerListingFieldsFragmentDoc,
  '\n  query MyActiveListings($sellerCompanyId: ID!, $first: Int!, $after: String) {\n    searchListings(filter: { sellerCompanyId: $sellerCompanyId }, sort: PRICE_ASC, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productName\n        productCode\n        available\n        listing {\n          ...SellerListingFields\n        }\n      }\n    }\n  }\n':
    types.MyActiveListingsDocument,
  '\n  query FindProducts($text: String!) {\n    searchListings(filter: { text: $text }, sort: RELEVANCE, first: 50) {\n      hits {\n        productCode\n        productName\n        listing {\n          id\n          productId\n        }\n      }\n    }\n  }\n':
    types.FindProductsDocument,
  '\n  mutation SaveListing($input: ListingInput!, $idempotencyKey: String) {\n    saveListing(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerListingFields\n    }\n  }\n':
    types.SaveListingDocument,
  '\n  mutation UploadListingsCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadListingsCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n':
    types.UploadListingsCsvDocument,
  '\n  mutation UploadStockCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadStockCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n':
    types.UploadStockCsvDocument,
  '\n  fragment UploadFields on CatalogUpload {\n    id\n    kind\n    fileName\n    byteLength\n    status\n    rowCount\n    created\n    updated\n    unchanged\n    rejected\n    receivedAt\n    completedAt\n    failure {\n      code\n      column\n      message\n    }\n  }\n':
    types.UploadFieldsFragmentDoc,
  '\n  query CatalogUpload($id: ID!) {\n    catalogUpload(id: $id) {\n      ...UploadFields\n    }\n  }\n': types.CatalogUploadDocument,
  '\n  query CatalogUploads {\n    catalogUploads(first: 20) {\n      ...UploadFields\n    }\n  }\n': types.CatalogUploadsDocument,
  '\n  query CatalogUploadRows($uploadId: ID!, $outcomes: [UploadRowOutcome!], $afterLine: Int!, $first: Int!) {\n    catalogUploadRows(uploadId: $uploadId, outcomes: $outcomes, afterLine: $afterLine, first: $first) {\n      hasNextPage\n      rows {\n        line\n        sellerSku\n        outcome\n        listingId\n        problem {\n          code\n          column\n          message\n        }\n      }\n    }\n  }\n':
    types.CatalogUploadRowsDocument,
  '\n  mutation SetContractPrice(\n    $buyerCompanyId: ID!\n    $listingId: ID\n    $categoryId: ID\n    $unitPriceMinor: MinorUnits\n    $percentOffBasisPoints: Int\n    $idempotencyKey: String\n  ) {\n    setContractPrice(\n      buyerCompanyId: $buyerCompanyId\n      listingId: $listingId\n      categoryId: $categoryId\n      unitPriceMinor: $unitPriceMinor\n      percentOffBasisPoints: $percentOffBasisPoints\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      listingId\n      categoryId\n      unitPriceMinor\n      percentOffBasisPoints\n    }\n  }\n':
    types.SetContractPriceDocument,
  '\n  query BuyerName($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n':
    types.BuyerNameDocument,
  '\n  mutation PlaceAsk($input: PlaceAskInput!, $idempotencyKey: String) {\n    placeAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n':
    types.PlaceAskDocument,
  '\n  fragment SellerOrderFields on SellerOrder {\n    id\n    purchaseId\n    origin\n    buyerCompanyId\n    status\n    statusChangedAt\n    createdAt\n    currency\n    grossMinor\n    sellerDiscountMinor\n    commissionMinor\n    shippingFeeMinor\n    buyerPaysMinor\n    netMinor\n    paymentMode\n    paid\n    deliveryRegion\n    deliveryAddress\n    carrier\n    trackingNumber\n    lines {\n      id\n      lineNo\n      productId\n      productName\n      sellerSku\n      quantity\n      refusedQuantity\n      shippedQuantity\n      unitPriceMinor\n      netMinor\n    }\n    history {\n      from\n      to\n      at\n      reason\n      actorKind\n    }\n  }\n':
    types.SellerOrderFieldsFragmentDoc,
  '\n  query SellerOrders($statuses: [SellerOrderStatus!]) {\n    sellerOrders(statuses: $statuses, first: 100) {\n      ...SellerOrderFields\n    }\n  }\n':
    types.SellerOrdersDocument,
  '\n  mutation ConfirmSellerOrder($orderId: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $idempotencyKey: String) {\n    confirmSellerOrder(orderId: $orderId, refusals: $refusals, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n':
    types.ConfirmSellerOrderDocument,
  '\n  mutation ShipSellerOrder($orderId: ID!, $carrier: String!, $trackingNumber: String!, $idempotencyKey: String) {\n    shipSellerOrder(orderId: $orderId, carrier: $carrier, trackingNumber: $trackingNumber, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n':
    types.ShipSellerOrderDocument,
  '\n  mutation CancelSellerOrder($orderId: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelSellerOrder(orderId: $orderId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n':
    types.CancelSellerOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SellerListingFields on Listing {\n    id\n    productId\n    sellerSku\n    region\n    currency\n    unitPriceMinor\n    minimumOrderQuantity\n    lotMultiple\n    leadTimeDays\n    onHand\n    status\n    priceBreaks {\n      fromQuantity\n      unitPriceMinor\n    }\n  }\n',
): (typeof documents)['\n  fragment SellerListingFields on Listing {\n    id\n    productId\n    sellerSku\n    region\n    currency\n    unitPriceMinor\n    minimumOrderQuantity\n    lotMultiple\n    leadTimeDays\n    onHand\n    status\n    priceBreaks {\n      fromQuantity\n      unitPriceMinor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyActiveListings($sellerCompanyId: ID!, $first: Int!, $after: String) {\n    searchListings(filter: { sellerCompanyId: $sellerCompanyId }, sort: PRICE_ASC, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productName\n        productCode\n        available\n        listing {\n          ...SellerListingFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyActiveListings($sellerCompanyId: ID!, $first: Int!, $after: String) {\n    searchListings(filter: { sellerCompanyId: $sellerCompanyId }, sort: PRICE_ASC, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productName\n        productCode\n        available\n        listing {\n          ...SellerListingFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindProducts($text: String!) {\n    searchListings(filter: { text: $text }, sort: RELEVANCE, first: 50) {\n      hits {\n        productCode\n        productName\n        listing {\n          id\n          productId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindProducts($text: String!) {\n    searchListings(filter: { text: $text }, sort: RELEVANCE, first: 50) {\n      hits {\n        productCode\n        productName\n        listing {\n          id\n          productId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveListing($input: ListingInput!, $idempotencyKey: String) {\n    saveListing(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerListingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveListing($input: ListingInput!, $idempotencyKey: String) {\n    saveListing(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerListingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadListingsCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadListingsCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadListingsCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadListingsCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadStockCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadStockCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadStockCsv($csvBase64: String!, $fileName: String, $idempotencyKey: String) {\n    uploadStockCsv(csvBase64: $csvBase64, fileName: $fileName, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UploadFields on CatalogUpload {\n    id\n    kind\n    fileName\n    byteLength\n    status\n    rowCount\n    created\n    updated\n    unchanged\n    rejected\n    receivedAt\n    completedAt\n    failure {\n      code\n      column\n      message\n    }\n  }\n',
): (typeof documents)['\n  fragment UploadFields on CatalogUpload {\n    id\n    kind\n    fileName\n    byteLength\n    status\n    rowCount\n    created\n    updated\n    unchanged\n    rejected\n    receivedAt\n    completedAt\n    failure {\n      code\n      column\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogUpload($id: ID!) {\n    catalogUpload(id: $id) {\n      ...UploadFields\n    }\n  }\n',
): (typeof documents)['\n  query CatalogUpload($id: ID!) {\n    catalogUpload(id: $id) {\n      ...UploadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogUploads {\n    catalogUploads(first: 20) {\n      ...UploadFields\n    }\n  }\n',
): (typeof documents)['\n  query CatalogUploads {\n    catalogUploads(first: 20) {\n      ...UploadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogUploadRows($uploadId: ID!, $outcomes: [UploadRowOutcome!], $afterLine: Int!, $first: Int!) {\n    catalogUploadRows(uploadId: $uploadId, outcomes: $outcomes, afterLine: $afterLine, first: $first) {\n      hasNextPage\n      rows {\n        line\n        sellerSku\n        outcome\n        listingId\n        problem {\n          code\n          column\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogUploadRows($uploadId: ID!, $outcomes: [UploadRowOutcome!], $afterLine: Int!, $first: Int!) {\n    catalogUploadRows(uploadId: $uploadId, outcomes: $outcomes, afterLine: $afterLine, first: $first) {\n      hasNextPage\n      rows {\n        line\n        sellerSku\n        outcome\n        listingId\n        problem {\n          code\n          column\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetContractPrice(\n    $buyerCompanyId: ID!\n    $listingId: ID\n    $categoryId: ID\n    $unitPriceMinor: MinorUnits\n    $percentOffBasisPoints: Int\n    $idempotencyKey: String\n  ) {\n    setContractPrice(\n      buyerCompanyId: $buyerCompanyId\n      listingId: $listingId\n      categoryId: $categoryId\n      unitPriceMinor: $unitPriceMinor\n      percentOffBasisPoints: $percentOffBasisPoints\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      listingId\n      categoryId\n      unitPriceMinor\n      percentOffBasisPoints\n    }\n  }\n',
): (typeof documents)['\n  mutation SetContractPrice(\n    $buyerCompanyId: ID!\n    $listingId: ID\n    $categoryId: ID\n    $unitPriceMinor: MinorUnits\n    $percentOffBasisPoints: Int\n    $idempotencyKey: String\n  ) {\n    setContractPrice(\n      buyerCompanyId: $buyerCompanyId\n      listingId: $listingId\n      categoryId: $categoryId\n      unitPriceMinor: $unitPriceMinor\n      percentOffBasisPoints: $percentOffBasisPoints\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      listingId\n      categoryId\n      unitPriceMinor\n      percentOffBasisPoints\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuyerName($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n',
): (typeof documents)['\n  query BuyerName($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceAsk($input: PlaceAskInput!, $idempotencyKey: String) {\n    placeAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceAsk($input: PlaceAskInput!, $idempotencyKey: String) {\n    placeAsk(input: $input, idempotencyKey: $idempotencyKey) {\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SellerOrderFields on SellerOrder {\n    id\n    purchaseId\n    origin\n    buyerCompanyId\n    status\n    statusChangedAt\n    createdAt\n    currency\n    grossMinor\n    sellerDiscountMinor\n    commissionMinor\n    shippingFeeMinor\n    buyerPaysMinor\n    netMinor\n    paymentMode\n    paid\n    deliveryRegion\n    deliveryAddress\n    carrier\n    trackingNumber\n    lines {\n      id\n      lineNo\n      productId\n      productName\n      sellerSku\n      quantity\n      refusedQuantity\n      shippedQuantity\n      unitPriceMinor\n      netMinor\n    }\n    history {\n      from\n      to\n      at\n      reason\n      actorKind\n    }\n  }\n',
): (typeof documents)['\n  fragment SellerOrderFields on SellerOrder {\n    id\n    purchaseId\n    origin\n    buyerCompanyId\n    status\n    statusChangedAt\n    createdAt\n    currency\n    grossMinor\n    sellerDiscountMinor\n    commissionMinor\n    shippingFeeMinor\n    buyerPaysMinor\n    netMinor\n    paymentMode\n    paid\n    deliveryRegion\n    deliveryAddress\n    carrier\n    trackingNumber\n    lines {\n      id\n      lineNo\n      productId\n      productName\n      sellerSku\n      quantity\n      refusedQuantity\n      shippedQuantity\n      unitPriceMinor\n      netMinor\n    }\n    history {\n      from\n      to\n      at\n      reason\n      actorKind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SellerOrders($statuses: [SellerOrderStatus!]) {\n    sellerOrders(statuses: $statuses, first: 100) {\n      ...SellerOrderFields\n    }\n  }\n',
): (typeof documents)['\n  query SellerOrders($statuses: [SellerOrderStatus!]) {\n    sellerOrders(statuses: $statuses, first: 100) {\n      ...SellerOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmSellerOrder($orderId: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $idempotencyKey: String) {\n    confirmSellerOrder(orderId: $orderId, refusals: $refusals, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmSellerOrder($orderId: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $idempotencyKey: String) {\n    confirmSellerOrder(orderId: $orderId, refusals: $refusals, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShipSellerOrder($orderId: ID!, $carrier: String!, $trackingNumber: String!, $idempotencyKey: String) {\n    shipSellerOrder(orderId: $orderId, carrier: $carrier, trackingNumber: $trackingNumber, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ShipSellerOrder($orderId: ID!, $carrier: String!, $trackingNumber: String!, $idempotencyKey: String) {\n    shipSellerOrder(orderId: $orderId, carrier: $carrier, trackingNumber: $trackingNumber, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSellerOrder($orderId: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelSellerOrder(orderId: $orderId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSellerOrder($orderId: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelSellerOrder(orderId: $orderId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...SellerOrderFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
