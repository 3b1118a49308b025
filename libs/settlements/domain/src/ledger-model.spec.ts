import fc from 'fast-check';
import { sellerPayablePending } from './accounts';
import { LedgerError } from './errors';
import { applyPayment, applyRefund, type Invoice, issueInvoice, outstandingMinor } from './invoices';
import { applyEntries, assertBalanced, balanceOf, type Balances, EMPTY_BALANCES, type JournalEntry, trialBalance } from './journal';
import { type LedgerOperation, LedgerModel, ledgerPartyBalances, type ModelOutcome } from './ledger-model';
import { paymentReceived, payoutMade, refundPaidOut, returnRefunded, sellerOrderCompleted, sellerOrderDelivered } from './postings';

// The posting rules, the invoices and the journal run as the settlements service will run
// them (a harness standing in for its listeners), against the independent model. Random
// sequences of deliveries, completions, returns, payments, refund payouts, seller payouts and
// redeliveries of earlier events; after every step: every entry balances, the trial balance
// is zero per currency, no entry id is posted twice, a redelivered event makes only ids
// already posted, the outcome is the model's and every party's balance is the model's.
// A failure prints fast-check's seed and path; replay with FC_SEED=<seed> FC_PATH=<path>.

/** What the settlements service does with one operation, in memory. */
class SettlementsHarness {
  balances: Balances = EMPTY_BALANCES;
  readonly journal: JournalEntry[] = [];
  readonly posted = new Set<string>();
  invoices: Invoice[] = [];
  private readonly handled = new Set<string>();
  private readonly orders = new Map<string, { sellerCompanyId: string; currency: string; completed: boolean }>();

  /** The entries the operation's rule makes from the current state, and what it does to the invoices once posted. */
  private rule(operation: LedgerOperation): { entries: JournalEntry[]; afterwards: () => void } {
    const nothing = () => undefined;
    switch (operation.type) {
      case 'SELLER_ORDER_DELIVERED': {
        const entries = sellerOrderDelivered(operation);
        const chargeMinor = operation.netMinor - operation.loyaltyDiscountMinor + operation.shippingFeeMinor;
        return {
          entries,
          afterwards: () => {
            this.orders.set(operation.sellerOrderId, {
              sellerCompanyId: operation.sellerCompanyId,
              currency: operation.currency,
              completed: false,
            });
            if (chargeMinor === 0) return;
            this.invoices.push(
              issueInvoice({
                sellerOrderId: operation.sellerOrderId,
                number: `INV-${operation.sellerOrderId}`,
                buyerCompanyId: operation.buyerCompanyId,
                sellerCompanyId: operation.sellerCompanyId,
                currency: operation.currency,
                amountMinor: chargeMinor,
                terms: { kind: 'NET_TERMS', paymentTermDays: 30 },
                issuedAt: operation.occurredAt,
              }),
            );
          },
        };
      }
      case 'SELLER_ORDER_COMPLETED': {
        const order = this.orders.get(operation.sellerOrderId);
        if (!order) throw new Error(`completion of an order never delivered: ${operation.sellerOrderId}`);
        const pendingMinor = balanceOf(this.balances, sellerPayablePending(order.sellerCompanyId, operation.sellerOrderId, order.currency));
        const entries = sellerOrderCompleted({
          ...operation,
          currency: order.currency,
          sellerCompanyId: order.sellerCompanyId,
          pendingMinor,
        });
        return { entries, afterwards: () => void (order.completed = true) };
      }
      case 'RETURN_REFUNDED': {
        const entries = returnRefunded({
          ...operation,
          outstandingReceivableMinor: outstandingMinor(this.invoices, operation.buyerCompanyId, operation.currency),
          sellers: operation.sellers.map((part) => ({ ...part, orderCompleted: this.orders.get(part.sellerOrderId)?.completed ?? false })),
        });
        const refund = {
          returnId: operation.returnId,
          buyerCompanyId: operation.buyerCompanyId,
          currency: operation.currency,
          amountMinor: operation.refundMinor,
        };
        const sellerOrderIds = operation.sellers.map((part) => part.sellerOrderId);
        return { entries, afterwards: () => void (this.invoices = applyRefund(this.invoices, { ...refund, sellerOrderIds }).invoices) };
      }
      case 'PAYMENT_RECEIVED': {
        const application = applyPayment(this.invoices, operation);
        const entries = paymentReceived({ ...operation, allocations: application.applied });
        return { entries, afterwards: () => void (this.invoices = application.invoices) };
      }
      case 'REFUND_PAID_OUT':
        return { entries: refundPaidOut(operation), afterwards: nothing };
      case 'PAYOUT_MADE':
        return { entries: payoutMade(operation), afterwards: nothing };
    }
  }

