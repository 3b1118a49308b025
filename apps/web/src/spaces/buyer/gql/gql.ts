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
  '\n  query SearchListings($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {\n    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productCode\n        productName\n        categoryPath\n        sellerTradingName\n        available\n        relevance\n        listing {\n          id\n          productId\n          sellerCompanyId\n          region\n          currency\n          unitPriceMinor\n          minimumOrderQuantity\n          lotMultiple\n          leadTimeDays\n          priceBreaks {\n            fromQuantity\n            unitPriceMinor\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchListingsDocument;
  '\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n    }\n  }\n': typeof types.ProductDetailDocument;
  '\n  query ProductOffers($productId: ID!, $quantity: Int) {\n    productOffers(productId: $productId, quantity: $quantity) {\n      sellerTradingName\n      available\n      listing {\n        id\n        sellerCompanyId\n        region\n        currency\n        unitPriceMinor\n        minimumOrderQuantity\n        lotMultiple\n        leadTimeDays\n        priceBreaks {\n          fromQuantity\n          unitPriceMinor\n        }\n      }\n      quote {\n        ok\n        quantity\n        basis\n        unitPriceMinor\n        lineTotalMinor\n        currency\n        explanation\n        refusal {\n          reason\n          message\n        }\n      }\n    }\n  }\n': typeof types.ProductOffersDocument;
  '\n  mutation PlaceBid($input: PlaceBidInput!, $idempotencyKey: String) {\n    placeBid(input: $input, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        id\n        status\n        maxValueMinor\n        currency\n        reason\n      }\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n': typeof types.PlaceBidDocument;
  '\n  fragment BidRequestFields on BidRequest {\n    id\n    productId\n    quantity\n    limitPriceMinor\n    maxValueMinor\n    currency\n    status\n    reason\n    placedByUserId\n    decidedByUserId\n    createdAt\n    expiresAt\n  }\n': typeof types.BidRequestFieldsFragmentDoc;
  '\n  query MyBidRequests($awaitingApprovalOnly: Boolean!) {\n    myBidRequests(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...BidRequestFields\n    }\n  }\n': typeof types.MyBidRequestsDocument;
  '\n  mutation ApproveBid($bidId: ID!, $reason: String, $idempotencyKey: String) {\n    approveBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        ...BidRequestFields\n      }\n      order {\n        id\n        status\n        filledQuantity\n      }\n    }\n  }\n': typeof types.ApproveBidDocument;
  '\n  mutation RejectBid($bidId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...BidRequestFields\n    }\n  }\n': typeof types.RejectBidDocument;
  '\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    sellerOrderId\n    sellerCompanyId\n    buyerCompanyId\n    currency\n    amountMinor\n    paidMinor\n    creditedMinor\n    outstandingMinor\n    status\n    terms\n    overdue\n    issuedAt\n    dueAt\n    payments {\n      paymentId\n      amountMinor\n      receivedAt\n    }\n    credits {\n      returnId\n      amountMinor\n      at\n    }\n  }\n': typeof types.InvoiceFieldsFragmentDoc;
  '\n  query BuyerInvoices($statuses: [InvoiceStatus!]) {\n    invoices(statuses: $statuses, first: 200) {\n      ...InvoiceFields\n    }\n  }\n': typeof types.BuyerInvoicesDocument;
  '\n  mutation RecordPayment($input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(input: $input, idempotencyKey: $idempotencyKey) {\n      payment {\n        id\n        amountMinor\n        creditMinor\n        currency\n      }\n      invoices {\n        ...InvoiceFields\n      }\n    }\n  }\n': typeof types.RecordPaymentDocument;
  '\n  fragment CartFields on Cart {\n    companyId\n    currency\n    lines {\n      id\n      listingId\n      sellerCompanyId\n      quantity\n      currency\n      addedAt\n    }\n  }\n': typeof types.CartFieldsFragmentDoc;
  '\n  query MyCart {\n    myCart {\n      ...CartFields\n    }\n  }\n': typeof types.MyCartDocument;
  '\n  mutation AddToCart($listingId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n': typeof types.AddToCartDocument;
  '\n  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    updateCartLine(lineId: $lineId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n': typeof types.UpdateCartLineDocument;
  '\n  mutation ClearCart($idempotencyKey: String) {\n    clearCart(idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n': typeof types.ClearCartDocument;
  '\n  fragment OrderFigures on SellerOrderFigures {\n    sellerCompanyId\n    currency\n    grossMinor\n    sellerDiscountMinor\n    sellerDiscountRule {\n      applied\n      rateBp\n      thresholdMinor\n    }\n    loyaltyDiscountMinor\n    loyaltyRateBp\n    shippingFeeMinor\n    regionalFeeMinor\n    freeShipping\n    buyerPaysMinor\n    paymentMode\n    paymentTermDays\n    lines {\n      id\n      lineNo\n      listingId\n      productId\n      productName\n      sellerSku\n      quantity\n      unitPriceMinor\n      priceBasis\n      priceExplanation\n      grossMinor\n      sellerDiscountMinor\n      loyaltyDiscountMinor\n      payableMinor\n    }\n  }\n': typeof types.OrderFiguresFragmentDoc;
  '\n  query CheckoutPreview($deliveryRegion: String!) {\n    checkoutPreview(deliveryRegion: $deliveryRegion) {\n      currency\n      totalMinor\n      needsApproval\n      paymentMode\n      orders {\n        ...OrderFigures\n      }\n    }\n  }\n': typeof types.CheckoutPreviewDocument;
  '\n  query MyLegalEntities {\n    myCompany {\n      id\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n    }\n  }\n': typeof types.MyLegalEntitiesDocument;
  '\n  mutation AddLegalEntity($name: String!, $taxId: String!, $address: String!, $idempotencyKey: String) {\n    addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      taxId\n      address\n    }\n  }\n': typeof types.AddLegalEntityDocument;
  '\n  fragment PurchaseFields on Purchase {\n    id\n    createdAt\n    currency\n    totalMinor\n    placedByUserId\n    approval {\n      status\n      reason\n      expiresAt\n      decidedAt\n    }\n    orders {\n      id\n      sellerCompanyId\n      status\n      statusChangedAt\n      buyerPaysMinor\n      currency\n      carrier\n      trackingNumber\n      lines {\n        id\n        productId\n        productName\n        quantity\n        refusedQuantity\n        shippedQuantity\n      }\n    }\n  }\n': typeof types.PurchaseFieldsFragmentDoc;
  '\n  mutation Checkout($input: CheckoutInput!, $idempotencyKey: String) {\n    checkout(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n': typeof types.CheckoutDocument;
  '\n  query MyPurchases($awaitingApprovalOnly: Boolean!) {\n    myPurchases(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...PurchaseFields\n    }\n  }\n': typeof types.MyPurchasesDocument;
  '\n  mutation ApprovePurchase($purchaseId: ID!, $reason: String, $idempotencyKey: String) {\n    approvePurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n': typeof types.ApprovePurchaseDocument;
  '\n  mutation RejectPurchase($purchaseId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectPurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n': typeof types.RejectPurchaseDocument;
  '\n  fragment ReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n': typeof types.ReturnAmountFieldsFragmentDoc;
  '\n  fragment ReturnQuoteFields on ReturnQuote {\n    currency\n    policyVersion\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      netShare {\n        ...ReturnAmountFields\n      }\n      loyaltyDiscountShare {\n        ...ReturnAmountFields\n      }\n      outboundFeeShare {\n        ...ReturnAmountFields\n      }\n      restockingDeducted {\n        ...ReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...ReturnAmountFields\n      }\n      clawbackDeducted {\n        ...ReturnAmountFields\n      }\n      giveBack {\n        ...ReturnAmountFields\n      }\n      refund {\n        ...ReturnAmountFields\n      }\n      sellerPays {\n        ...ReturnAmountFields\n      }\n      platformPays {\n        ...ReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...ReturnAmountFields\n      }\n      totals {\n        refundMinor\n        sellerPaysMinor\n        platformPaysMinor\n      }\n    }\n    refund {\n      ...ReturnAmountFields\n    }\n    sellersPay {\n      ...ReturnAmountFields\n    }\n    platformPays {\n      ...ReturnAmountFields\n    }\n    returnLabels {\n      ...ReturnAmountFields\n    }\n  }\n': typeof types.ReturnQuoteFieldsFragmentDoc;
  '\n  fragment BuyerReturnFields on SellerReturn {\n    id\n    requestId\n    purchaseId\n    sellerOrderId\n    sellerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    allocation {\n      ...ReturnQuoteFields\n    }\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n': typeof types.BuyerReturnFieldsFragmentDoc;
  '\n  query PurchaseReturns($purchaseId: ID!) {\n    purchaseReturns(purchaseId: $purchaseId) {\n      purchaseId\n      lines {\n        lineId\n        sellerOrderId\n        sellerCompanyId\n        listingId\n        productName\n        sellerSku\n        orderStatus\n        deliveredQuantity\n        returnedQuantity\n        returnableQuantity\n        returnWindowClosesAt\n      }\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n': typeof types.PurchaseReturnsDocument;
  '\n  query ReturnQuote($input: ReturnQuoteInput!) {\n    returnQuote(input: $input) {\n      ...ReturnQuoteFields\n    }\n  }\n': typeof types.ReturnQuoteDocument;
  '\n  mutation FileReturn($input: FileReturnInput!, $idempotencyKey: String) {\n    fileReturn(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      purchaseId\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n': typeof types.FileReturnDocument;
  '\n  query BuyerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...BuyerReturnFields\n    }\n  }\n': typeof types.BuyerReturnsDocument;
  '\n  mutation ConfirmDelivery($orderId: ID!, $idempotencyKey: String) {\n    confirmDelivery(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n': typeof types.ConfirmDeliveryDocument;
  '\n  mutation Reorder($purchaseId: ID!, $idempotencyKey: String) {\n    reorder(purchaseId: $purchaseId, idempotencyKey: $idempotencyKey) {\n      cart {\n        companyId\n        currency\n      }\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n    }\n  }\n': typeof types.ReorderDocument;
  '\n  mutation QuickOrder($csv: String!, $idempotencyKey: String) {\n    quickOrder(csv: $csv, idempotencyKey: $idempotencyKey) {\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n      cart {\n        companyId\n        currency\n      }\n    }\n  }\n': typeof types.QuickOrderDocument;
};
const documents: Documents = {
  '\n  query SearchListings($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {\n    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productCode\n        productName\n        categoryPath\n        sellerTradingName\n        available\n        relevance\n        listing {\n          id\n          productId\n          sellerCompanyId\n          region\n          currency\n          unitPriceMinor\n          minimumOrderQuantity\n          lotMultiple\n          leadTimeDays\n          priceBreaks {\n            fromQuantity\n            unitPriceMinor\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchListingsDocument,
  '\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n    }\n  }\n':
    types.ProductDetailDocument,
  '\n  query ProductOffers($productId: ID!, $quantity: Int) {\n    productOffers(productId: $productId, quantity: $quantity) {\n      sellerTradingName\n      available\n      listing {\n        id\n        sellerCompanyId\n        region\n        currency\n        unitPriceMinor\n        minimumOrderQuantity\n        lotMultiple\n        leadTimeDays\n        priceBreaks {\n          fromQuantity\n          unitPriceMinor\n        }\n      }\n      quote {\n        ok\n        quantity\n        basis\n        unitPriceMinor\n        lineTotalMinor\n        currency\n        explanation\n        refusal {\n          reason\n          message\n        }\n      }\n    }\n  }\n':
    types.ProductOffersDocument,
  '\n  mutation PlaceBid($input: PlaceBidInput!, $idempotencyKey: String) {\n    placeBid(input: $input, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        id\n        status\n        maxValueMinor\n        currency\n        reason\n      }\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n':
    types.PlaceBidDocument,
  '\n  fragment BidRequestFields on BidRequest {\n    id\n    productId\n    quantity\n    limitPriceMinor\n    maxValueMinor\n    currency\n    status\n    reason\n    placedByUserId\n    decidedByUserId\n    createdAt\n    expiresAt\n  }\n':
    types.BidRequestFieldsFragmentDoc,
  '\n  query MyBidRequests($awaitingApprovalOnly: Boolean!) {\n    myBidRequests(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...BidRequestFields\n    }\n  }\n':
    types.MyBidRequestsDocument,
  '\n  mutation ApproveBid($bidId: ID!, $reason: String, $idempotencyKey: String) {\n    approveBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        ...BidRequestFields\n      }\n      order {\n        id\n        status\n        filledQuantity\n      }\n    }\n  }\n':
    types.ApproveBidDocument,
  '\n  mutation RejectBid($bidId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...BidRequestFields\n    }\n  }\n':
    types.RejectBidDocument,
  '\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    sellerOrderId\n    sellerCompanyId\n    buyerCompanyId\n    currency\n    amountMinor\n    paidMinor\n    creditedMinor\n    outstandingMinor\n    status\n    terms\n    overdue\n    issuedAt\n    dueAt\n    payments {\n      paymentId\n      amountMinor\n      receivedAt\n    }\n    credits {\n      returnId\n      amountMinor\n      at\n    }\n  }\n':
    types.InvoiceFieldsFragmentDoc,
  '\n  query BuyerInvoices($statuses: [InvoiceStatus!]) {\n    invoices(statuses: $statuses, first: 200) {\n      ...InvoiceFields\n    }\n  }\n':
    types.BuyerInvoicesDocument,
  '\n  mutation RecordPayment($input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(input: $input, idempotencyKey: $idempotencyKey) {\n      payment {\n        id\n        amountMinor\n        creditMinor\n        currency\n      }\n      invoices {\n        ...InvoiceFields\n      }\n    }\n  }\n':
    types.RecordPaymentDocument,
  '\n  fragment CartFields on Cart {\n    companyId\n    currency\n    lines {\n      id\n      listingId\n      sellerCompanyId\n      quantity\n      currency\n      addedAt\n    }\n  }\n':
    types.CartFieldsFragmentDoc,
  '\n  query MyCart {\n    myCart {\n      ...CartFields\n    }\n  }\n': types.MyCartDocument,
  '\n  mutation AddToCart($listingId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n':
    types.AddToCartDocument,
  '\n  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    updateCartLine(lineId: $lineId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n':
    types.UpdateCartLineDocument,
  '\n  mutation ClearCart($idempotencyKey: String) {\n    clearCart(idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n':
    types.ClearCartDocument,
  '\n  fragment OrderFigures on SellerOrderFigures {\n    sellerCompanyId\n    currency\n    grossMinor\n    sellerDiscountMinor\n    sellerDiscountRule {\n      applied\n      rateBp\n      thresholdMinor\n    }\n    loyaltyDiscountMinor\n    loyaltyRateBp\n    shippingFeeMinor\n    regionalFeeMinor\n    freeShipping\n    buyerPaysMinor\n    paymentMode\n    paymentTermDays\n    lines {\n      id\n      lineNo\n      listingId\n      productId\n      productName\n      sellerSku\n      quantity\n      unitPriceMinor\n      priceBasis\n      priceExplanation\n      grossMinor\n      sellerDiscountMinor\n      loyaltyDiscountMinor\n      payableMinor\n    }\n  }\n':
    types.OrderFiguresFragmentDoc,
  '\n  query CheckoutPreview($deliveryRegion: String!) {\n    checkoutPreview(deliveryRegion: $deliveryRegion) {\n      currency\n      totalMinor\n      needsApproval\n      paymentMode\n      orders {\n        ...OrderFigures\n      }\n    }\n  }\n':
    types.CheckoutPreviewDocument,
  '\n  query MyLegalEntities {\n    myCompany {\n      id\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n    }\n  }\n':
    types.MyLegalEntitiesDocument,
  '\n  mutation AddLegalEntity($name: String!, $taxId: String!, $address: String!, $idempotencyKey: String) {\n    addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      taxId\n      address\n    }\n  }\n':
    types.AddLegalEntityDocument,
  '\n  fragment PurchaseFields on Purchase {\n    id\n    createdAt\n    currency\n    totalMinor\n    placedByUserId\n    approval {\n      status\n      reason\n      expiresAt\n      decidedAt\n    }\n    orders {\n      id\n      sellerCompanyId\n      status\n      statusChangedAt\n      buyerPaysMinor\n      currency\n      carrier\n      trackingNumber\n      lines {\n        id\n        productId\n        productName\n        quantity\n        refusedQuantity\n        shippedQuantity\n      }\n    }\n  }\n':
    types.PurchaseFieldsFragmentDoc,
  '\n  mutation Checkout($input: CheckoutInput!, $idempotencyKey: String) {\n    checkout(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n':
    types.CheckoutDocument,
  '\n  query MyPurchases($awaitingApprovalOnly: Boolean!) {\n    myPurchases(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...PurchaseFields\n    }\n  }\n':
    types.MyPurchasesDocument,
  '\n  mutation ApprovePurchase($purchaseId: ID!, $reason: String, $idempotencyKey: String) {\n    approvePurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n':
    types.ApprovePurchaseDocument,
  '\n  mutation RejectPurchase($purchaseId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectPurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n':
    types.RejectPurchaseDocument,
  '\n  fragment ReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n': types.ReturnAmountFieldsFragmentDoc,
  '\n  fragment ReturnQuoteFields on ReturnQuote {\n    currency\n    policyVersion\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      netShare {\n        ...ReturnAmountFields\n      }\n      loyaltyDiscountShare {\n        ...ReturnAmountFields\n      }\n      outboundFeeShare {\n        ...ReturnAmountFields\n      }\n      restockingDeducted {\n        ...ReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...ReturnAmountFields\n      }\n      clawbackDeducted {\n        ...ReturnAmountFields\n      }\n      giveBack {\n        ...ReturnAmountFields\n      }\n      refund {\n        ...ReturnAmountFields\n      }\n      sellerPays {\n        ...ReturnAmountFields\n      }\n      platformPays {\n        ...ReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...ReturnAmountFields\n      }\n      totals {\n        refundMinor\n        sellerPaysMinor\n        platformPaysMinor\n      }\n    }\n    refund {\n      ...ReturnAmountFields\n    }\n    sellersPay {\n      ...ReturnAmountFields\n    }\n    platformPays {\n      ...ReturnAmountFields\n    }\n    returnLabels {\n      ...ReturnAmountFields\n    }\n  }\n':
    types.ReturnQuoteFieldsFragmentDoc,
  '\n  fragment BuyerReturnFields on SellerReturn {\n    id\n    requestId\n    purchaseId\n    sellerOrderId\n    sellerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    allocation {\n      ...ReturnQuoteFields\n    }\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n':
    types.BuyerReturnFieldsFragmentDoc,
  '\n  query PurchaseReturns($purchaseId: ID!) {\n    purchaseReturns(purchaseId: $purchaseId) {\n      purchaseId\n      lines {\n        lineId\n        sellerOrderId\n        sellerCompanyId\n        listingId\n        productName\n        sellerSku\n        orderStatus\n        deliveredQuantity\n        returnedQuantity\n        returnableQuantity\n        returnWindowClosesAt\n      }\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n':
    types.PurchaseReturnsDocument,
  '\n  query ReturnQuote($input: ReturnQuoteInput!) {\n    returnQuote(input: $input) {\n      ...ReturnQuoteFields\n    }\n  }\n':
    types.ReturnQuoteDocument,
  '\n  mutation FileReturn($input: FileReturnInput!, $idempotencyKey: String) {\n    fileReturn(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      purchaseId\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n':
    types.FileReturnDocument,
  '\n  query BuyerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...BuyerReturnFields\n    }\n  }\n':
    types.BuyerReturnsDocument,
  '\n  mutation ConfirmDelivery($orderId: ID!, $idempotencyKey: String) {\n    confirmDelivery(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n':
    types.ConfirmDeliveryDocument,
  '\n  mutation Reorder($purchaseId: ID!, $idempotencyKey: String) {\n    reorder(purchaseId: $purchaseId, idempotencyKey: $idempotencyKey) {\n      cart {\n        companyId\n        currency\n      }\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n    }\n  }\n':
    types.ReorderDocument,
  '\n  mutation QuickOrder($csv: String!, $idempotencyKey: String) {\n    quickOrder(csv: $csv, idempotencyKey: $idempotencyKey) {\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n      cart {\n        companyId\n        currency\n      }\n    }\n  }\n':
    types.QuickOrderDocument,
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
  source: '\n  query SearchListings($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {\n    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productCode\n        productName\n        categoryPath\n        sellerTradingName\n        available\n        relevance\n        listing {\n          id\n          productId\n          sellerCompanyId\n          region\n          currency\n          unitPriceMinor\n          minimumOrderQuantity\n          lotMultiple\n          leadTimeDays\n          priceBreaks {\n            fromQuantity\n            unitPriceMinor\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchListings($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {\n    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      hits {\n        productCode\n        productName\n        categoryPath\n        sellerTradingName\n        available\n        relevance\n        listing {\n          id\n          productId\n          sellerCompanyId\n          region\n          currency\n          unitPriceMinor\n          minimumOrderQuantity\n          lotMultiple\n          leadTimeDays\n          priceBreaks {\n            fromQuantity\n            unitPriceMinor\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n    }\n  }\n',
): (typeof documents)['\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductOffers($productId: ID!, $quantity: Int) {\n    productOffers(productId: $productId, quantity: $quantity) {\n      sellerTradingName\n      available\n      listing {\n        id\n        sellerCompanyId\n        region\n        currency\n        unitPriceMinor\n        minimumOrderQuantity\n        lotMultiple\n        leadTimeDays\n        priceBreaks {\n          fromQuantity\n          unitPriceMinor\n        }\n      }\n      quote {\n        ok\n        quantity\n        basis\n        unitPriceMinor\n        lineTotalMinor\n        currency\n        explanation\n        refusal {\n          reason\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductOffers($productId: ID!, $quantity: Int) {\n    productOffers(productId: $productId, quantity: $quantity) {\n      sellerTradingName\n      available\n      listing {\n        id\n        sellerCompanyId\n        region\n        currency\n        unitPriceMinor\n        minimumOrderQuantity\n        lotMultiple\n        leadTimeDays\n        priceBreaks {\n          fromQuantity\n          unitPriceMinor\n        }\n      }\n      quote {\n        ok\n        quantity\n        basis\n        unitPriceMinor\n        lineTotalMinor\n        currency\n        explanation\n        refusal {\n          reason\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceBid($input: PlaceBidInput!, $idempotencyKey: String) {\n    placeBid(input: $input, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        id\n        status\n        maxValueMinor\n        currency\n        reason\n      }\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceBid($input: PlaceBidInput!, $idempotencyKey: String) {\n    placeBid(input: $input, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        id\n        status\n        maxValueMinor\n        currency\n        reason\n      }\n      order {\n        id\n        sequence\n        status\n        quantity\n        openQuantity\n        filledQuantity\n        limitPriceMinor\n        currency\n        closeReason\n      }\n      trades {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BidRequestFields on BidRequest {\n    id\n    productId\n    quantity\n    limitPriceMinor\n    maxValueMinor\n    currency\n    status\n    reason\n    placedByUserId\n    decidedByUserId\n    createdAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment BidRequestFields on BidRequest {\n    id\n    productId\n    quantity\n    limitPriceMinor\n    maxValueMinor\n    currency\n    status\n    reason\n    placedByUserId\n    decidedByUserId\n    createdAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyBidRequests($awaitingApprovalOnly: Boolean!) {\n    myBidRequests(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...BidRequestFields\n    }\n  }\n',
): (typeof documents)['\n  query MyBidRequests($awaitingApprovalOnly: Boolean!) {\n    myBidRequests(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...BidRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveBid($bidId: ID!, $reason: String, $idempotencyKey: String) {\n    approveBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        ...BidRequestFields\n      }\n      order {\n        id\n        status\n        filledQuantity\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveBid($bidId: ID!, $reason: String, $idempotencyKey: String) {\n    approveBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      bidRequest {\n        ...BidRequestFields\n      }\n      order {\n        id\n        status\n        filledQuantity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectBid($bidId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...BidRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectBid($bidId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...BidRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    sellerOrderId\n    sellerCompanyId\n    buyerCompanyId\n    currency\n    amountMinor\n    paidMinor\n    creditedMinor\n    outstandingMinor\n    status\n    terms\n    overdue\n    issuedAt\n    dueAt\n    payments {\n      paymentId\n      amountMinor\n      receivedAt\n    }\n    credits {\n      returnId\n      amountMinor\n      at\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    sellerOrderId\n    sellerCompanyId\n    buyerCompanyId\n    currency\n    amountMinor\n    paidMinor\n    creditedMinor\n    outstandingMinor\n    status\n    terms\n    overdue\n    issuedAt\n    dueAt\n    payments {\n      paymentId\n      amountMinor\n      receivedAt\n    }\n    credits {\n      returnId\n      amountMinor\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuyerInvoices($statuses: [InvoiceStatus!]) {\n    invoices(statuses: $statuses, first: 200) {\n      ...InvoiceFields\n    }\n  }\n',
): (typeof documents)['\n  query BuyerInvoices($statuses: [InvoiceStatus!]) {\n    invoices(statuses: $statuses, first: 200) {\n      ...InvoiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPayment($input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(input: $input, idempotencyKey: $idempotencyKey) {\n      payment {\n        id\n        amountMinor\n        creditMinor\n        currency\n      }\n      invoices {\n        ...InvoiceFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPayment($input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(input: $input, idempotencyKey: $idempotencyKey) {\n      payment {\n        id\n        amountMinor\n        creditMinor\n        currency\n      }\n      invoices {\n        ...InvoiceFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CartFields on Cart {\n    companyId\n    currency\n    lines {\n      id\n      listingId\n      sellerCompanyId\n      quantity\n      currency\n      addedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CartFields on Cart {\n    companyId\n    currency\n    lines {\n      id\n      listingId\n      sellerCompanyId\n      quantity\n      currency\n      addedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyCart {\n    myCart {\n      ...CartFields\n    }\n  }\n',
): (typeof documents)['\n  query MyCart {\n    myCart {\n      ...CartFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddToCart($listingId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddToCart($listingId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    updateCartLine(lineId: $lineId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    updateCartLine(lineId: $lineId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClearCart($idempotencyKey: String) {\n    clearCart(idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ClearCart($idempotencyKey: String) {\n    clearCart(idempotencyKey: $idempotencyKey) {\n      ...CartFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderFigures on SellerOrderFigures {\n    sellerCompanyId\n    currency\n    grossMinor\n    sellerDiscountMinor\n    sellerDiscountRule {\n      applied\n      rateBp\n      thresholdMinor\n    }\n    loyaltyDiscountMinor\n    loyaltyRateBp\n    shippingFeeMinor\n    regionalFeeMinor\n    freeShipping\n    buyerPaysMinor\n    paymentMode\n    paymentTermDays\n    lines {\n      id\n      lineNo\n      listingId\n      productId\n      productName\n      sellerSku\n      quantity\n      unitPriceMinor\n      priceBasis\n      priceExplanation\n      grossMinor\n      sellerDiscountMinor\n      loyaltyDiscountMinor\n      payableMinor\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderFigures on SellerOrderFigures {\n    sellerCompanyId\n    currency\n    grossMinor\n    sellerDiscountMinor\n    sellerDiscountRule {\n      applied\n      rateBp\n      thresholdMinor\n    }\n    loyaltyDiscountMinor\n    loyaltyRateBp\n    shippingFeeMinor\n    regionalFeeMinor\n    freeShipping\n    buyerPaysMinor\n    paymentMode\n    paymentTermDays\n    lines {\n      id\n      lineNo\n      listingId\n      productId\n      productName\n      sellerSku\n      quantity\n      unitPriceMinor\n      priceBasis\n      priceExplanation\n      grossMinor\n      sellerDiscountMinor\n      loyaltyDiscountMinor\n      payableMinor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckoutPreview($deliveryRegion: String!) {\n    checkoutPreview(deliveryRegion: $deliveryRegion) {\n      currency\n      totalMinor\n      needsApproval\n      paymentMode\n      orders {\n        ...OrderFigures\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckoutPreview($deliveryRegion: String!) {\n    checkoutPreview(deliveryRegion: $deliveryRegion) {\n      currency\n      totalMinor\n      needsApproval\n      paymentMode\n      orders {\n        ...OrderFigures\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyLegalEntities {\n    myCompany {\n      id\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyLegalEntities {\n    myCompany {\n      id\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddLegalEntity($name: String!, $taxId: String!, $address: String!, $idempotencyKey: String) {\n    addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      taxId\n      address\n    }\n  }\n',
): (typeof documents)['\n  mutation AddLegalEntity($name: String!, $taxId: String!, $address: String!, $idempotencyKey: String) {\n    addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      taxId\n      address\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PurchaseFields on Purchase {\n    id\n    createdAt\n    currency\n    totalMinor\n    placedByUserId\n    approval {\n      status\n      reason\n      expiresAt\n      decidedAt\n    }\n    orders {\n      id\n      sellerCompanyId\n      status\n      statusChangedAt\n      buyerPaysMinor\n      currency\n      carrier\n      trackingNumber\n      lines {\n        id\n        productId\n        productName\n        quantity\n        refusedQuantity\n        shippedQuantity\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PurchaseFields on Purchase {\n    id\n    createdAt\n    currency\n    totalMinor\n    placedByUserId\n    approval {\n      status\n      reason\n      expiresAt\n      decidedAt\n    }\n    orders {\n      id\n      sellerCompanyId\n      status\n      statusChangedAt\n      buyerPaysMinor\n      currency\n      carrier\n      trackingNumber\n      lines {\n        id\n        productId\n        productName\n        quantity\n        refusedQuantity\n        shippedQuantity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Checkout($input: CheckoutInput!, $idempotencyKey: String) {\n    checkout(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Checkout($input: CheckoutInput!, $idempotencyKey: String) {\n    checkout(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPurchases($awaitingApprovalOnly: Boolean!) {\n    myPurchases(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...PurchaseFields\n    }\n  }\n',
): (typeof documents)['\n  query MyPurchases($awaitingApprovalOnly: Boolean!) {\n    myPurchases(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {\n      ...PurchaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApprovePurchase($purchaseId: ID!, $reason: String, $idempotencyKey: String) {\n    approvePurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApprovePurchase($purchaseId: ID!, $reason: String, $idempotencyKey: String) {\n    approvePurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectPurchase($purchaseId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectPurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectPurchase($purchaseId: ID!, $reason: String!, $idempotencyKey: String) {\n    rejectPurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...PurchaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n',
): (typeof documents)['\n  fragment ReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReturnQuoteFields on ReturnQuote {\n    currency\n    policyVersion\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      netShare {\n        ...ReturnAmountFields\n      }\n      loyaltyDiscountShare {\n        ...ReturnAmountFields\n      }\n      outboundFeeShare {\n        ...ReturnAmountFields\n      }\n      restockingDeducted {\n        ...ReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...ReturnAmountFields\n      }\n      clawbackDeducted {\n        ...ReturnAmountFields\n      }\n      giveBack {\n        ...ReturnAmountFields\n      }\n      refund {\n        ...ReturnAmountFields\n      }\n      sellerPays {\n        ...ReturnAmountFields\n      }\n      platformPays {\n        ...ReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...ReturnAmountFields\n      }\n      totals {\n        refundMinor\n        sellerPaysMinor\n        platformPaysMinor\n      }\n    }\n    refund {\n      ...ReturnAmountFields\n    }\n    sellersPay {\n      ...ReturnAmountFields\n    }\n    platformPays {\n      ...ReturnAmountFields\n    }\n    returnLabels {\n      ...ReturnAmountFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ReturnQuoteFields on ReturnQuote {\n    currency\n    policyVersion\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      netShare {\n        ...ReturnAmountFields\n      }\n      loyaltyDiscountShare {\n        ...ReturnAmountFields\n      }\n      outboundFeeShare {\n        ...ReturnAmountFields\n      }\n      restockingDeducted {\n        ...ReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...ReturnAmountFields\n      }\n      clawbackDeducted {\n        ...ReturnAmountFields\n      }\n      giveBack {\n        ...ReturnAmountFields\n      }\n      refund {\n        ...ReturnAmountFields\n      }\n      sellerPays {\n        ...ReturnAmountFields\n      }\n      platformPays {\n        ...ReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...ReturnAmountFields\n      }\n      totals {\n        refundMinor\n        sellerPaysMinor\n        platformPaysMinor\n      }\n    }\n    refund {\n      ...ReturnAmountFields\n    }\n    sellersPay {\n      ...ReturnAmountFields\n    }\n    platformPays {\n      ...ReturnAmountFields\n    }\n    returnLabels {\n      ...ReturnAmountFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BuyerReturnFields on SellerReturn {\n    id\n    requestId\n    purchaseId\n    sellerOrderId\n    sellerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    allocation {\n      ...ReturnQuoteFields\n    }\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment BuyerReturnFields on SellerReturn {\n    id\n    requestId\n    purchaseId\n    sellerOrderId\n    sellerCompanyId\n    currency\n    status\n    statusChangedAt\n    filedAt\n    refundedAt\n    refundMinor\n    sellerPaysMinor\n    platformPaysMinor\n    returnLabelMinor\n    allocation {\n      ...ReturnQuoteFields\n    }\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PurchaseReturns($purchaseId: ID!) {\n    purchaseReturns(purchaseId: $purchaseId) {\n      purchaseId\n      lines {\n        lineId\n        sellerOrderId\n        sellerCompanyId\n        listingId\n        productName\n        sellerSku\n        orderStatus\n        deliveredQuantity\n        returnedQuantity\n        returnableQuantity\n        returnWindowClosesAt\n      }\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PurchaseReturns($purchaseId: ID!) {\n    purchaseReturns(purchaseId: $purchaseId) {\n      purchaseId\n      lines {\n        lineId\n        sellerOrderId\n        sellerCompanyId\n        listingId\n        productName\n        sellerSku\n        orderStatus\n        deliveredQuantity\n        returnedQuantity\n        returnableQuantity\n        returnWindowClosesAt\n      }\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReturnQuote($input: ReturnQuoteInput!) {\n    returnQuote(input: $input) {\n      ...ReturnQuoteFields\n    }\n  }\n',
): (typeof documents)['\n  query ReturnQuote($input: ReturnQuoteInput!) {\n    returnQuote(input: $input) {\n      ...ReturnQuoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileReturn($input: FileReturnInput!, $idempotencyKey: String) {\n    fileReturn(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      purchaseId\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FileReturn($input: FileReturnInput!, $idempotencyKey: String) {\n    fileReturn(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      purchaseId\n      returns {\n        ...BuyerReturnFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuyerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...BuyerReturnFields\n    }\n  }\n',
): (typeof documents)['\n  query BuyerReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...BuyerReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmDelivery($orderId: ID!, $idempotencyKey: String) {\n    confirmDelivery(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmDelivery($orderId: ID!, $idempotencyKey: String) {\n    confirmDelivery(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Reorder($purchaseId: ID!, $idempotencyKey: String) {\n    reorder(purchaseId: $purchaseId, idempotencyKey: $idempotencyKey) {\n      cart {\n        companyId\n        currency\n      }\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Reorder($purchaseId: ID!, $idempotencyKey: String) {\n    reorder(purchaseId: $purchaseId, idempotencyKey: $idempotencyKey) {\n      cart {\n        companyId\n        currency\n      }\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation QuickOrder($csv: String!, $idempotencyKey: String) {\n    quickOrder(csv: $csv, idempotencyKey: $idempotencyKey) {\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n      cart {\n        companyId\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation QuickOrder($csv: String!, $idempotencyKey: String) {\n    quickOrder(csv: $csv, idempotencyKey: $idempotencyKey) {\n      rows {\n        line\n        reference\n        quantity\n        outcome\n        code\n        message\n        listingId\n        alternatives {\n          listingId\n          sellerCompanyId\n          unitPriceMinor\n          available\n        }\n      }\n      cart {\n        companyId\n        currency\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
