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
  '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n': typeof types.CompaniesDocument;
  '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n': typeof types.CompanyDocument;
  '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n': typeof types.ModerateCompanyDocument;
  '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n': typeof types.ModerationLogDocument;
  '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n': typeof types.ReviewProductDocument;
  '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n': typeof types.DecideProductDocument;
  '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n': typeof types.CreateProductDocument;
};
const documents: Documents = {
  '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n':
    types.CompaniesDocument,
  '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n':
    types.CompanyDocument,
  '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n':
    types.ModerateCompanyDocument,
  '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n':
    types.ModerationLogDocument,
  '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n':
    types.ReviewProductDocument,
  '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n':
    types.DecideProductDocument,
  '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n':
    types.CreateProductDocument,
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
  source: '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n',
): (typeof documents)['\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n',
): (typeof documents)['\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n',
): (typeof documents)['\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