  apply(operation: LedgerOperation): ModelOutcome {
    const { entries, afterwards } = this.rule(operation);
    if (this.handled.has(operation.eventId)) {
      // Redelivered: the rule makes the same entry ids, all posted already, so nothing posts.
      const fresh = entries.filter((entry) => !this.posted.has(entry.id));
      if (fresh.length > 0)
        throw new Error(`redelivered ${operation.eventId} made new entries ${fresh.map((entry) => entry.id).join(', ')}`);
      return 'DUPLICATE';
    }
    for (const entry of entries) {
      if (this.posted.has(entry.id)) throw new Error(`entry ${entry.id} of a new event ${operation.eventId} was posted before`);
    }
    const before = this.balances;
    try {
      this.balances = applyEntries(this.balances, entries);
    } catch (error) {
      if (error instanceof LedgerError && error.code === 'INSUFFICIENT_BALANCE') {
        if (this.balances !== before) throw new Error('a refused operation changed the balances');
        return 'REFUSED';
      }
      throw error;
    }
    for (const entry of entries) {
      this.posted.add(entry.id);
      this.journal.push(entry);
    }
    this.handled.add(operation.eventId);
    afterwards();
    return 'APPLIED';
  }
}

// ---------------------------------------------------------------------------------------
// Random sequences
// ---------------------------------------------------------------------------------------

const BUYERS = ['b0', 'b1'];
const SELLERS = ['s0', 's1', 's2'];
const CURRENCIES = ['RUB', 'EUR'];

type Step =
  | {
      readonly kind: 'deliver';
      readonly buyer: number;
      readonly seller: number;
      readonly currency: number;
      readonly net: number;
      readonly loyalty: number;
      readonly shipping: number;
      readonly commission: number;
    }
  | { readonly kind: 'complete'; readonly pick: number }
  | {
      readonly kind: 'return';
      readonly pick: number;
      readonly more: readonly number[];
      readonly pays: readonly number[];
      readonly sellerLabels: readonly number[];
      readonly platformLabels: number;
      readonly refund: number;
    }
  | { readonly kind: 'pay'; readonly buyer: number; readonly currency: number; readonly amount: number }
  /** `exact` pays out exactly the model's balance, `over` one unit more, else `amount`. */
  | {
      readonly kind: 'refundPayout' | 'payout';
      readonly party: number;
      readonly currency: number;
      readonly amount: number;
      readonly aim: 'exact' | 'over' | 'any';
    }
  | { readonly kind: 'redeliver'; readonly pick: number };

const ratio = fc.integer({ min: 0, max: 10_000 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      buyer: fc.nat(BUYERS.length - 1),
      seller: fc.nat(SELLERS.length - 1),
      currency: fc.nat(CURRENCIES.length - 1),
      net: fc.integer({ min: 1, max: 5_000_000 }),
      loyalty: ratio,
      shipping: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
      commission: ratio,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('complete' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      pick: fc.nat(),
      more: fc.array(fc.nat(), { maxLength: 2 }),
      pays: fc.array(fc.integer({ min: -50_000, max: 1_500_000 }), { minLength: 3, maxLength: 3 }),
      sellerLabels: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30_000 })), { minLength: 3, maxLength: 3 }),
      platformLabels: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30_000 })),
      refund: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      buyer: fc.nat(BUYERS.length - 1),
      currency: fc.nat(CURRENCIES.length - 1),
      amount: fc.integer({ min: 1, max: 6_000_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('refundPayout' as const, 'payout' as const),
      party: fc.nat(2),
      currency: fc.nat(CURRENCIES.length - 1),
      amount: fc.integer({ min: 1, max: 3_000_000 }),
      aim: fc.constantFrom('exact' as const, 'over' as const, 'any' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('redeliver' as const), pick: fc.nat() }) },
);

/** Turns abstract steps into operations on what exists so far (orders delivered, balances the model holds). */
class Scenario {
  readonly operations: LedgerOperation[] = [];
  private readonly delivered: {
    sellerOrderId: string;
    buyerCompanyId: string;
    sellerCompanyId: string;
    currency: string;
    completed: boolean;
  }[] = [];
  private clock = Date.UTC(2026, 2, 2);

  constructor(private readonly model: LedgerModel) {}

  private cause(label: string) {
    this.clock += 3_600_000;
    return { eventId: `evt-${this.operations.length}-${label}`, occurredAt: new Date(this.clock).toISOString() };
  }

