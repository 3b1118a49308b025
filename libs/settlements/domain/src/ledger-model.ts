import { type Account, accountCompanyId, accountSellerOrderId } from './accounts';
import { type Balances } from './journal';

// An independent reference model of who owes whom, for the ledger's property test and the
// settlements service's seeded simulation. It knows nothing of accounts, entries or posting
// rules: it keeps each party's figures as plain running sums, the simplest way the issue's
// words allow, and says what every party should hold after any sequence of operations,
// including the same event delivered again. `ledgerPartyBalances` reads a ledger's balances
// into the same shape, so the two can be compared with one equality.

interface Cause {
  readonly eventId: string;
  readonly occurredAt: string;
}

/** The money-moving operations, as the events and commands carry them. */
export type LedgerOperation =
  | (Cause & {
      readonly type: 'SELLER_ORDER_DELIVERED';
      readonly currency: string;
      readonly sellerOrderId: string;
      readonly buyerCompanyId: string;
      readonly sellerCompanyId: string;
      readonly netMinor: number;
      readonly loyaltyDiscountMinor: number;
      readonly shippingFeeMinor: number;
      readonly commissionMinor: number;
    })
  | (Cause & { readonly type: 'SELLER_ORDER_COMPLETED'; readonly sellerOrderId: string })
  | (Cause & {
      readonly type: 'RETURN_REFUNDED';
      readonly currency: string;
      readonly returnId: string;
      readonly buyerCompanyId: string;
      readonly refundMinor: number;
      readonly sellers: readonly {
        readonly sellerCompanyId: string;
        readonly sellerOrderId: string;
        readonly paysMinor: number;
        readonly labelsMinor: number;
      }[];
      readonly platformPaysMinor: number;
      readonly labelsMinor: number;
    })
  /** A payment naming no invoice: set against the buyer's invoices oldest due first. */
  | (Cause & {
      readonly type: 'PAYMENT_RECEIVED';
      readonly currency: string;
      readonly paymentId: string;
      readonly buyerCompanyId: string;
      readonly amountMinor: number;
    })
  | (Cause & {
      readonly type: 'REFUND_PAID_OUT';
      readonly currency: string;
      readonly refundPayoutId: string;
      readonly buyerCompanyId: string;
      readonly amountMinor: number;
    })
  | (Cause & {
      readonly type: 'PAYOUT_MADE';
      readonly currency: string;
      readonly payoutId: string;
      readonly sellerCompanyId: string;
      readonly amountMinor: number;
    });

/** APPLIED: it moved money (or had nothing to move); DUPLICATE: its event was applied before; REFUSED: above a balance, nothing changed. */
export type ModelOutcome = 'APPLIED' | 'DUPLICATE' | 'REFUSED';

/**
 * Every party's figures, by `HOLDER/.../FIGURE`, zeros left out:
 * - `BUYER/<company>/<currency>/RECEIVABLE` (what it owes less its credit), `.../REFUNDS_PAYABLE`
 * - `SELLER/<company>/<currency>/PENDING/<seller order>`, `SELLER/<company>/<currency>/AVAILABLE`
 * - `PLATFORM/<currency>/COMMISSION_INCOME`, `PROMOTIONS`, `RETURNS`, `RETURN_LABELS`, `CASH`
 */
export type PartyBalances = Record<string, number>;

interface ModelOrder {
  readonly sellerCompanyId: string;
  readonly currency: string;
  pending: number;
  completed: boolean;
}

export class LedgerModel {
  private readonly applied = new Set<string>();
  private readonly orders = new Map<string, ModelOrder>();
  /** What buyers still owe on their invoices, by `buyer/currency`. */
  private readonly owedOnInvoices = new Map<string, number>();
  private readonly figures = new Map<string, number>();

  private add(key: string, amount: number): void {
    this.figures.set(key, (this.figures.get(key) ?? 0) + amount);
  }

  private figure(key: string): number {
    return this.figures.get(key) ?? 0;
  }

  /** What the buyer still owes on its invoices in the currency (before its credit). */
  owedOnInvoicesOf(buyerCompanyId: string, currency: string): number {
    return this.owedOnInvoices.get(`${buyerCompanyId}/${currency}`) ?? 0;
  }

  /** Takes up to `amount` off what the buyer owes on invoices; returns what it took. */
  private setAgainstInvoices(buyerCompanyId: string, currency: string, amount: number): number {
    const key = `${buyerCompanyId}/${currency}`;
    const owed = this.owedOnInvoices.get(key) ?? 0;
    const taken = Math.min(amount, owed);
    this.owedOnInvoices.set(key, owed - taken);
    return taken;
  }

  private order(sellerOrderId: string): ModelOrder {
    const order = this.orders.get(sellerOrderId);
    if (!order) throw new Error(`the model has no delivered seller order ${sellerOrderId}`);
    return order;
  }

