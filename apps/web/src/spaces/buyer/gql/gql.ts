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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