  next(step: Step): LedgerOperation | null {
    const n = this.operations.length;
    switch (step.kind) {
      case 'deliver': {
        const operation: LedgerOperation = {
          ...this.cause('delivered'),
          type: 'SELLER_ORDER_DELIVERED',
          currency: CURRENCIES[step.currency],
          sellerOrderId: `SO-${n}`,
          buyerCompanyId: BUYERS[step.buyer],
          sellerCompanyId: SELLERS[step.seller],
          netMinor: step.net,
          loyaltyDiscountMinor: Math.floor((step.net * step.loyalty) / 10_000),
          shippingFeeMinor: step.shipping,
          commissionMinor: Math.floor((step.net * step.commission) / 10_000),
        };
        this.delivered.push({
          sellerOrderId: operation.sellerOrderId,
          buyerCompanyId: operation.buyerCompanyId,
          sellerCompanyId: operation.sellerCompanyId,
          currency: operation.currency,
          completed: false,
        });
        return this.push(operation);
      }
      case 'complete': {
        const open = this.delivered.filter((order) => !order.completed);
        if (open.length === 0) return null;
        const order = open[step.pick % open.length];
        order.completed = true;
        return this.push({ ...this.cause('completed'), type: 'SELLER_ORDER_COMPLETED', sellerOrderId: order.sellerOrderId });
      }
      case 'return': {
        if (this.delivered.length === 0) return null;
        const anchor = this.delivered[step.pick % this.delivered.length];
        const sameBasket = this.delivered.filter(
          (order) => order.buyerCompanyId === anchor.buyerCompanyId && order.currency === anchor.currency,
        );
        const chosen = [anchor, ...step.more.map((pick) => sameBasket[pick % sameBasket.length])].filter(
          (order, index, all) => all.indexOf(order) === index,
        );
        const sellers = chosen.map((order, index) => ({
          sellerCompanyId: order.sellerCompanyId,
          sellerOrderId: order.sellerOrderId,
          paysMinor: step.pays[index] + step.sellerLabels[index],
          labelsMinor: step.sellerLabels[index],
        }));
        const labelsMinor = sellers.reduce((sum, part) => sum + part.labelsMinor, 0) + step.platformLabels;
        // Conservation by construction: the platform pays what the sellers do not.
        const platformPaysMinor = step.refund + labelsMinor - sellers.reduce((sum, part) => sum + part.paysMinor, 0);
        return this.push({
          ...this.cause('refunded'),
          type: 'RETURN_REFUNDED',
          currency: anchor.currency,
          returnId: `R-${n}`,
          buyerCompanyId: anchor.buyerCompanyId,
          refundMinor: step.refund,
          sellers,
          platformPaysMinor,
          labelsMinor,
        });
      }
      case 'pay':
        return this.push({
          ...this.cause('paid'),
          type: 'PAYMENT_RECEIVED',
          currency: CURRENCIES[step.currency],
          paymentId: `PAY-${n}`,
          buyerCompanyId: BUYERS[step.buyer],
          amountMinor: step.amount,
        });
      case 'refundPayout':
      case 'payout': {
        const currency = CURRENCIES[step.currency];
        const party = step.kind === 'payout' ? SELLERS[step.party % SELLERS.length] : BUYERS[step.party % BUYERS.length];
        const key = step.kind === 'payout' ? `SELLER/${party}/${currency}/AVAILABLE` : `BUYER/${party}/${currency}/REFUNDS_PAYABLE`;
        const held = this.model.balances()[key] ?? 0;
        const amountMinor = Math.max(1, step.aim === 'exact' ? held : step.aim === 'over' ? held + 1 : step.amount);
        return this.push(
          step.kind === 'payout'
            ? { ...this.cause('payout'), type: 'PAYOUT_MADE', currency, payoutId: `PO-${n}`, sellerCompanyId: party, amountMinor }
            : {
                ...this.cause('refund-paid'),
                type: 'REFUND_PAID_OUT',
                currency,
                refundPayoutId: `RP-${n}`,
                buyerCompanyId: party,
                amountMinor,
              },
        );
      }
      case 'redeliver':
        return this.operations.length === 0 ? null : this.push(this.operations[step.pick % this.operations.length]);
    }
  }

  private push(operation: LedgerOperation): LedgerOperation {
    this.operations.push(operation);
    return operation;
  }
}

const replay = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH };

