import { graphql } from './gql';

export const CartFieldsFragment = graphql(`
  fragment CartFields on Cart {
    companyId
    currency
    lines {
      id
      listingId
      sellerCompanyId
      quantity
      currency
      addedAt
    }
  }
`);

export const MyCartDocument = graphql(`
  query MyCart {
    myCart {
      ...CartFields
    }
  }
`);

export const AddToCartDocument = graphql(`
  mutation AddToCart($listingId: ID!, $quantity: Int!, $idempotencyKey: String) {
    addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $idempotencyKey) {
      ...CartFields
    }
  }
`);

export const UpdateCartLineDocument = graphql(`
  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $idempotencyKey: String) {
    updateCartLine(lineId: $lineId, quantity: $quantity, idempotencyKey: $idempotencyKey) {
      ...CartFields
    }
  }
`);

export const ClearCartDocument = graphql(`
  mutation ClearCart($idempotencyKey: String) {
    clearCart(idempotencyKey: $idempotencyKey) {
      ...CartFields
    }
  }
`);

export const OrderFiguresFragment = graphql(`
  fragment OrderFigures on SellerOrderFigures {
    sellerCompanyId
    currency
    grossMinor
    sellerDiscountMinor
    sellerDiscountRule {
      applied
      rateBp
      thresholdMinor
    }
    loyaltyDiscountMinor
    loyaltyRateBp
    shippingFeeMinor
    regionalFeeMinor
    freeShipping
    buyerPaysMinor
    paymentMode
    paymentTermDays
    lines {
      id
      lineNo
      listingId
      productId
      productName
      sellerSku
      quantity
      unitPriceMinor
      priceBasis
      priceExplanation
      grossMinor
      sellerDiscountMinor
      loyaltyDiscountMinor
      payableMinor
    }
  }
`);

export const CheckoutPreviewDocument = graphql(`
  query CheckoutPreview($deliveryRegion: String!) {
    checkoutPreview(deliveryRegion: $deliveryRegion) {
      currency
      totalMinor
      needsApproval
      paymentMode
      orders {
        ...OrderFigures
      }
    }
  }
`);

export const MyLegalEntitiesDocument = graphql(`
  query MyLegalEntities {
    myCompany {
      id
      legalEntities {
        id
        name
        taxId
        address
      }
    }
  }
`);

export const AddLegalEntityDocument = graphql(`
  mutation AddLegalEntity($name: String!, $taxId: String!, $address: String!, $idempotencyKey: String) {
    addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $idempotencyKey) {
      id
      name
      taxId
      address
    }
  }
`);

export const PurchaseFieldsFragment = graphql(`
  fragment PurchaseFields on Purchase {
    id
    createdAt
    currency
    totalMinor
    placedByUserId
    approval {
      status
      reason
      expiresAt
      decidedAt
    }
    orders {
      id
      sellerCompanyId
      status
      statusChangedAt
      buyerPaysMinor
      currency
      carrier
      trackingNumber
      lines {
        id
        productId
        productName
        quantity
        refusedQuantity
        shippedQuantity
      }
    }
  }
`);

export const CheckoutDocument = graphql(`
  mutation Checkout($input: CheckoutInput!, $idempotencyKey: String) {
    checkout(input: $input, idempotencyKey: $idempotencyKey) {
      ...PurchaseFields
    }
  }
`);

export const MyPurchasesDocument = graphql(`
  query MyPurchases($awaitingApprovalOnly: Boolean!) {
    myPurchases(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {
      ...PurchaseFields
    }
  }
`);

export const ApprovePurchaseDocument = graphql(`
  mutation ApprovePurchase($purchaseId: ID!, $reason: String, $idempotencyKey: String) {
    approvePurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...PurchaseFields
    }
  }
`);

export const RejectPurchaseDocument = graphql(`
  mutation RejectPurchase($purchaseId: ID!, $reason: String!, $idempotencyKey: String) {
    rejectPurchase(purchaseId: $purchaseId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...PurchaseFields
    }
  }
`);
