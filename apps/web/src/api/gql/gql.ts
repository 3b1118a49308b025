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
  '\n  query ProductSummary($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      baseUnit\n      status\n      categoryId\n    }\n  }\n': typeof types.ProductSummaryDocument;
  '\n  query Categories {\n    categories {\n      id\n      name\n      parentId\n      path\n    }\n  }\n': typeof types.CategoriesDocument;
  '\n  query BookDepth($productId: ID!, $currency: String!) {\n    bookDepth(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n': typeof types.BookDepthDocument;
  '\n  subscription BookChanged($productId: ID!, $currency: String!) {\n    bookChanged(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n': typeof types.BookChangedDocument;
  '\n  subscription MyTradeMatched {\n    myTradeMatched {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n    }\n  }\n': typeof types.MyTradeMatchedDocument;
  '\n  query MyOrders($side: OrderSide, $productId: ID, $statuses: [OrderStatus!], $first: Int!) {\n    myOrders(side: $side, productId: $productId, statuses: $statuses, first: $first) {\n      id\n      side\n      productId\n      listingId\n      currency\n      limitPriceMinor\n      limitPrice\n      quantity\n      openQuantity\n      filledQuantity\n      minimumFill\n      minimumOrderQuantity\n      lotMultiple\n      acceptedRegions\n      region\n      status\n      closeReason\n      placedAt\n      expiresAt\n      sequence\n      fills {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        matchedAt\n      }\n    }\n  }\n': typeof types.MyOrdersDocument;
  '\n  query MyTrades($productId: ID, $first: Int!) {\n    myTrades(productId: $productId, first: $first) {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n      takerSide\n    }\n  }\n': typeof types.MyTradesDocument;
  '\n  mutation ReduceOrder($orderId: ID!, $openQuantity: Int!, $idempotencyKey: String) {\n    reduceOrder(orderId: $orderId, openQuantity: $openQuantity, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      quantity\n      status\n      closeReason\n    }\n  }\n': typeof types.ReduceOrderDocument;
  '\n  mutation CancelOrder($orderId: ID!, $idempotencyKey: String) {\n    cancelOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      status\n    }\n  }\n': typeof types.CancelOrderDocument;
  '\n  subscription SellerOrderChanged {\n    sellerOrderChanged {\n      id\n      purchaseId\n      status\n      statusChangedAt\n    }\n  }\n': typeof types.SellerOrderChangedDocument;
  '\n  query OrderLineProducts($id: ID!) {\n    sellerOrder(id: $id) {\n      id\n      lines {\n        id\n        productId\n      }\n    }\n  }\n': typeof types.OrderLineProductsDocument;
  '\n  mutation InviteUser($email: String!, $roles: [CompanyRole!]!, $idempotencyKey: String) {\n    inviteUser(email: $email, roles: $roles, idempotencyKey: $idempotencyKey) {\n      invitationId\n      invitationToken\n      email\n      roles\n      expiresAt\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation AcceptInvitation($invitationToken: String!, $fullName: String!, $password: String!, $idempotencyKey: String) {\n    acceptInvitation(invitationToken: $invitationToken, fullName: $fullName, password: $password, idempotencyKey: $idempotencyKey) {\n      userId\n      companyId\n      roles\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    actor {\n      id\n      kind\n      companyId\n      roles\n    }\n  }\n': typeof types.SessionFieldsFragmentDoc;
  '\n  mutation SignIn($email: String!, $password: String!, $companyId: ID) {\n    signIn(email: $email, password: $password, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation OperatorSignIn($email: String!, $password: String!) {\n    operatorSignIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n': typeof types.OperatorSignInDocument;
  '\n  mutation RefreshSession($refreshToken: String!, $companyId: ID) {\n    refreshSession(refreshToken: $refreshToken, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  query MyCompany {\n    myCompany {\n      id\n      tradingName\n      legalName\n      kind\n      status\n      moderationHistory {\n        id\n        action\n        to\n        reason\n        occurredAt\n      }\n    }\n  }\n': typeof types.MyCompanyDocument;
  '\n  query PublicCompany($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n': typeof types.PublicCompanyDocument;
  '\n  mutation RegisterCompany($input: RegisterCompanyInput!, $idempotencyKey: String) {\n    registerCompany(input: $input, idempotencyKey: $idempotencyKey) {\n      companyId\n      status\n      userId\n    }\n  }\n': typeof types.RegisterCompanyDocument;
};
const documents: Documents = {
  '\n  query ProductSummary($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      baseUnit\n      status\n      categoryId\n    }\n  }\n':
    types.ProductSummaryDocument,
  '\n  query Categories {\n    categories {\n      id\n      name\n      parentId\n      path\n    }\n  }\n': types.CategoriesDocument,
  '\n  query BookDepth($productId: ID!, $currency: String!) {\n    bookDepth(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n':
    types.BookDepthDocument,
  '\n  subscription BookChanged($productId: ID!, $currency: String!) {\n    bookChanged(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n':
    types.BookChangedDocument,
  '\n  subscription MyTradeMatched {\n    myTradeMatched {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n    }\n  }\n':
    types.MyTradeMatchedDocument,
  '\n  query MyOrders($side: OrderSide, $productId: ID, $statuses: [OrderStatus!], $first: Int!) {\n    myOrders(side: $side, productId: $productId, statuses: $statuses, first: $first) {\n      id\n      side\n      productId\n      listingId\n      currency\n      limitPriceMinor\n      limitPrice\n      quantity\n      openQuantity\n      filledQuantity\n      minimumFill\n      minimumOrderQuantity\n      lotMultiple\n      acceptedRegions\n      region\n      status\n      closeReason\n      placedAt\n      expiresAt\n      sequence\n      fills {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        matchedAt\n      }\n    }\n  }\n':
    types.MyOrdersDocument,
  '\n  query MyTrades($productId: ID, $first: Int!) {\n    myTrades(productId: $productId, first: $first) {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n      takerSide\n    }\n  }\n':
    types.MyTradesDocument,
  '\n  mutation ReduceOrder($orderId: ID!, $openQuantity: Int!, $idempotencyKey: String) {\n    reduceOrder(orderId: $orderId, openQuantity: $openQuantity, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      quantity\n      status\n      closeReason\n    }\n  }\n':
    types.ReduceOrderDocument,
  '\n  mutation CancelOrder($orderId: ID!, $idempotencyKey: String) {\n    cancelOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      status\n    }\n  }\n':
    types.CancelOrderDocument,
  '\n  subscription SellerOrderChanged {\n    sellerOrderChanged {\n      id\n      purchaseId\n      status\n      statusChangedAt\n    }\n  }\n':
    types.SellerOrderChangedDocument,
  '\n  query OrderLineProducts($id: ID!) {\n    sellerOrder(id: $id) {\n      id\n      lines {\n        id\n        productId\n      }\n    }\n  }\n':
    types.OrderLineProductsDocument,
  '\n  mutation InviteUser($email: String!, $roles: [CompanyRole!]!, $idempotencyKey: String) {\n    inviteUser(email: $email, roles: $roles, idempotencyKey: $idempotencyKey) {\n      invitationId\n      invitationToken\n      email\n      roles\n      expiresAt\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation AcceptInvitation($invitationToken: String!, $fullName: String!, $password: String!, $idempotencyKey: String) {\n    acceptInvitation(invitationToken: $invitationToken, fullName: $fullName, password: $password, idempotencyKey: $idempotencyKey) {\n      userId\n      companyId\n      roles\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    actor {\n      id\n      kind\n      companyId\n      roles\n    }\n  }\n':
    types.SessionFieldsFragmentDoc,
  '\n  mutation SignIn($email: String!, $password: String!, $companyId: ID) {\n    signIn(email: $email, password: $password, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation OperatorSignIn($email: String!, $password: String!) {\n    operatorSignIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n':
    types.OperatorSignInDocument,
  '\n  mutation RefreshSession($refreshToken: String!, $companyId: ID) {\n    refreshSession(refreshToken: $refreshToken, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  query MyCompany {\n    myCompany {\n      id\n      tradingName\n      legalName\n      kind\n      status\n      moderationHistory {\n        id\n        action\n        to\n        reason\n        occurredAt\n      }\n    }\n  }\n':
    types.MyCompanyDocument,
  '\n  query PublicCompany($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n':
    types.PublicCompanyDocument,
  '\n  mutation RegisterCompany($input: RegisterCompanyInput!, $idempotencyKey: String) {\n    registerCompany(input: $input, idempotencyKey: $idempotencyKey) {\n      companyId\n      status\n      userId\n    }\n  }\n':
    types.RegisterCompanyDocument,
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
  source: '\n  query ProductSummary($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      baseUnit\n      status\n      categoryId\n    }\n  }\n',
): (typeof documents)['\n  query ProductSummary($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      baseUnit\n      status\n      categoryId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Categories {\n    categories {\n      id\n      name\n      parentId\n      path\n    }\n  }\n',
): (typeof documents)['\n  query Categories {\n    categories {\n      id\n      name\n      parentId\n      path\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookDepth($productId: ID!, $currency: String!) {\n    bookDepth(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookDepth($productId: ID!, $currency: String!) {\n    bookDepth(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BookChanged($productId: ID!, $currency: String!) {\n    bookChanged(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription BookChanged($productId: ID!, $currency: String!) {\n    bookChanged(productId: $productId, currency: $currency) {\n      productId\n      currency\n      bids {\n        priceMinor\n        quantity\n        orderCount\n      }\n      asks {\n        priceMinor\n        quantity\n        orderCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyTradeMatched {\n    myTradeMatched {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n    }\n  }\n',
): (typeof documents)['\n  subscription MyTradeMatched {\n    myTradeMatched {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyOrders($side: OrderSide, $productId: ID, $statuses: [OrderStatus!], $first: Int!) {\n    myOrders(side: $side, productId: $productId, statuses: $statuses, first: $first) {\n      id\n      side\n      productId\n      listingId\n      currency\n      limitPriceMinor\n      limitPrice\n      quantity\n      openQuantity\n      filledQuantity\n      minimumFill\n      minimumOrderQuantity\n      lotMultiple\n      acceptedRegions\n      region\n      status\n      closeReason\n      placedAt\n      expiresAt\n      sequence\n      fills {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        matchedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyOrders($side: OrderSide, $productId: ID, $statuses: [OrderStatus!], $first: Int!) {\n    myOrders(side: $side, productId: $productId, statuses: $statuses, first: $first) {\n      id\n      side\n      productId\n      listingId\n      currency\n      limitPriceMinor\n      limitPrice\n      quantity\n      openQuantity\n      filledQuantity\n      minimumFill\n      minimumOrderQuantity\n      lotMultiple\n      acceptedRegions\n      region\n      status\n      closeReason\n      placedAt\n      expiresAt\n      sequence\n      fills {\n        id\n        quantity\n        priceMinor\n        amountMinor\n        matchedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTrades($productId: ID, $first: Int!) {\n    myTrades(productId: $productId, first: $first) {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n      takerSide\n    }\n  }\n',
): (typeof documents)['\n  query MyTrades($productId: ID, $first: Int!) {\n    myTrades(productId: $productId, first: $first) {\n      id\n      side\n      productId\n      quantity\n      priceMinor\n      amountMinor\n      currency\n      counterpartyName\n      matchedAt\n      takerSide\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReduceOrder($orderId: ID!, $openQuantity: Int!, $idempotencyKey: String) {\n    reduceOrder(orderId: $orderId, openQuantity: $openQuantity, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      quantity\n      status\n      closeReason\n    }\n  }\n',
): (typeof documents)['\n  mutation ReduceOrder($orderId: ID!, $openQuantity: Int!, $idempotencyKey: String) {\n    reduceOrder(orderId: $orderId, openQuantity: $openQuantity, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      quantity\n      status\n      closeReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelOrder($orderId: ID!, $idempotencyKey: String) {\n    cancelOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelOrder($orderId: ID!, $idempotencyKey: String) {\n    cancelOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) {\n      id\n      openQuantity\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SellerOrderChanged {\n    sellerOrderChanged {\n      id\n      purchaseId\n      status\n      statusChangedAt\n    }\n  }\n',
): (typeof documents)['\n  subscription SellerOrderChanged {\n    sellerOrderChanged {\n      id\n      purchaseId\n      status\n      statusChangedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderLineProducts($id: ID!) {\n    sellerOrder(id: $id) {\n      id\n      lines {\n        id\n        productId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrderLineProducts($id: ID!) {\n    sellerOrder(id: $id) {\n      id\n      lines {\n        id\n        productId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($email: String!, $roles: [CompanyRole!]!, $idempotencyKey: String) {\n    inviteUser(email: $email, roles: $roles, idempotencyKey: $idempotencyKey) {\n      invitationId\n      invitationToken\n      email\n      roles\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($email: String!, $roles: [CompanyRole!]!, $idempotencyKey: String) {\n    inviteUser(email: $email, roles: $roles, idempotencyKey: $idempotencyKey) {\n      invitationId\n      invitationToken\n      email\n      roles\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($invitationToken: String!, $fullName: String!, $password: String!, $idempotencyKey: String) {\n    acceptInvitation(invitationToken: $invitationToken, fullName: $fullName, password: $password, idempotencyKey: $idempotencyKey) {\n      userId\n      companyId\n      roles\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($invitationToken: String!, $fullName: String!, $password: String!, $idempotencyKey: String) {\n    acceptInvitation(invitationToken: $invitationToken, fullName: $fullName, password: $password, idempotencyKey: $idempotencyKey) {\n      userId\n      companyId\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    actor {\n      id\n      kind\n      companyId\n      roles\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    actor {\n      id\n      kind\n      companyId\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!, $companyId: ID) {\n    signIn(email: $email, password: $password, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!, $companyId: ID) {\n    signIn(email: $email, password: $password, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OperatorSignIn($email: String!, $password: String!) {\n    operatorSignIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OperatorSignIn($email: String!, $password: String!) {\n    operatorSignIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!, $companyId: ID) {\n    refreshSession(refreshToken: $refreshToken, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession($refreshToken: String!, $companyId: ID) {\n    refreshSession(refreshToken: $refreshToken, companyId: $companyId) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyCompany {\n    myCompany {\n      id\n      tradingName\n      legalName\n      kind\n      status\n      moderationHistory {\n        id\n        action\n        to\n        reason\n        occurredAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyCompany {\n    myCompany {\n      id\n      tradingName\n      legalName\n      kind\n      status\n      moderationHistory {\n        id\n        action\n        to\n        reason\n        occurredAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicCompany($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n',
): (typeof documents)['\n  query PublicCompany($id: ID!) {\n    publicCompany(id: $id) {\n      id\n      tradingName\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterCompany($input: RegisterCompanyInput!, $idempotencyKey: String) {\n    registerCompany(input: $input, idempotencyKey: $idempotencyKey) {\n      companyId\n      status\n      userId\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterCompany($input: RegisterCompanyInput!, $idempotencyKey: String) {\n    registerCompany(input: $input, idempotencyKey: $idempotencyKey) {\n      companyId\n      status\n      userId\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