describe('the ledger against the independent model (property)', () => {
  it('after every step: entries balance, the trial balance is zero, redeliveries post nothing, every balance is the model’s', () => {
    let refusals = 0;
    let stepsRun = 0;
    let duplicates = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 80, size: 'max' }), (steps) => {
        const model = new LedgerModel();
        const harness = new SettlementsHarness();
        const scenario = new Scenario(model);
        for (const step of steps) {
          const operation = scenario.next(step);
          if (operation === null) continue;
          stepsRun += 1;
          const posted = harness.journal.length;
          const outcome = harness.apply(operation);
          const expected = model.apply(operation);
          if (outcome !== expected) expect([operation.eventId, outcome]).toEqual([operation.eventId, expected]);
          if (outcome === 'REFUSED') refusals += 1;
          if (outcome === 'DUPLICATE') duplicates += 1;
          for (const entry of harness.journal.slice(posted)) assertBalanced(entry);
          if (harness.posted.size !== harness.journal.length) expect(harness.posted.size).toBe(harness.journal.length);
          for (const currency of trialBalance(harness.balances)) {
            if (currency.netMinor !== 0) expect([currency.currency, currency.netMinor]).toEqual([currency.currency, 0]);
          }
          // Both sides are key-sorted: compare as text, and let expect print the difference when they differ.
          const actual = ledgerPartyBalances(harness.balances);
          const modelled = model.balances();
          if (JSON.stringify(actual) !== JSON.stringify(modelled)) expect(actual).toEqual(modelled);
          for (const buyer of BUYERS) {
            for (const currency of CURRENCIES) {
              const owed = outstandingMinor(harness.invoices, buyer, currency);
              if (owed !== model.owedOnInvoicesOf(buyer, currency))
                expect([buyer, currency, owed]).toEqual([buyer, currency, model.owedOnInvoicesOf(buyer, currency)]);
            }
          }
        }
      }),
      { numRuns: 150, ...replay },
    );
    // The sequences reach the cases that matter, or the property proves less than it says.
    expect(refusals).toBeGreaterThan(200);
    expect(duplicates).toBeGreaterThan(200);
    expect(stepsRun).toBeGreaterThan(3_000);
  });
});

describe('LedgerModel', () => {
  const delivered: LedgerOperation = {
    eventId: 'd',
    occurredAt: '2026-03-02T10:00:00Z',
    type: 'SELLER_ORDER_DELIVERED',
    currency: 'RUB',
    sellerOrderId: 'SO-A',
    buyerCompanyId: 'builder',
    sellerCompanyId: 'steelworks',
    netMinor: 1_000_000,
    loyaltyDiscountMinor: 30_000,
    shippingFeeMinor: 50_000,
    commissionMinor: 70_000,
  };

  it('computes each party’s figures from the operations alone', () => {
    const model = new LedgerModel();
    expect(model.apply(delivered)).toBe('APPLIED');
    expect(
      model.apply({
        eventId: 'p',
        occurredAt: delivered.occurredAt,
        type: 'PAYMENT_RECEIVED',
        currency: 'RUB',
        paymentId: 'P',
        buyerCompanyId: 'builder',
        amountMinor: 1_100_000,
      }),
    ).toBe('APPLIED');
    expect(model.balances()).toEqual({
      'BUYER/builder/RUB/RECEIVABLE': -80_000,
      'PLATFORM/RUB/CASH': 1_100_000,
      'PLATFORM/RUB/COMMISSION_INCOME': 70_000,
      'PLATFORM/RUB/PROMOTIONS': 30_000,
      'SELLER/steelworks/RUB/PENDING/SO-A': 980_000,
    });
    expect(model.owedOnInvoicesOf('builder', 'RUB')).toBe(0);
  });

  it('applies an event once, refuses a payout above the available balance, and lets the refused payout through once it is covered', () => {
    const model = new LedgerModel();
    model.apply(delivered);
    expect(model.apply(delivered)).toBe('DUPLICATE');
    const payout: LedgerOperation = {
      eventId: 'po',
      occurredAt: delivered.occurredAt,
      type: 'PAYOUT_MADE',
      currency: 'RUB',
      payoutId: 'PO',
      sellerCompanyId: 'steelworks',
      amountMinor: 980_000,
    };
    expect(model.apply(payout)).toBe('REFUSED');
    model.apply({ eventId: 'c', occurredAt: delivered.occurredAt, type: 'SELLER_ORDER_COMPLETED', sellerOrderId: 'SO-A' });
    expect(model.apply(payout)).toBe('APPLIED');
    expect(model.balances()['SELLER/steelworks/RUB/AVAILABLE']).toBeUndefined();
  });

  it('reads a ledger into the same shape, so a wrong normal side shows as a difference', () => {
    const balances = applyEntries(
      EMPTY_BALANCES,
      sellerOrderDelivered({ ...delivered, eventId: 'd' } as Parameters<typeof sellerOrderDelivered>[0]),
    );
    const model = new LedgerModel();
    model.apply(delivered);
    expect(ledgerPartyBalances(balances)).toEqual(model.balances());
  });
});