  apply(operation: LedgerOperation): ModelOutcome {
    if (this.applied.has(operation.eventId)) return 'DUPLICATE';
    switch (operation.type) {
      case 'SELLER_ORDER_DELIVERED': {
        const { currency, buyerCompanyId, sellerCompanyId, netMinor, loyaltyDiscountMinor, shippingFeeMinor, commissionMinor } = operation;
        const buyerPays = netMinor - loyaltyDiscountMinor + shippingFeeMinor;
        const sellerEarns = netMinor + shippingFeeMinor - commissionMinor;
        this.owedOnInvoices.set(`${buyerCompanyId}/${currency}`, this.owedOnInvoicesOf(buyerCompanyId, currency) + buyerPays);
        this.add(`BUYER/${buyerCompanyId}/${currency}/RECEIVABLE`, buyerPays);
        this.orders.set(operation.sellerOrderId, { sellerCompanyId, currency, pending: sellerEarns, completed: false });
        this.add(`PLATFORM/${currency}/COMMISSION_INCOME`, commissionMinor);
        this.add(`PLATFORM/${currency}/PROMOTIONS`, loyaltyDiscountMinor);
        break;
      }
      case 'SELLER_ORDER_COMPLETED': {
        const order = this.order(operation.sellerOrderId);
        if (!order.completed) {
          this.add(`SELLER/${order.sellerCompanyId}/${order.currency}/AVAILABLE`, order.pending);
          order.pending = 0;
          order.completed = true;
        }
        break;
      }
      case 'RETURN_REFUNDED': {
        const { currency, buyerCompanyId, refundMinor } = operation;
        for (const part of operation.sellers) {
          const order = this.order(part.sellerOrderId);
          if (order.completed) this.add(`SELLER/${part.sellerCompanyId}/${currency}/AVAILABLE`, -part.paysMinor);
          else order.pending -= part.paysMinor;
        }
        this.add(`PLATFORM/${currency}/RETURNS`, operation.platformPaysMinor);
        this.add(`PLATFORM/${currency}/RETURN_LABELS`, operation.labelsMinor);
        const offInvoices = this.setAgainstInvoices(buyerCompanyId, currency, refundMinor);
        this.add(`BUYER/${buyerCompanyId}/${currency}/RECEIVABLE`, -offInvoices);
        this.add(`BUYER/${buyerCompanyId}/${currency}/REFUNDS_PAYABLE`, refundMinor - offInvoices);
        break;
      }
      case 'PAYMENT_RECEIVED': {
        // What no invoice takes is the buyer's credit: the receivable goes below zero by it.
        this.setAgainstInvoices(operation.buyerCompanyId, operation.currency, operation.amountMinor);
        this.add(`BUYER/${operation.buyerCompanyId}/${operation.currency}/RECEIVABLE`, -operation.amountMinor);
        this.add(`PLATFORM/${operation.currency}/CASH`, operation.amountMinor);
        break;
      }
      case 'REFUND_PAID_OUT': {
        const key = `BUYER/${operation.buyerCompanyId}/${operation.currency}/REFUNDS_PAYABLE`;
        if (operation.amountMinor > this.figure(key)) return 'REFUSED';
        this.add(key, -operation.amountMinor);
        this.add(`PLATFORM/${operation.currency}/CASH`, -operation.amountMinor);
        break;
      }
      case 'PAYOUT_MADE': {
        const key = `SELLER/${operation.sellerCompanyId}/${operation.currency}/AVAILABLE`;
        if (operation.amountMinor > this.figure(key)) return 'REFUSED';
        this.add(key, -operation.amountMinor);
        this.add(`PLATFORM/${operation.currency}/CASH`, -operation.amountMinor);
        break;
      }
    }
    this.applied.add(operation.eventId);
    return 'APPLIED';
  }

  /** Every party's expected figures now. */
  balances(): PartyBalances {
    const result: PartyBalances = {};
    for (const [key, amount] of this.figures) if (amount !== 0) result[key] = amount;
    for (const [sellerOrderId, order] of this.orders) {
      if (order.pending !== 0) result[`SELLER/${order.sellerCompanyId}/${order.currency}/PENDING/${sellerOrderId}`] = order.pending;
    }
    return sorted(result);
  }
}

function sorted(balances: PartyBalances): PartyBalances {
  return Object.fromEntries(Object.entries(balances).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const FIGURE_OF: Readonly<Record<Account['kind'], string>> = {
  BUYER_RECEIVABLE: 'RECEIVABLE',
  REFUNDS_PAYABLE: 'REFUNDS_PAYABLE',
  SELLER_PAYABLE_PENDING: 'PENDING',
  SELLER_PAYABLE_AVAILABLE: 'AVAILABLE',
  PLATFORM_COMMISSION_INCOME: 'COMMISSION_INCOME',
  PLATFORM_PROMOTIONS: 'PROMOTIONS',
  PLATFORM_RETURNS: 'RETURNS',
  RETURN_LABELS: 'RETURN_LABELS',
  CASH_AT_BANK: 'CASH',
};

/**
 * A ledger's balances in the model's shape (each on its account's normal side, zeros left
 * out). The debit-normal kinds are written out here rather than read from ACCOUNT_KINDS, so
 * a wrong normal side there shows as a difference from the model instead of hiding in both.
 */
export function ledgerPartyBalances(balances: Balances): PartyBalances {
  const result: PartyBalances = {};
  for (const { account, debitsMinor, creditsMinor } of balances.values()) {
    const debitNormal =
      account.kind === 'BUYER_RECEIVABLE' ||
      account.kind === 'PLATFORM_PROMOTIONS' ||
      account.kind === 'PLATFORM_RETURNS' ||
      account.kind === 'CASH_AT_BANK';
    const amount = debitNormal ? debitsMinor - creditsMinor : creditsMinor - debitsMinor;
    if (amount === 0) continue;
    const company = accountCompanyId(account);
    const order = accountSellerOrderId(account);
    const holder =
      company === null
        ? 'PLATFORM'
        : account.kind === 'BUYER_RECEIVABLE' || account.kind === 'REFUNDS_PAYABLE'
          ? `BUYER/${company}`
          : `SELLER/${company}`;
    const key = [holder, account.currency, FIGURE_OF[account.kind], ...(order === null ? [] : [order])].join('/');
    result[key] = (result[key] ?? 0) + amount;
  }
  return sorted(result);
}
