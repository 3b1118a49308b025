/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The unit quantities are counted in, always whole */
export type BaseUnit = 'KG' | 'L' | 'M' | 'M2' | 'M3' | 'PACK' | 'PIECE' | 'T';

/** PENDING_APPROVAL waits for an approver; PLACED went to the book; REJECTED, EXPIRED and CANCELLED never did */
export type BidRequestStatus = 'CANCELLED' | 'EXPIRED' | 'PENDING_APPROVAL' | 'PLACED' | 'REJECTED';

/** Every filter is optional; they combine with AND */
export type ListingSearchFilter = {
  /** Products having all these attributes */
  attributes?: Record<string, string> | null | undefined;
  /** This category and everything under it */
  categoryId?: string | number | null | undefined;
  /** Listings priced in this ISO 4217 currency */
  currency?: string | null | undefined;
  /** Only listings with stock available */
  inStockOnly?: boolean | null | undefined;
  /** A list unit price of at most this, in minor units */
  maxPriceMinor?: number | null | undefined;
  /** A list unit price of at least this, in minor units */
  minPriceMinor?: number | null | undefined;
  /** Listings shipping from this warehouse region */
  region?: string | null | undefined;
  /** Only this seller company’s listings */
  sellerCompanyId?: string | number | null | undefined;
  /** Words to find in product codes, names and descriptions */
  text?: string | null | undefined;
};

/** PRICE_ASC (cheapest first), PRICE_DESC, or RELEVANCE (best text match first; needs search text) */
export type ListingSort = 'PRICE_ASC' | 'PRICE_DESC' | 'RELEVANCE';

/** Why an order’s remainder was closed: it fell below its own minimum and could never trade */
export type OrderCloseReason = 'BELOW_LOT_MULTIPLE' | 'BELOW_MINIMUM_FILL' | 'BELOW_MINIMUM_ORDER_QUANTITY';

/** OPEN rests in the book; FILLED, CANCELLED, EXPIRED and CLOSED are final */
export type OrderStatus = 'CANCELLED' | 'CLOSED' | 'EXPIRED' | 'FILLED' | 'OPEN';

/** A purchase request: the most you pay per base unit, and the smallest trade you accept */
export type PlaceBidInput = {
  /** Warehouse regions you take goods from; empty is any */
  acceptedRegions?: Array<string>;
  /** ISO 4217; the book is one product in one currency */
  currency: string;
  /** Good till this instant; good till cancelled when left out */
  expiresAt?: string | null | undefined;
  /** Which of your legal entities buys; your first one when left out */
  legalEntityId?: string | number | null | undefined;
  /** The most you pay per base unit, as a decimal in major units ("512.35"), read exactly in the currency: more decimals than the currency has is refused (PRICE_TOO_PRECISE), never rounded; or give limitPriceMinor */
  limitPrice?: string | null | undefined;
  /** The most you pay per base unit, in minor units; or give limitPrice */
  limitPriceMinor?: number | null | undefined;
  /** The smallest trade you accept */
  minimumFill?: number;
  /** The product to buy (ACTIVE) */
  productId: string | number;
  /** Base units of the product */
  quantity: number;
};

/** PROPOSED by a seller (waiting for an operator), ACTIVE (listable, visible) or REJECTED (with a reason) */
export type ProductStatus = 'ACTIVE' | 'PROPOSED' | 'REJECTED';

export type SearchListingsQueryVariables = Exact<{
  filter?: ListingSearchFilter | null | undefined;
  sort: ListingSort;
  first: number;
  after?: string | null | undefined;
}>;

export type SearchListingsQuery = {
  searchListings: {
    endCursor: string | null;
    hasNextPage: boolean;
    hits: Array<{
      productCode: string;
      productName: string;
      categoryPath: Array<string>;
      sellerTradingName: string;
      available: number;
      relevance: number | null;
      listing: {
        id: string;
        productId: string;
        sellerCompanyId: string;
        region: string;
        currency: string;
        unitPriceMinor: number;
        minimumOrderQuantity: number;
        lotMultiple: number;
        leadTimeDays: number;
        priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
      };
    }>;
  };
};

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductDetailQuery = {
  product: {
    id: string;
    code: string;
    name: string;
    description: string;
    attributes: Record<string, string>;
    baseUnit: BaseUnit;
    categoryId: string;
    status: ProductStatus;
  };
};

export type ProductOffersQueryVariables = Exact<{
  productId: string | number;
  quantity?: number | null | undefined;
}>;

export type ProductOffersQuery = {
  productOffers: Array<{
    sellerTradingName: string;
    available: number;
    listing: {
      id: string;
      sellerCompanyId: string;
      region: string;
      currency: string;
      unitPriceMinor: number;
      minimumOrderQuantity: number;
      lotMultiple: number;
      leadTimeDays: number;
      priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
    };
    quote: {
      ok: boolean;
      quantity: number | null;
      basis: string | null;
      unitPriceMinor: number | null;
      lineTotalMinor: number | null;
      currency: string | null;
      explanation: string | null;
      refusal: { reason: string; message: string } | null;
    };
  }>;
};

export type PlaceBidMutationVariables = Exact<{
  input: PlaceBidInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PlaceBidMutation = {
  placeBid: {
    bidRequest: { id: string; status: BidRequestStatus; maxValueMinor: number; currency: string; reason: string | null } | null;
    order: {
      id: string;
      sequence: number;
      status: OrderStatus;
      quantity: number;
      openQuantity: number;
      filledQuantity: number;
      limitPriceMinor: number;
      currency: string;
      closeReason: OrderCloseReason | null;
    } | null;
    trades: Array<{ id: string; quantity: number; priceMinor: number; amountMinor: number; currency: string }>;
  };
};

export const SearchListingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchListings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingSearchFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchListings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryPath' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerTradingName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relevance' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'listing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'priceBreaks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromQuantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchListingsQuery, SearchListingsQueryVariables>;
export const ProductDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const ProductOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productOffers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerTradingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'listing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceBreaks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fromQuantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lineTotalMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refusal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductOffersQuery, ProductOffersQueryVariables>;
export const PlaceBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceBidInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bidRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filledQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trades' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceBidMutation, PlaceBidMutationVariables>;
