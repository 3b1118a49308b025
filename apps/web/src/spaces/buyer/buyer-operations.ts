import { graphql } from './gql';

export const SearchListingsDocument = graphql(`
  query SearchListings($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {
    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {
      endCursor
      hasNextPage
      hits {
        productCode
        productName
        categoryPath
        sellerTradingName
        available
        relevance
        listing {
          id
          productId
          sellerCompanyId
          region
          currency
          unitPriceMinor
          minimumOrderQuantity
          lotMultiple
          leadTimeDays
          priceBreaks {
            fromQuantity
            unitPriceMinor
          }
        }
      }
    }
  }
`);

export const ProductDetailDocument = graphql(`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      id
      code
      name
      description
      attributes
      baseUnit
      categoryId
      status
    }
  }
`);

export const ProductOffersDocument = graphql(`
  query ProductOffers($productId: ID!, $quantity: Int) {
    productOffers(productId: $productId, quantity: $quantity) {
      sellerTradingName
      available
      listing {
        id
        sellerCompanyId
        region
        currency
        unitPriceMinor
        minimumOrderQuantity
        lotMultiple
        leadTimeDays
        priceBreaks {
          fromQuantity
          unitPriceMinor
        }
      }
      quote {
        ok
        quantity
        basis
        unitPriceMinor
        lineTotalMinor
        currency
        explanation
        refusal {
          reason
          message
        }
      }
    }
  }
`);

export const PlaceBidDocument = graphql(`
  mutation PlaceBid($input: PlaceBidInput!, $idempotencyKey: String) {
    placeBid(input: $input, idempotencyKey: $idempotencyKey) {
      bidRequest {
        id
        status
        maxValueMinor
        currency
        reason
      }
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

export const BidRequestFieldsFragment = graphql(`
  fragment BidRequestFields on BidRequest {
    id
    productId
    quantity
    limitPriceMinor
    maxValueMinor
    currency
    status
    reason
    placedByUserId
    decidedByUserId
    createdAt
    expiresAt
  }
`);

export const MyBidRequestsDocument = graphql(`
  query MyBidRequests($awaitingApprovalOnly: Boolean!) {
    myBidRequests(awaitingApprovalOnly: $awaitingApprovalOnly, first: 100) {
      ...BidRequestFields
    }
  }
`);

export const ApproveBidDocument = graphql(`
  mutation ApproveBid($bidId: ID!, $reason: String, $idempotencyKey: String) {
    approveBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {
      bidRequest {
        ...BidRequestFields
      }
      order {
        id
        status
        filledQuantity
      }
    }
  }
`);

export const RejectBidDocument = graphql(`
  mutation RejectBid($bidId: ID!, $reason: String!, $idempotencyKey: String) {
    rejectBid(bidId: $bidId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...BidRequestFields
    }
  }
`);
