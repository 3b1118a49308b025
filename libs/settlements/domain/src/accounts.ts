import { isCurrencyCode } from '@lotbook/money';
import { LedgerError } from './errors';
import type { CauseType } from './journal';

// The ledger's accounts. One account per kind, currency and, where the kind names one, company
// (and seller order): an account never mixes currencies.
//
// Decisions:
// - A buyer's overpayment is not a separate account: it is the buyer's receivable gone
//   negative (a credit balance). A prepaying buyer's payment arrives before the delivery
//   that makes it owe, so it passes through the same negative balance; the delivery brings
//   it back to zero. One account per buyer, no transfer between "credit" and "receivable"
//   to get right. The invoices (invoices.ts) say which invoices are unpaid and how much
//   credit the buyer holds; the receivable is their net.
// - A seller's payable is split: PENDING per seller order (earned at delivery, returns of
//   the order still come off it) and AVAILABLE per seller (released when the order is
//   COMPLETED, paid out from there). A per-order pending account lets the completion move
//   exactly what the order still holds, read in O(1).
// - The platform's share of returns (commission it gives back less loyalty discount it gets
//   back, a carrier fault's whole cost) has its own account, PLATFORM_RETURNS, so
//   PLATFORM_PROMOTIONS stays what the platform granted in loyalty discounts.

export type AccountKind =
  /** What a buyer company owes for delivered seller orders, less what it paid; negative = the buyer's credit. */
  | 'BUYER_RECEIVABLE'
  /** What a seller is owed for one delivered seller order that is not COMPLETED yet. */
  | 'SELLER_PAYABLE_PENDING'
  /** What a seller is owed and may be paid out: orders COMPLETED, less payouts. */
  | 'SELLER_PAYABLE_AVAILABLE'
  /** Refunds owed to a buyer beyond what it still owed on its invoices, until paid out. */
  | 'REFUNDS_PAYABLE'
  | 'PLATFORM_COMMISSION_INCOME'
  /** Loyalty discounts the platform funds. */
  | 'PLATFORM_PROMOTIONS'
  /** The platform's share of returns. */
  | 'PLATFORM_RETURNS'
  /** Return labels owed to the carrier. */
  | 'RETURN_LABELS'
  | 'CASH_AT_BANK';

export type NormalSide = 'DEBIT' | 'CREDIT';

/** Who an account's balance belongs to, for statements and the trial balance. */
export type AccountHolder = 'BUYER' | 'SELLER' | 'PLATFORM';

export interface AccountKindRule {
  /** The side that increases the balance: assets and expenses are debit-normal, liabilities and income credit-normal. */
  readonly normalSide: NormalSide;
  readonly holder: AccountHolder;
  /** Whether the account is per company (and per seller order). */
  readonly per: 'CURRENCY' | 'COMPANY' | 'SELLER_ORDER';
}

export const ACCOUNT_KINDS: Readonly<Record<AccountKind, AccountKindRule>> = {
  BUYER_RECEIVABLE: { normalSide: 'DEBIT', holder: 'BUYER', per: 'COMPANY' },
  SELLER_PAYABLE_PENDING: { normalSide: 'CREDIT', holder: 'SELLER', per: 'SELLER_ORDER' },
  SELLER_PAYABLE_AVAILABLE: { normalSide: 'CREDIT', holder: 'SELLER', per: 'COMPANY' },
  REFUNDS_PAYABLE: { normalSide: 'CREDIT', holder: 'BUYER', per: 'COMPANY' },
  PLATFORM_COMMISSION_INCOME: { normalSide: 'CREDIT', holder: 'PLATFORM', per: 'CURRENCY' },
  PLATFORM_PROMOTIONS: { normalSide: 'DEBIT', holder: 'PLATFORM', per: 'CURRENCY' },
  PLATFORM_RETURNS: { normalSide: 'DEBIT', holder: 'PLATFORM', per: 'CURRENCY' },
  RETURN_LABELS: { normalSide: 'CREDIT', holder: 'PLATFORM', per: 'CURRENCY' },
  CASH_AT_BANK: { normalSide: 'DEBIT', holder: 'PLATFORM', per: 'CURRENCY' },
};

export type PlatformAccountKind =
  'PLATFORM_COMMISSION_INCOME' | 'PLATFORM_PROMOTIONS' | 'PLATFORM_RETURNS' | 'RETURN_LABELS' | 'CASH_AT_BANK';

/** An account's identity. Two accounts are the same account when their keys are equal. */
export type Account =
  | {
      readonly kind: 'BUYER_RECEIVABLE' | 'REFUNDS_PAYABLE' | 'SELLER_PAYABLE_AVAILABLE';
      readonly currency: string;
      readonly companyId: string;
    }
  | { readonly kind: 'SELLER_PAYABLE_PENDING'; readonly currency: string; readonly companyId: string; readonly sellerOrderId: string }
  | { readonly kind: PlatformAccountKind; readonly currency: string };

