import { graphql } from './gql';

/** What every space shows of a product: its names and the unit its quantities are counted in. */
export const ProductSummaryDocument = graphql(`
  query ProductSummary($id: ID!) {
    product(id: $id) {
      id
      code
      name
      baseUnit
      status
      categoryId
    }
  }
`);

export const CategoriesDocument = graphql(`
  query Categories {
    categories {
      id
      name
      parentId
      path
    }
  }
`);

export const BookDepthDocument = graphql(`
  query BookDepth($productId: ID!, $currency: String!) {
    bookDepth(productId: $productId, currency: $currency) {
      productId
      currency
      bids {
        priceMinor
        quantity
        orderCount
      }
      asks {
        priceMinor
        quantity
        orderCount
      }
    }
  }
`);

export const BookChangedDocument = graphql(`
  subscription BookChanged($productId: ID!, $currency: String!) {
    bookChanged(productId: $productId, currency: $currency) {
      productId
      currency
      bids {
        priceMinor
        quantity
        orderCount
      }
      asks {
        priceMinor
        quantity
        orderCount
      }
    }
  }
`);

export const MyTradeMatchedDocument = graphql(`
  subscription MyTradeMatched {
    myTradeMatched {
      id
      side
      productId
      quantity
      priceMinor
      amountMinor
      currency
      counterpartyName
      matchedAt
    }
  }
`);

export const MyOrdersDocument = graphql(`
  query MyOrders($side: OrderSide, $productId: ID, $statuses: [OrderStatus!], $first: Int!) {
    myOrders(side: $side, productId: $productId, statuses: $statuses, first: $first) {
      id
      side
      productId
      listingId
      currency
      limitPriceMinor
      limitPrice
      quantity
      openQuantity
      filledQuantity
      minimumFill
      minimumOrderQuantity
      lotMultiple
      acceptedRegions
      region
      status
      closeReason
      placedAt
      expiresAt
      sequence
      fills {
        id
        quantity
        priceMinor
        amountMinor
        matchedAt
      }
    }
  }
`);

export const MyTradesDocument = graphql(`
  query MyTrades($productId: ID, $first: Int!) {
    myTrades(productId: $productId, first: $first) {
      id
      side
      productId
      quantity
      priceMinor
      amountMinor
      currency
      counterpartyName
      matchedAt
      takerSide
    }
  }
`);

export const ReduceOrderDocument = graphql(`
  mutation ReduceOrder($orderId: ID!, $openQuantity: Int!, $idempotencyKey: String) {
    reduceOrder(orderId: $orderId, openQuantity: $openQuantity, idempotencyKey: $idempotencyKey) {
      id
      openQuantity
      quantity
      status
      closeReason
    }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CancelOrder($orderId: ID!, $idempotencyKey: String) {
    cancelOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) {
      id
      openQuantity
      status
    }
  }
`);

/** Seller orders the company bought or sold, live, each time one's status changes. */
export const SellerOrderChangedDocument = graphql(`
  subscription SellerOrderChanged {
    sellerOrderChanged {
      id
      purchaseId
      status
      statusChangedAt
    }
  }
`);

/** The products of a seller order's lines, so a returned quantity is shown with its unit. */
export const OrderLineProductsDocument = graphql(`
  query OrderLineProducts($id: ID!) {
    sellerOrder(id: $id) {
      id
      lines {
        id
        productId
      }
    }
  }
`);
