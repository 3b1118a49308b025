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
  '\n  fragment SellerReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n': typeof types.SellerReturnAmountFieldsFragmentDoc;
  '\n  fragment SellerReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      currency\n      items {\n        lineId\n        sellerOrderId\n        quantity\n        reason\n        fault\n        restockingDeducted {\n          ...SellerReturnAmountFields\n        }\n        returnLabelDeducted {\n          ...SellerReturnAmountFields\n        }\n        clawbackDeducted {\n          ...SellerReturnAmountFields\n        }\n        refund {\n          ...SellerReturnAmountFields\n        }\n        sellerPays {\n          ...SellerReturnAmountFields\n        }\n        platformPays {\n          ...SellerReturnAmountFields\n        }\n      }\n      sellerOrders {\n        sellerOrderId\n        sellerCompanyId\n        returnLabel {\n          ...SellerReturnAmountFields\n        }\n      }\n      refund {\n        ...SellerReturnAmountFields\n      }\n      sellersPay {\n        ...SellerReturnAmountFields\n      }\n      platformPays {\n        ...SellerReturnAmountFields\n      }\n      returnLabels {\n        ...SellerReturnAmountFields\n      }\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n': typeof types.SellerReturnFieldsFragmentDoc;
  '\n  query SellerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...SellerReturnFields\n    }\n  }\n': typeof types.SellerReturnsDocument;
  '\n  mutation AcceptReturn($returnId: ID!, $idempotencyKey: String) {\n    acceptReturn(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n': typeof types.AcceptReturnDocument;
  '\n  mutation DisputeReturn($returnId: ID!, $note: String!, $idempotencyKey: String) {\n    disputeReturn(returnId: $returnId, note: $note, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n': typeof types.DisputeReturnDocument;
  '\n  mutation ConfirmReturnReceipt($returnId: ID!, $idempotencyKey: String) {\n    confirmReturnReceipt(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n': typeof types.ConfirmReturnReceiptDocument;
  '\n  query SellerStatement($currency: String!, $from: Timestamp, $to: Timestamp) {\n    sellerStatement(currency: $currency, from: $from, to: $to) {\n      sellerCompanyId\n      currency\n      from\n      to\n      openingBalanceMinor\n      openingAvailableMinor\n      salesMinor\n      commissionsMinor\n      refundsMinor\n      returnLabelsMinor\n      payoutsMinor\n      correctionsMinor\n      closingBalanceMinor\n      closingAvailableMinor\n      csv\n      lines {\n        entryId\n        occurredAt\n        kind\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        availableChangeMinor\n        correctsEntryId\n      }\n    }\n  }\n': typeof types.SellerStatementDocument;
  '\n  query Payouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 200) {\n      id\n      number\n      currency\n      amountMinor\n      status\n      scheduledFor\n      paidAt\n      reference\n      items {\n        entryId\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        occurredAt\n      }\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n  }\n': typeof types.PayoutsDocument;
  '\n  mutation ProposeProduct($input: ProductInput!, $idempotencyKey: String) {\n    proposeProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n      categoryId\n      baseUnit\n    }\n  }\n': typeof types.ProposeProductDocument;
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
  '\n  fragment SellerTermsFields on SellerTerms {\n    sellerCompanyId\n    currency\n    volumeDiscount {\n      thresholdMinor\n      rateBp\n    }\n    shippingFees {\n      region\n      feeMinor\n    }\n    freeShippingFromNetMinor\n    returnWindowDays\n    restockingRateBp\n  }\n': typeof types.SellerTermsFieldsFragmentDoc;
  '\n  query MySellerTerms($sellerCompanyId: ID!, $currency: String!) {\n    sellerTerms(sellerCompanyId: $sellerCompanyId, currency: $currency) {\n      ...SellerTermsFields\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n    returnPolicy {\n      version\n      defaultReturnWindowDays\n    }\n  }\n': typeof types.MySellerTermsDocument;
  '\n  mutation SetSellerTerms($input: SellerTermsInput!, $idempotencyKey: String) {\n    setSellerTerms(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerTermsFields\n    }\n  }\n': typeof types.SetSellerTermsDocument;
};
const documents: Documents = {
  '\n  fragment SellerReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n':
    types.SellerReturnAmountFieldsFragmentDoc,
  '\n  fragment SellerReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      currency\n      items {\n        lineId\n        sellerOrderId\n        quantity\n        reason\n        fault\n        restockingDeducted {\n          ...SellerReturnAmountFields\n        }\n        returnLabelDeducted {\n          ...SellerReturnAmountFields\n        }\n        clawbackDeducted {\n          ...SellerReturnAmountFields\n        }\n        refund {\n          ...SellerReturnAmountFields\n        }\n        sellerPays {\n          ...SellerReturnAmountFields\n        }\n        platformPays {\n          ...SellerReturnAmountFields\n        }\n      }\n      sellerOrders {\n        sellerOrderId\n        sellerCompanyId\n        returnLabel {\n          ...SellerReturnAmountFields\n        }\n      }\n      refund {\n        ...SellerReturnAmountFields\n      }\n      sellersPay {\n        ...SellerReturnAmountFields\n      }\n      platformPays {\n        ...SellerReturnAmountFields\n      }\n      returnLabels {\n        ...SellerReturnAmountFields\n      }\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n':
    types.SellerReturnFieldsFragmentDoc,
  '\n  query SellerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...SellerReturnFields\n    }\n  }\n':
    types.SellerReturnsDocument,
  '\n  mutation AcceptReturn($returnId: ID!, $idempotencyKey: String) {\n    acceptReturn(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n':
    types.AcceptReturnDocument,
  '\n  mutation DisputeReturn($returnId: ID!, $note: String!, $idempotencyKey: String) {\n    disputeReturn(returnId: $returnId, note: $note, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n':
    types.DisputeReturnDocument,
  '\n  mutation ConfirmReturnReceipt($returnId: ID!, $idempotencyKey: String) {\n    confirmReturnReceipt(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n':
    types.ConfirmReturnReceiptDocument,
  '\n  query SellerStatement($currency: String!, $from: Timestamp, $to: Timestamp) {\n    sellerStatement(currency: $currency, from: $from, to: $to) {\n      sellerCompanyId\n      currency\n      from\n      to\n      openingBalanceMinor\n      openingAvailableMinor\n      salesMinor\n      commissionsMinor\n      refundsMinor\n      returnLabelsMinor\n      payoutsMinor\n      correctionsMinor\n      closingBalanceMinor\n      closingAvailableMinor\n      csv\n      lines {\n        entryId\n        occurredAt\n        kind\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        availableChangeMinor\n        correctsEntryId\n      }\n    }\n  }\n':
    types.SellerStatementDocument,
  '\n  query Payouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 200) {\n      id\n      number\n      currency\n      amountMinor\n      status\n      scheduledFor\n      paidAt\n      reference\n      items {\n        entryId\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        occurredAt\n      }\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n  }\n':
    types.PayoutsDocument,
  '\n  mutation ProposeProduct($input: ProductInput!, $idempotencyKey: String) {\n    proposeProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n      categoryId\n      baseUnit\n    }\n  }\n':
    types.ProposeProductDocument,
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
  '\n  fragment SellerTermsFields on SellerTerms {\n    sellerCompanyId\n    currency\n    volumeDiscount {\n      thresholdMinor\n      rateBp\n    }\n    shippingFees {\n      region\n      feeMinor\n    }\n    freeShippingFromNetMinor\n    returnWindowDays\n    restockingRateBp\n  }\n':
    types.SellerTermsFieldsFragmentDoc,
  '\n  query MySellerTerms($sellerCompanyId: ID!, $currency: String!) {\n    sellerTerms(sellerCompanyId: $sellerCompanyId, currency: $currency) {\n      ...SellerTermsFields\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n    returnPolicy {\n      version\n      defaultReturnWindowDays\n    }\n  }\n':
    types.MySellerTermsDocument,
  '\n  mutation SetSellerTerms($input: SellerTermsInput!, $idempotencyKey: String) {\n    setSellerTerms(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerTermsFields\n    }\n  }\n':
    types.SetSellerTermsDocument,
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
  source: '\n  fragment SellerReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n',
): (typeof documents)['\n  fragment SellerReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SellerReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      currency\n      items {\n        lineId\n        sellerOrderId\n        quantity\n        reason\n        fault\n        restockingDeducted {\n          ...SellerReturnAmountFields\n        }\n        returnLabelDeducted {\n          ...SellerReturnAmountFields\n        }\n        clawbackDeducted {\n          ...SellerReturnAmountFields\n        }\n        refund {\n          ...SellerReturnAmountFields\n        }\n        sellerPays {\n          ...SellerReturnAmountFields\n        }\n        platformPays {\n          ...SellerReturnAmountFields\n        }\n      }\n      sellerOrders {\n        sellerOrderId\n        sellerCompanyId\n        returnLabel {\n          ...SellerReturnAmountFields\n        }\n      }\n      refund {\n        ...SellerReturnAmountFields\n      }\n      sellersPay {\n        ...SellerReturnAmountFields\n      }\n      platformPays {\n        ...SellerReturnAmountFields\n      }\n      returnLabels {\n        ...SellerReturnAmountFields\n      }\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment SellerReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      currency\n      items {\n        lineId\n        sellerOrderId\n        quantity\n        reason\n        fault\n        restockingDeducted {\n          ...SellerReturnAmountFields\n        }\n        returnLabelDeducted {\n          ...SellerReturnAmountFields\n        }\n        clawbackDeducted {\n          ...SellerReturnAmountFields\n        }\n        refund {\n          ...SellerReturnAmountFields\n        }\n        sellerPays {\n          ...SellerReturnAmountFields\n        }\n        platformPays {\n          ...SellerReturnAmountFields\n        }\n      }\n      sellerOrders {\n        sellerOrderId\n        sellerCompanyId\n        returnLabel {\n          ...SellerReturnAmountFields\n        }\n      }\n      refund {\n        ...SellerReturnAmountFields\n      }\n      sellersPay {\n        ...SellerReturnAmountFields\n      }\n      platformPays {\n        ...SellerReturnAmountFields\n      }\n      returnLabels {\n        ...SellerReturnAmountFields\n      }\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SellerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...SellerReturnFields\n    }\n  }\n',
): (typeof documents)['\n  query SellerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...SellerReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptReturn($returnId: ID!, $idempotencyKey: String) {\n    acceptReturn(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptReturn($returnId: ID!, $idempotencyKey: String) {\n    acceptReturn(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisputeReturn($returnId: ID!, $note: String!, $idempotencyKey: String) {\n    disputeReturn(returnId: $returnId, note: $note, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DisputeReturn($returnId: ID!, $note: String!, $idempotencyKey: String) {\n    disputeReturn(returnId: $returnId, note: $note, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmReturnReceipt($returnId: ID!, $idempotencyKey: String) {\n    confirmReturnReceipt(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmReturnReceipt($returnId: ID!, $idempotencyKey: String) {\n    confirmReturnReceipt(returnId: $returnId, idempotencyKey: $idempotencyKey) {\n      ...SellerReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SellerStatement($currency: String!, $from: Timestamp, $to: Timestamp) {\n    sellerStatement(currency: $currency, from: $from, to: $to) {\n      sellerCompanyId\n      currency\n      from\n      to\n      openingBalanceMinor\n      openingAvailableMinor\n      salesMinor\n      commissionsMinor\n      refundsMinor\n      returnLabelsMinor\n      payoutsMinor\n      correctionsMinor\n      closingBalanceMinor\n      closingAvailableMinor\n      csv\n      lines {\n        entryId\n        occurredAt\n        kind\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        availableChangeMinor\n        correctsEntryId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SellerStatement($currency: String!, $from: Timestamp, $to: Timestamp) {\n    sellerStatement(currency: $currency, from: $from, to: $to) {\n      sellerCompanyId\n      currency\n      from\n      to\n      openingBalanceMinor\n      openingAvailableMinor\n      salesMinor\n      commissionsMinor\n      refundsMinor\n      returnLabelsMinor\n      payoutsMinor\n      correctionsMinor\n      closingBalanceMinor\n      closingAvailableMinor\n      csv\n      lines {\n        entryId\n        occurredAt\n        kind\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        availableChangeMinor\n        correctsEntryId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Payouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 200) {\n      id\n      number\n      currency\n      amountMinor\n      status\n      scheduledFor\n      paidAt\n      reference\n      items {\n        entryId\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        occurredAt\n      }\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n  }\n',
): (typeof documents)['\n  query Payouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 200) {\n      id\n      number\n      currency\n      amountMinor\n      status\n      scheduledFor\n      paidAt\n      reference\n      items {\n        entryId\n        causeType\n        causeId\n        sellerOrderId\n        amountMinor\n        occurredAt\n      }\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeProduct($input: ProductInput!, $idempotencyKey: String) {\n    proposeProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n      categoryId\n      baseUnit\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeProduct($input: ProductInput!, $idempotencyKey: String) {\n    proposeProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n      categoryId\n      baseUnit\n    }\n  }\n'];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SellerTermsFields on SellerTerms {\n    sellerCompanyId\n    currency\n    volumeDiscount {\n      thresholdMinor\n      rateBp\n    }\n    shippingFees {\n      region\n      feeMinor\n    }\n    freeShippingFromNetMinor\n    returnWindowDays\n    restockingRateBp\n  }\n',
): (typeof documents)['\n  fragment SellerTermsFields on SellerTerms {\n    sellerCompanyId\n    currency\n    volumeDiscount {\n      thresholdMinor\n      rateBp\n    }\n    shippingFees {\n      region\n      feeMinor\n    }\n    freeShippingFromNetMinor\n    returnWindowDays\n    restockingRateBp\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySellerTerms($sellerCompanyId: ID!, $currency: String!) {\n    sellerTerms(sellerCompanyId: $sellerCompanyId, currency: $currency) {\n      ...SellerTermsFields\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n    returnPolicy {\n      version\n      defaultReturnWindowDays\n    }\n  }\n',
): (typeof documents)['\n  query MySellerTerms($sellerCompanyId: ID!, $currency: String!) {\n    sellerTerms(sellerCompanyId: $sellerCompanyId, currency: $currency) {\n      ...SellerTermsFields\n    }\n    payoutTerms {\n      sellerCompanyId\n      periodDays\n    }\n    returnPolicy {\n      version\n      defaultReturnWindowDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSellerTerms($input: SellerTermsInput!, $idempotencyKey: String) {\n    setSellerTerms(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerTermsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSellerTerms($input: SellerTermsInput!, $idempotencyKey: String) {\n    setSellerTerms(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SellerTermsFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
