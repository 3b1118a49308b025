import {
  type catalogCommands,
  type counterpartiesCommands,
  type orderCommands,
  type ordersCommands,
  type returnsCommands,
  type settlementsCommands,
  type tradingQueries,
  type uploadCommands,
  type CommandError,
  type ErrorCodesOf,
} from '@lotbook/contracts';
import { GraphQLError } from 'graphql';
import { ORDERS_GRAPHQL_ERRORS } from '../orders/orders-errors';
import { RETURNS_GRAPHQL_ERRORS } from '../returns/returns-errors';
import { SETTLEMENTS_GRAPHQL_ERRORS } from '../settlements/settlements-errors';

/** The gateway's own codes: refusals it gives before (or instead of) asking a service. */
export enum GatewayErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  OPERATION_TOO_COMPLEX = 'OPERATION_TOO_COMPLEX',
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  OPERATION_TIMEOUT = 'OPERATION_TIMEOUT',
  RATE_LIMITED = 'RATE_LIMITED',
  SUBSCRIPTIONS_ONLY = 'SUBSCRIPTIONS_ONLY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Every refusal code of every command the gateway sends, as each contract declares them. */
export type ServiceErrorCode =
  | ErrorCodesOf<typeof counterpartiesCommands>
  | ErrorCodesOf<typeof catalogCommands>
  | ErrorCodesOf<typeof uploadCommands>
  | ErrorCodesOf<typeof orderCommands>
  | ErrorCodesOf<typeof tradingQueries>
  | ErrorCodesOf<typeof ordersCommands>
  | ErrorCodesOf<typeof returnsCommands>
  | ErrorCodesOf<typeof settlementsCommands>;

/** Every `extensions.code` a client may see. */
export type ErrorCode = ServiceErrorCode | `${GatewayErrorCode}`;

const ENGINE_BUG = 'The order book refused what the trading service handed it; a bug in Lotbook, not in your request: please report it';

/**
 * Every code a GraphQL error may carry, with what it means: the one table the schema's
 * `ErrorCode` enum and the README's error list are made from. A code a contract adds and this
 * table lacks is a compile error (and so is one listed here that nothing answers any more).
 */