export const buyerReceivable = (companyId: string, currency: string): Account => ({ kind: 'BUYER_RECEIVABLE', currency, companyId });
export const refundsPayable = (companyId: string, currency: string): Account => ({ kind: 'REFUNDS_PAYABLE', currency, companyId });
export const sellerPayablePending = (companyId: string, sellerOrderId: string, currency: string): Account => ({
  kind: 'SELLER_PAYABLE_PENDING',
  currency,
  companyId,
  sellerOrderId,
});
export const sellerPayableAvailable = (companyId: string, currency: string): Account => ({
  kind: 'SELLER_PAYABLE_AVAILABLE',
  currency,
  companyId,
});
export const platformCommissionIncome = (currency: string): Account => ({ kind: 'PLATFORM_COMMISSION_INCOME', currency });
export const platformPromotions = (currency: string): Account => ({ kind: 'PLATFORM_PROMOTIONS', currency });
export const platformReturns = (currency: string): Account => ({ kind: 'PLATFORM_RETURNS', currency });
export const returnLabels = (currency: string): Account => ({ kind: 'RETURN_LABELS', currency });
export const cashAtBank = (currency: string): Account => ({ kind: 'CASH_AT_BANK', currency });

/** The company an account belongs to, or null for the platform's accounts. */
export function accountCompanyId(account: Account): string | null {
  return 'companyId' in account ? account.companyId : null;
}

/** The seller order of a pending seller account, or null. */
export function accountSellerOrderId(account: Account): string | null {
  return account.kind === 'SELLER_PAYABLE_PENDING' ? account.sellerOrderId : null;
}

/** Refuses an account with an unknown kind or currency, or without the ids its kind needs. */
export function assertAccount(account: Account): void {
  const rule = (ACCOUNT_KINDS as Record<string, AccountKindRule | undefined>)[account.kind];
  if (!rule) throw new LedgerError('INVALID_ACCOUNT', `"${account.kind}" is not an account kind`);
  if (!isCurrencyCode(account.currency)) {
    throw new LedgerError('UNKNOWN_CURRENCY', `"${account.currency}" is not an ISO 4217 currency code`, { account: account.kind });
  }
  const needs = (field: 'companyId' | 'sellerOrderId') => {
    const value = (account as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value.length === 0) {
      throw new LedgerError('INVALID_ACCOUNT', `an account ${account.kind} needs a ${field}`, { account: account.kind });
    }
  };
  if (rule.per !== 'CURRENCY') needs('companyId');
  if (rule.per === 'SELLER_ORDER') needs('sellerOrderId');
}

/**
 * The account's key, as stored: `KIND/CURRENCY[/companyId[/sellerOrderId]]`, ids
 * percent-encoded so that a slash in an id cannot make two accounts one.
 */
export function accountKey(account: Account): string {
  const parts: string[] = [account.kind, account.currency];
  if ('companyId' in account) parts.push(encodeURIComponent(account.companyId));
  if (account.kind === 'SELLER_PAYABLE_PENDING') parts.push(encodeURIComponent(account.sellerOrderId));
  return parts.join('/');
}

/** The account a key names; refuses a key that {@link accountKey} could not have written. */
export function parseAccountKey(key: string): Account {
  const [kind, currency, ...ids] = key.split('/');
  const rule = (ACCOUNT_KINDS as Record<string, AccountKindRule | undefined>)[kind];
  const expectedIds = rule ? { CURRENCY: 0, COMPANY: 1, SELLER_ORDER: 2 }[rule.per] : -1;
  if (!rule || currency === undefined || ids.length !== expectedIds) {
    throw new LedgerError('INVALID_ACCOUNT', `"${key}" is not an account key`);
  }
  let decoded: string[];
  try {
    decoded = ids.map((id) => decodeURIComponent(id));
  } catch {
    throw new LedgerError('INVALID_ACCOUNT', `"${key}" is not an account key (bad percent-encoding)`);
  }
  const account = {
    kind,
    currency,
    ...(decoded.length > 0 ? { companyId: decoded[0] } : {}),
    ...(decoded.length > 1 ? { sellerOrderId: decoded[1] } : {}),
  } as Account;
  assertAccount(account);
  if (accountKey(account) !== key) throw new LedgerError('INVALID_ACCOUNT', `"${key}" is not in canonical form`);
  return account;
}

export function normalSideOf(account: Account): NormalSide {
  return ACCOUNT_KINDS[account.kind].normalSide;
}

/**
 * A floor under an account's balance (on its normal side), held against the entries of the
 * named causes only. A payout may not take a seller's available balance below zero; a
 * return may (a seller-fault return's label can exceed what its order earned, and a refund
 * that arrives after the order COMPLETED comes off the available balance): the money is
 * owed either way, and refusing the return would not make it less so.
 */
export interface BalanceLimit {
  readonly kind: AccountKind;
  readonly floorMinor: number;
  readonly causeTypes: readonly CauseType[];
}

export const BALANCE_LIMITS: readonly BalanceLimit[] = [
  { kind: 'SELLER_PAYABLE_AVAILABLE', floorMinor: 0, causeTypes: ['PAYOUT_MADE'] },
  { kind: 'REFUNDS_PAYABLE', floorMinor: 0, causeTypes: ['REFUND_PAID_OUT'] },
];