export const GRAPHQL_ERRORS: Record<ErrorCode, { description: string }> = {
  // The platform's and the gateway's own.
  INVALID_INPUT: { description: 'The input is malformed or out of range; `extensions.field` names the input at fault when there is one' },
  UNAUTHENTICATED: { description: 'No valid access token: sign in and send `Authorization: Bearer <access token>`' },
  FORBIDDEN: { description: 'Your role, or your kind of account or company, may not do this' },
  COMPANY_NOT_APPROVED: { description: 'The company you act for is not APPROVED now, so it may not trade' },
  SERVICE_UNAVAILABLE: {
    description:
      'A back-end service did not answer in time; the request may or may not have been applied: send it again with the same idempotency key',
  },
  OPERATION_TOO_COMPLEX: {
    description:
      'The operation asks too much at once (depth, aliases, tokens, directives or the work behind its fields); nothing ran. Split it',
  },
  REQUEST_TOO_LARGE: { description: 'The request body is larger than any operation but a CSV upload may send; nothing ran' },
  OPERATION_TIMEOUT: {
    description:
      'The operation did not finish within the gateway’s time for one operation; what it asked may or may not have been applied: send it again with the same idempotency key',
  },
  RATE_LIMITED: {
    description:
      'Too many requests from your address or account (or too many sign-ins, registrations or uploads); nothing ran: wait `extensions.retryAfterSeconds` seconds',
  },
  SUBSCRIPTIONS_ONLY: { description: 'The WebSocket (graphql-ws) carries subscriptions only; send queries and mutations over HTTP POST' },
  INTERNAL_SERVER_ERROR: {
    description: 'A fault in Lotbook, not in your request; its details are in the gateway’s log, not in the answer',
  },
  TRY_AGAIN: {
    description: 'The service could not complete the request now and nothing changed: send it again (with the same idempotency key)',
  },
  IDEMPOTENCY_KEY_REUSED: {
    description:
      'The idempotency key came before (within 24 hours) with a different request; nothing changed. A new request takes a new key',
  },
  // Companies, users and sessions.
  INVALID_EMAIL: { description: 'Not an e-mail address' },
  WEAK_PASSWORD: { description: 'A password has 12 to 128 characters, a letter and a digit, and does not contain the e-mail name' },
  INVALID_COUNTRY: { description: 'Not an ISO 3166-1 alpha-2 country code' },
  INVALID_TAX_ID: { description: 'The tax id does not pass its country’s check (for RU, the INN’s length and check digits)' },
  DUPLICATE_TAX_ID: { description: 'An active company, or a legal entity of your company, already has this tax id' },
  COMPANY_NOT_FOUND: { description: 'No such company, or not one you may see in full' },
  TRANSITION_NOT_ALLOWED: { description: 'The company’s status does not allow this moderation action (see the moderation table)' },
  REASON_REQUIRED: {
    description: 'A written reason is required: for every moderation step, and (10 characters or more) to reject a product',
  },
  INVALID_CREDENTIALS: { description: 'The e-mail or the password is wrong' },
  SIGN_IN_THROTTLED: { description: 'Too many failed sign-ins: wait the seconds the message gives before the next try' },
  SIGN_IN_LOCKED: { description: 'Too many failed sign-ins: the account is locked until the time the message gives' },
  NOT_A_MEMBER: { description: 'You are not a member of that company' },
  INVALID_REFRESH_TOKEN: { description: 'The refresh token is unknown, expired or revoked: sign in again' },
  REFRESH_TOKEN_REUSED: { description: 'The refresh token was used before: every session of its family is now revoked' },
  ROLE_NOT_AVAILABLE: { description: 'The company’s kind has no such role (buyer roles for buyers, SALES_MANAGER for sellers)' },
  ALREADY_A_MEMBER: { description: 'That person is a member of the company already' },
  INVALID_INVITATION: { description: 'The invitation is unknown, used or expired: ask for a new one' },
  // Catalog.
  UNKNOWN_CATEGORY: { description: 'No such category' },
  DUPLICATE_CATEGORY: { description: 'A category of that name exists already under the same parent' },
  UNKNOWN_PRODUCT: {
    description: 'No such product, or not one you may see (a proposed product is seen by operators and its proposer only)',
  },
  DUPLICATE_PRODUCT_CODE: { description: 'A product with this code exists already' },
  PRODUCT_NOT_PROPOSED: { description: 'Only a PROPOSED product can be approved or rejected' },
  PRODUCT_NOT_ACTIVE: { description: 'The product is not ACTIVE (still proposed, or rejected), so it cannot be listed' },
  UNKNOWN_LISTING: { description: 'No such listing, or not one you may see (or, for contract prices and asks, not one of yours)' },
  UNKNOWN_CURRENCY: { description: 'Not an ISO 4217 currency code' },
  NON_POSITIVE_PRICE: { description: 'A price is a whole number of minor units above zero' },
  NON_POSITIVE_QUANTITY: { description: 'A quantity is a whole number of base units above zero (stock on hand: zero or more)' },
  PRICE_BREAKS_OUT_OF_ORDER: { description: 'Price breaks rise in quantity and never raise the unit price' },
  LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ: { description: 'The lot multiple divides the minimum order quantity' },
  STOCK_BELOW_RESERVED: { description: 'Stock on hand may not go below what is reserved now' },
  UNKNOWN_UPLOAD: { description: 'No such upload of your company' },
  UPLOAD_CONFLICT: { description: 'This upload was begun with another file' },
  UPLOAD_INCOMPLETE: { description: 'The chunks that arrived do not make the file announced (count, length or SHA-256)' },
  // Trading.
  PRICE_TOO_PRECISE: {
    description: 'The price has more decimals than its currency has (or limitPriceMinor is not whole); it is refused, never rounded',
  },
  INVALID_MINIMUM_FILL: { description: 'The minimum fill is a whole number from 1 to the quantity' },
  QUANTITY_BELOW_MINIMUM: {
    description: 'The quantity is below the order’s minimum (for an ask, its listing’s minimum order quantity and lot)',
  },
  EXPIRY_IN_PAST: { description: 'The expiry has passed already' },
  FOREIGN_LISTING: { description: 'An ask is made from one of your own listings' },
  LISTING_NOT_ACTIVE: { description: 'The listing is not on sale now (not ACTIVE, or its seller is not APPROVED)' },
  PRODUCT_MISMATCH: { description: 'The listing sells another product than the one named' },
  CURRENCY_MISMATCH: { description: 'The listing is priced in another currency than the one named' },
  INSUFFICIENT_STOCK: { description: 'The listing has less available (on hand less reservations) than the ask’s quantity' },
  UNKNOWN_ORDER: { description: 'You have no such order' },
  ORDER_NOT_OPEN: { description: 'The order is not open any more (filled, cancelled, expired or closed)' },
  INVALID_REDUCTION: { description: 'The new open quantity is a whole number above zero and below the current one' },
  DUPLICATE_ORDER_ID: { description: 'The order id was used before for another order' },
  CATALOG_UNAVAILABLE: { description: 'Catalog did not answer in time (for a purchase, an ask or a bid’s product); nothing changed: send it again' },
  ORDER_VALUE_TOO_LARGE: {
    description: 'Quantity × limit price is above the most one bid or ask may be worth (TRADING_MAX_ORDER_VALUE_MINOR); nothing changed',
  },
  INVALID_SIDE: { description: ENGINE_BUG },
  INVALID_SEQUENCE: { description: ENGINE_BUG },
  SEQUENCE_NOT_INCREASING: { description: ENGINE_BUG },
  // Orders.
  ...ORDERS_GRAPHQL_ERRORS,
  // Returns.
  ...RETURNS_GRAPHQL_ERRORS,
  // Settlements.
  ...SETTLEMENTS_GRAPHQL_ERRORS,
};

/** Every code, in order: the values of the schema's `ErrorCode` enum. */
export const ERROR_CODES = (Object.keys(GRAPHQL_ERRORS) as ErrorCode[]).sort();

/** A refusal as a GraphQL error with its stable `extensions.code` (and `extensions.field` when one input is at fault). */
export function graphqlError(code: ErrorCode, message: string, field?: string, extensions: Record<string, unknown> = {}): GraphQLError {
  if (!(code in GRAPHQL_ERRORS)) throw new Error(`error code ${code} is not in GRAPHQL_ERRORS`);
  return new GraphQLError(message, { extensions: { ...extensions, code, ...(field ? { field } : {}) } });
}

export function gatewayError(code: GatewayErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return graphqlError(code, message, undefined, extensions);
}

/** Whether a code is one of the table's (so a client may rely on it). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(GRAPHQL_ERRORS, code);
}

/** A business refusal from a service, as a GraphQL error with its code. */
export function commandError(error: CommandError<ErrorCode>): GraphQLError {
  return graphqlError(error.code, error.message, error.field);
}
