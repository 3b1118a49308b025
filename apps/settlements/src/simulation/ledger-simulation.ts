import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  lotbookTopics,
  PaymentMode,
  SellerOrderOrigin,
  sellerOrderStateChanged,
  SellerOrderStatus,
  type Actor,
  type Envelope,
  type ExposureChangedPayload,
  type SellerOrderRecord,
  type SellerOrderStateChangedPayload,
} from '@lotbook/contracts';
import { recordInInbox } from '@lotbook/messaging';
import {
  creditExposure,
  type Invoice,
  LedgerModel,
  ledgerPartyBalances,
  type LedgerOperation,
  type ModelOutcome,
  type PartyBalances,
} from '@lotbook/settlements-domain';
import type { EntityManager } from 'typeorm';
import { SettlementsError } from '../settlements.exception';
import type { ReturnRefund } from '../services/return-settlement.service';
import type { SettlementsHarness } from './settlements-harness';

// A seeded simulation in the spirit of TigerBeetle's VOPR: random sequences of deliveries,
// completions, returns, payments, refund payouts, seller payouts, redeliveries and replays of
// events, run through the settlements service's own posting code against PostgreSQL. After
// every step it checks that every entry balances, the trial balance is zero per currency,
// the kept balances are the sums of the postings, no event is posted twice, invoices and
// payouts agree with the ledger, and every party's balance is what the domain's independent
// LedgerModel computes from the same sequence. The same seed gives the same run.

/** mulberry32: a small deterministic PRNG. */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A UUID made of the generator's numbers, so ids repeat with the seed. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

interface SimOrder {
  readonly record: SellerOrderRecord;
  delivered: boolean;
  completed: boolean;
}

/** What a run did, for the report. */
export interface SimulationReport {
  readonly seed: number;
  readonly steps: number;
  readonly operations: Record<string, number>;
  readonly outcomes: Record<ModelOutcome, number>;
  readonly entries: number;
  readonly refusals: number;
}

const OPERATOR: Actor = { kind: 'OPERATOR', id: '00000000-0000-4000-8000-00000000000f', companyId: null, roles: [] };
const CONSUMER_GROUP = 'settlements.events';

/** One run of the simulation on a harness (a fresh database each run). */
export class LedgerSimulation {
  private readonly random: SeededRandom;
  private readonly model = new LedgerModel();
  private readonly buyers: string[];
  private readonly sellers: string[];
  private readonly orders: SimOrder[] = [];
  /** Every order event applied so far, for redeliveries and replays. */
  private readonly sent: Array<Envelope<SellerOrderStateChangedPayload>> = [];
  private readonly sentReturns: Array<{ refund: ReturnRefund; operation: LedgerOperation }> = [];
  private readonly sentPayments: Array<{ key: string; operation: LedgerOperation & { type: 'PAYMENT_RECEIVED' } }> = [];
  private readonly operations: Record<string, number> = {};
  private readonly outcomes: Record<ModelOutcome, number> = { APPLIED: 0, DUPLICATE: 0, REFUSED: 0 };
  private expectedEntries = 0;
  private refusals = 0;
  /** The simulated clock for payout dates: always ahead of the wall clock, moved on a payout period at a time. */
  private clock = Date.now() + 8 * 86_400_000;
  private step = 0;

  constructor(
    private readonly harness: SettlementsHarness,
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
    this.buyers = Array.from({ length: 3 }, () => this.random.uuid());
    this.sellers = Array.from({ length: 3 }, () => this.random.uuid());
  }

  async run(steps: number): Promise<SimulationReport> {
    for (this.step = 1; this.step <= steps; this.step++) {
      const operation = this.chooseOperation();
      this.operations[operation] = (this.operations[operation] ?? 0) + 1;
      try {
        await this.perform(operation);
        await this.check();
      } catch (error) {
        throw new Error(
          `ledger simulation failed at step ${this.step} (${operation}) with seed ${this.random.seed}; replay with SETTLEMENTS_SIM_SEED=${this.random.seed}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    const [{ count }]: Array<{ count: number }> = await this.harness.dataSource.query(`SELECT count(*)::int AS count FROM journal_entry`);
    return {
      seed: this.random.seed,
      steps,
      operations: this.operations,
      outcomes: this.outcomes,
      entries: count,
      refusals: this.refusals,
    };
  }

  private chooseOperation(): string {
    const delivered = this.orders.filter((order) => order.delivered);
    const weighted: Array<[string, number]> = [
      ['deliver', 6],
      ['batch', 2],
      ['complete', delivered.some((order) => !order.completed) ? 4 : 0],
      ['return', delivered.length > 0 ? 3 : 0],
      ['pay', delivered.length > 0 ? 3 : 0],
      ['refund-payout', 1],
      ['seller-payout', 2],
      ['overdue', 1],
      ['redeliver', this.sent.length > 0 ? 3 : 0],
      ['replay', this.sent.length > 2 ? 1 : 0],
      ['retry-return', this.sentReturns.length > 0 ? 1 : 0],
      ['retry-payment', this.sentPayments.length > 0 ? 1 : 0],
    ];
    const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.random.next() * total;
    for (const [name, weight] of weighted) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'deliver';
  }

  private async perform(operation: string): Promise<void> {
    switch (operation) {
      case 'deliver': {
        const order = this.newOrder();
        const events = [
          this.event(order, null, SellerOrderStatus.CONFIRMED),
          this.event(order, SellerOrderStatus.SHIPPED, SellerOrderStatus.DELIVERED),
        ];
        await this.applyOrderEvents(events);
        return;
      }
      case 'batch': {
        const events: Array<Envelope<SellerOrderStateChangedPayload>> = [];
        for (let index = this.random.int(1, 4); index > 0; index--)
          events.push(this.event(this.newOrder(), SellerOrderStatus.SHIPPED, SellerOrderStatus.DELIVERED));
        const open = this.orders.filter((order) => order.delivered && !order.completed);
        for (let index = Math.min(open.length, this.random.int(0, 3)); index > 0; index--) {
          const order = this.random.pick(open);
          if (!events.some((event) => event.payload.order.id === order.record.id && event.payload.to === SellerOrderStatus.COMPLETED)) {
            events.push(this.event(order, SellerOrderStatus.DELIVERED, SellerOrderStatus.COMPLETED));
          }
        }
        // A copy of one of them in the same batch, as a fetch may bring a redelivery beside the original.
        events.push(this.random.pick(events));
        await this.applyOrderEvents(events);
        return;
      }
      case 'complete': {
        const order = this.random.pick(this.orders.filter((candidate) => candidate.delivered && !candidate.completed));
        await this.applyOrderEvents([this.event(order, SellerOrderStatus.DELIVERED, SellerOrderStatus.COMPLETED)]);
        return;
      }
      case 'return':
        return this.returnSome();
      case 'retry-return': {
        const { refund, operation: original } = this.random.pick(this.sentReturns);
        await this.inTransaction((transaction) => this.harness.returns.refund(transaction, refund));
        this.expect(this.model.apply(original), 'DUPLICATE');
        return;
      }
      case 'pay':
        return this.pay();
      case 'retry-payment': {
        const { key, operation: original } = this.random.pick(this.sentPayments);
        await this.harness.payments.record(
          OPERATOR,
          { buyerCompanyId: original.buyerCompanyId, currency: original.currency, amountMinor: original.amountMinor, allocations: [] },
          key,
        );
        this.expect(this.model.apply(original), 'DUPLICATE');
        return;
      }
      case 'refund-payout':
        return this.payOutRefund();
      case 'seller-payout':
        return this.payOutSellers();
      case 'overdue':
        // Far in the future: every invoice on terms still unpaid falls overdue; no money moves.
        await this.harness.sweeper.markOverdue(new Date(this.clock + 3_650 * 86_400_000));
        return;
      case 'redeliver': {
        const event = this.random.pick(this.sent);
        await this.applyOrderEvents([event], { redelivery: true });
        return;
      }
      case 'replay': {
        const from = this.random.int(0, this.sent.length - 2);
        await this.applyOrderEvents(this.sent.slice(from, from + this.random.int(2, 6)), { redelivery: true });
        return;
      }
    }
  }

  private newOrder(): SimOrder {
    const currency = this.random.chance(0.2) ? 'EUR' : 'RUB';
    const netMinor = this.random.int(1, 5_000_000);
    const loyaltyDiscountMinor = this.random.int(0, Math.floor(netMinor / 10));
    const commissionMinor = this.random.int(0, Math.floor(netMinor / 7));
    const shippingFeeMinor = this.random.chance(0.3) ? 0 : this.random.int(1, 500_000);
    const now = new Date().toISOString();
    const record: SellerOrderRecord = {
      id: this.random.uuid(),
      purchaseId: this.random.uuid(),
      origin: SellerOrderOrigin.CHECKOUT,
      tradeId: null,
      buyerCompanyId: this.random.pick(this.buyers),
      buyerLegalEntityId: null,
      sellerCompanyId: this.random.pick(this.sellers),
      currency,
      status: SellerOrderStatus.CONFIRMED,
      paymentMode: PaymentMode.NET_TERMS,
      paymentTermDays: this.random.int(0, 60),
      paid: false,
      deliveryRegion: 'Moscow',
      deliveryAddress: '5 Lenina St, Moscow',
      lines: [],
      grossMinor: netMinor,
      sellerDiscountMinor: 0,
      netMinor,
      loyaltyDiscountMinor,
      loyaltyRateBp: 0,
      shippingFeeMinor,
      regionalFeeMinor: shippingFeeMinor,
      freeShipping: shippingFeeMinor === 0,
      commissionMinor,
      buyerPaysMinor: netMinor - loyaltyDiscountMinor + shippingFeeMinor,
      sellerDiscountRule: null,
      returnWindowDays: 30,
      carrier: null,
      trackingNumber: null,
      placedByUserId: null,
      createdAt: now,
      statusChangedAt: now,
      shippedAt: null,
      deliveredAt: null,
      history: [],
    };
    const order: SimOrder = { record, delivered: false, completed: false };
    this.orders.push(order);
    return order;
  }

  private event(order: SimOrder, from: SellerOrderStatus | null, to: SellerOrderStatus): Envelope<SellerOrderStateChangedPayload> {
    const now = new Date();
    const record: SellerOrderRecord = {
      ...order.record,
      status: to,
      statusChangedAt: now.toISOString(),
      deliveredAt:
        to === SellerOrderStatus.DELIVERED || to === SellerOrderStatus.COMPLETED ? (order.record.deliveredAt ?? now.toISOString()) : null,
    };
    const envelope = createEnvelope({
      id: this.random.uuid(),
      type: sellerOrderStateChanged.messageType,
      version: sellerOrderStateChanged.version,
      producer: 'orders',
      key: record.id,
      occurredAt: now,
      payload: { from, to, order: record, actorKind: 'SYSTEM' as const, actorId: null, reason: null },
    });
    // What orders publishes is valid against the contract: so is what the simulation sends.
    return lotbookTopics.validate(sellerOrderStateChanged, envelope);
  }

  /** The model's operation for an order event, or null when the step moves no money. */
  private operationOf(event: Envelope<SellerOrderStateChangedPayload>): LedgerOperation | null {
    const { order, to } = event.payload;
    if (to === SellerOrderStatus.DELIVERED) {
      return {
        type: 'SELLER_ORDER_DELIVERED',
        eventId: event.id,
        occurredAt: event.occurredAt,
        currency: order.currency,
        sellerOrderId: order.id,
        buyerCompanyId: order.buyerCompanyId,
        sellerCompanyId: order.sellerCompanyId,
        netMinor: order.netMinor,
        loyaltyDiscountMinor: order.loyaltyDiscountMinor,
        shippingFeeMinor: order.shippingFeeMinor,
        commissionMinor: order.commissionMinor,
      };
    }
    if (to === SellerOrderStatus.COMPLETED)
      return { type: 'SELLER_ORDER_COMPLETED', eventId: event.id, occurredAt: event.occurredAt, sellerOrderId: order.id };
    return null;
  }

  /**
   * Applies order events as one fetched batch, through the inbox as the consumer does, or
   * (half the redeliveries) straight to the posting code, as if the inbox had forgotten them:
   * the ledger's own keys must then hold.
   */
  private async applyOrderEvents(
    events: Array<Envelope<SellerOrderStateChangedPayload>>,
    options: { redelivery?: boolean } = {},
  ): Promise<void> {
    const throughInbox = !options.redelivery || this.random.chance(0.5);
    await this.inTransaction(async (transaction) => {
      let toApply = events;
      if (throughInbox) {
        const fresh = await recordInInbox(transaction, CONSUMER_GROUP, sellerOrderStateChanged.name, events);
        toApply = events.filter((event) => fresh.delete(event.id));
      }
      await this.harness.orders.apply(transaction, toApply);
    });
    for (const event of events) {
      const operation = this.operationOf(event);
      if (!this.sent.some((earlier) => earlier.id === event.id)) this.sent.push(event);
      const order = this.orders.find((candidate) => candidate.record.id === event.payload.order.id) as SimOrder;
      if (event.payload.to === SellerOrderStatus.DELIVERED) order.delivered = true;
      if (event.payload.to === SellerOrderStatus.COMPLETED) order.completed = true;
      if (operation) this.applyToModel(operation);
    }
  }

  /** Applies an operation to the model; an APPLIED one that moved money must have made one entry. */
  private applyToModel(operation: LedgerOperation): ModelOutcome {
    const before = JSON.stringify(this.model.balances());
    const outcome = this.model.apply(operation);
    this.outcomes[outcome] += 1;
    if (outcome === 'APPLIED' && JSON.stringify(this.model.balances()) !== before) this.expectedEntries += 1;
    return outcome;
  }

  private expect(outcome: ModelOutcome, expected: ModelOutcome): void {
    this.outcomes[outcome] += 1;
    if (outcome !== expected) throw new Error(`the model said ${outcome} where ${expected} was expected`);
  }

  private async returnSome(): Promise<void> {
    const order = this.random.pick(this.orders.filter((candidate) => candidate.delivered));
    const { record } = order;
    const refundMinor = this.random.int(0, record.buyerPaysMinor);
    const returnLabelMinor = this.random.chance(0.4) ? 0 : this.random.int(1, 40_000);
    // The seller's part: usually about the refund; sometimes negative (a restocking fee above what it gives back).
    const sellerPaysMinor = this.random.chance(0.15) ? -this.random.int(1, 5_000) : this.random.int(0, refundMinor + returnLabelMinor);
    const labelBorneBySellerMinor = this.random.int(0, Math.min(returnLabelMinor, Math.max(0, sellerPaysMinor)));
    const platformPaysMinor = refundMinor + returnLabelMinor - sellerPaysMinor;
    if (refundMinor === 0 && returnLabelMinor === 0 && sellerPaysMinor === 0) return;
    const refund: ReturnRefund = {
      eventId: this.random.uuid(),
      occurredAt: new Date().toISOString(),
      returnId: this.random.uuid(),
      sellerOrderId: record.id,
      buyerCompanyId: record.buyerCompanyId,
      sellerCompanyId: record.sellerCompanyId,
      currency: record.currency,
      refundMinor,
      sellerPaysMinor,
      platformPaysMinor,
      returnLabelMinor,
      labelBorneBySellerMinor,
    };
    await this.inTransaction((transaction) => this.harness.returns.refund(transaction, refund));
    const operation: LedgerOperation = {
      type: 'RETURN_REFUNDED',
      eventId: refund.eventId,
      occurredAt: refund.occurredAt,
      currency: refund.currency,
      returnId: refund.returnId,
      buyerCompanyId: refund.buyerCompanyId,
      refundMinor,
      sellers: [
        {
          sellerCompanyId: refund.sellerCompanyId,
          sellerOrderId: refund.sellerOrderId,
          paysMinor: sellerPaysMinor,
          labelsMinor: labelBorneBySellerMinor,
        },
      ],
      platformPaysMinor,
      labelsMinor: returnLabelMinor,
    };
    this.sentReturns.push({ refund, operation });
    this.applyToModel(operation);
  }

  private async pay(): Promise<void> {
    const order = this.random.pick(this.orders.filter((candidate) => candidate.delivered));
    const { buyerCompanyId, currency } = order.record;
    const owed = this.model.owedOnInvoicesOf(buyerCompanyId, currency);
    // Mostly part of what is owed, sometimes all of it, sometimes more (the rest is credit).
    const amountMinor = this.random.chance(0.2)
      ? owed + this.random.int(1, 100_000)
      : this.random.chance(0.3)
        ? Math.max(1, owed)
        : this.random.int(1, Math.max(1, owed));
    const key = this.random.uuid();
    const { payment } = await this.harness.payments.record(OPERATOR, { buyerCompanyId, currency, amountMinor, allocations: [] }, key);
    const operation = {
      type: 'PAYMENT_RECEIVED' as const,
      eventId: payment.id,
      occurredAt: payment.receivedAt,
      currency,
      paymentId: payment.id,
      buyerCompanyId,
      amountMinor,
    };
    this.sentPayments.push({ key, operation });
    this.applyToModel(operation);
  }

  private async payOutRefund(): Promise<void> {
    const balances = this.model.balances();
    const payable = Object.entries(balances).filter(([key, amount]) => key.endsWith('/REFUNDS_PAYABLE') && amount > 0);
    const [key, owed] = payable.length > 0 ? this.random.pick(payable) : [`BUYER/${this.random.pick(this.buyers)}/RUB/REFUNDS_PAYABLE`, 0];
    const [, buyerCompanyId, currency] = key.split('/');
    // Sometimes more than is payable: refused, nothing changes.
    const amountMinor = this.random.chance(0.25) ? owed + this.random.int(1, 1_000) : this.random.int(1, Math.max(1, owed));
    const idempotencyKey = this.random.uuid();
    const operation: LedgerOperation = {
      type: 'REFUND_PAID_OUT',
      eventId: 'unknown-until-posted',
      occurredAt: new Date().toISOString(),
      currency,
      refundPayoutId: 'unknown-until-posted',
      buyerCompanyId,
      amountMinor,
    };
    try {
      const payout = await this.harness.refunds.payOut(OPERATOR, { buyerCompanyId, currency, amountMinor }, idempotencyKey);
      this.expect(this.applyToModelCounted({ ...operation, eventId: payout.id, refundPayoutId: payout.id }), 'APPLIED');
    } catch (error) {
      if (!(error instanceof SettlementsError) || error.code !== 'INSUFFICIENT_BALANCE') throw error;
      this.refusals += 1;
      this.expect(this.model.apply({ ...operation, eventId: randomUUID() }), 'REFUSED');
    }
  }

  /** Applies to the model and counts the expected entry, but leaves the outcome tally to `expect`. */
  private applyToModelCounted(operation: LedgerOperation): ModelOutcome {
    const before = JSON.stringify(this.model.balances());
    const outcome = this.model.apply(operation);
    if (outcome === 'APPLIED' && JSON.stringify(this.model.balances()) !== before) this.expectedEntries += 1;
    return outcome;
  }

  private async payOutSellers(): Promise<void> {
    this.clock += 8 * 86_400_000;
    await this.harness.payouts.closeDue(new Date(this.clock));
    const due: Array<{ id: string; seller_company_id: string; currency: string; amount_minor: string }> =
      await this.harness.dataSource.query(
        `SELECT id, seller_company_id, currency, amount_minor::text FROM payout WHERE status = 'DUE' ORDER BY number`,
      );
    for (const payout of due) {
      if (!this.random.chance(0.7)) continue;
      const operation: LedgerOperation = {
        type: 'PAYOUT_MADE',
        eventId: payout.id,
        occurredAt: new Date().toISOString(),
        currency: payout.currency,
        payoutId: payout.id,
        sellerCompanyId: payout.seller_company_id,
        amountMinor: Number(payout.amount_minor),
      };
      try {
        await this.harness.payouts.markPaid(OPERATOR, payout.id, undefined);
        this.expect(this.applyToModelCounted(operation), 'APPLIED');
        // Marked paid again (a retried click): refused, nothing posted twice.
        if (this.random.chance(0.3)) {
          await this.harness.payouts.markPaid(OPERATOR, payout.id, undefined).then(
            () => {
              throw new Error(`payout ${payout.id} was paid twice`);
            },
            (error: unknown) => {
              if (!(error instanceof SettlementsError) || error.code !== 'PAYOUT_NOT_DUE') throw error;
            },
          );
          this.expect(this.model.apply(operation), 'DUPLICATE');
        }
      } catch (error) {
        if (!(error instanceof SettlementsError) || error.code !== 'INSUFFICIENT_BALANCE') throw error;
        this.refusals += 1;
        this.expect(this.model.apply({ ...operation, eventId: randomUUID() }), 'REFUSED');
      }
    }
  }

  private async inTransaction(work: (transaction: EntityManager) => Promise<void>): Promise<void> {
    await this.harness.dataSource.transaction(work);
  }

  /** The last exposure published for each buyer and currency is what the domain's `creditExposure` makes of its invoices now. */
  private async checkExposure(): Promise<void> {
    const db = this.harness.dataSource;
    const published: Array<{ envelope: string }> = await db.query(
      `SELECT DISTINCT ON (message_key, envelope -> 'payload' ->> 'currency') envelope::text AS envelope FROM outbox
        WHERE topic = 'settlements.exposure.changed' ORDER BY message_key, envelope -> 'payload' ->> 'currency', seq DESC`,
    );
    const latest = new Map<string, ExposureChangedPayload>();
    for (const row of published) {
      const payload = (JSON.parse(row.envelope) as Envelope<ExposureChangedPayload>).payload;
      latest.set(`${payload.buyerCompanyId}/${payload.currency}`, payload);
    }
    const rows: Array<Record<string, string>> = await db.query(
      `SELECT id, number, seller_order_id, buyer_company_id, seller_company_id, currency, terms, amount_minor::text, paid_minor::text, credited_minor::text,
              status, issued_at::text, due_at::text FROM invoice WHERE status <> 'VOID'`,
    );
    const invoices: Invoice[] = rows.map((row) => ({
      id: row.id,
      number: row.number,
      sellerOrderId: row.seller_order_id,
      buyerCompanyId: row.buyer_company_id,
      sellerCompanyId: row.seller_company_id,
      currency: row.currency,
      terms: row.terms as Invoice['terms'],
      amountMinor: Number(row.amount_minor),
      paidMinor: Number(row.paid_minor),
      creditedMinor: Number(row.credited_minor),
      status: row.status as Invoice['status'],
      issuedAt: new Date(row.issued_at).toISOString(),
      dueAt: new Date(row.due_at).toISOString(),
    }));
    for (const [key, payload] of latest) {
      const expected = creditExposure(invoices, payload.buyerCompanyId, payload.currency);
      const overdue = invoices.some(
        (invoice) =>
          invoice.buyerCompanyId === payload.buyerCompanyId && invoice.currency === payload.currency && invoice.status === 'OVERDUE',
      );
      if (
        payload.unpaidMinor !== expected.exposureMinor ||
        JSON.stringify(payload.invoicedOrderIds) !== JSON.stringify(expected.sellerOrderIds) ||
        payload.overdue !== overdue
      ) {
        throw new Error(
          `the last exposure published for ${key} is ${JSON.stringify(payload)}; the invoices make ${JSON.stringify({ ...expected, overdue })}`,
        );
      }
    }
  }

  /** Every invariant, after every step. */
  private async check(): Promise<void> {
    const db = this.harness.dataSource;
    const unbalanced: Array<{ id: string }> = await db.query(
      `SELECT e.id FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id GROUP BY e.id, e.currency
       HAVING count(p.entry_id) = 0 OR sum(coalesce(p.debit_minor, 0)) <> sum(coalesce(p.credit_minor, 0))
           OR bool_or(split_part(p.account_key, '/', 2) <> e.currency)`,
    );
    if (unbalanced.length > 0)
      throw new Error(`entries that do not balance in one currency: ${unbalanced.map((row) => row.id).join(', ')}`);

    for (const balance of await this.harness.queries.trialBalanceOf(db)) {
      if (balance.netMinor !== 0) throw new Error(`the ${balance.currency} trial balance is ${balance.netMinor}, not zero`);
    }
    const drift: unknown[] = await db.query(
      `SELECT a.key FROM account a LEFT JOIN (SELECT account_key, sum(coalesce(debit_minor, 0)) AS d, sum(coalesce(credit_minor, 0)) AS c FROM posting GROUP BY account_key) p
           ON p.account_key = a.key
        WHERE a.debits_minor <> coalesce(p.d, 0) OR a.credits_minor <> coalesce(p.c, 0)
       UNION ALL
       SELECT t.kind FROM account_kind_total t LEFT JOIN (SELECT currency, kind, count(*) AS n, sum(debits_minor) AS d, sum(credits_minor) AS c FROM account GROUP BY 1, 2) a
           USING (currency, kind)
        WHERE t.accounts <> coalesce(a.n, 0) OR t.debits_minor <> coalesce(a.d, 0) OR t.credits_minor <> coalesce(a.c, 0)`,
    );
    if (drift.length > 0) throw new Error(`kept balances differ from the postings: ${JSON.stringify(drift)}`);

    const twice: unknown[] = await db.query(`SELECT event_id FROM journal_entry GROUP BY event_id HAVING count(*) > 1`);
    if (twice.length > 0) throw new Error(`events posted twice: ${JSON.stringify(twice)}`);
    const [{ count }]: Array<{ count: number }> = await db.query(`SELECT count(*)::int AS count FROM journal_entry`);
    if (count !== this.expectedEntries) throw new Error(`${count} entries where the model's sequence makes ${this.expectedEntries}`);

    const ledger = ledgerPartyBalances(await this.harness.ledger.allBalances(db));
    const model = this.model.balances();
    if (JSON.stringify(ledger) !== JSON.stringify(model))
      throw new Error(`party balances differ from the model:\n${difference(ledger, model)}`);

    // The invoices say what the model says is owed on them; open payouts add up to what is available.
    const owed: Array<{ buyer_company_id: string; currency: string; outstanding: string }> = await db.query(
      `SELECT buyer_company_id, currency, sum(amount_minor - paid_minor - credited_minor)::text AS outstanding FROM invoice WHERE status <> 'VOID' GROUP BY 1, 2`,
    );
    for (const row of owed) {
      const expected = this.model.owedOnInvoicesOf(row.buyer_company_id, row.currency);
      if (Number(row.outstanding) !== expected)
        throw new Error(`${row.buyer_company_id} owes ${row.outstanding} ${row.currency} on invoices; the model says ${expected}`);
    }
    await this.checkExposure();
    // An invoice falls overdue once, however many sweeps pass it.
    const overdueTwice: unknown[] = await db.query(
      `SELECT envelope -> 'payload' -> 'invoice' ->> 'id' FROM outbox
        WHERE topic = 'settlements.invoice.state-changed' AND envelope -> 'payload' ->> 'to' = 'OVERDUE' GROUP BY 1 HAVING count(*) > 1`,
    );
    if (overdueTwice.length > 0) throw new Error(`invoices overdue twice: ${JSON.stringify(overdueTwice)}`);
    const payouts: Array<{ seller_company_id: string; currency: string; open: string }> = await db.query(
      `SELECT seller_company_id, currency, sum(amount_minor)::text AS open FROM payout WHERE status <> 'PAID' GROUP BY 1, 2`,
    );
    for (const row of payouts) {
      const available = model[`SELLER/${row.seller_company_id}/${row.currency}/AVAILABLE`] ?? 0;
      if (Number(row.open) !== available)
        throw new Error(`${row.seller_company_id}'s open payouts are ${row.open} ${row.currency}; its available balance ${available}`);
    }
  }
}

function difference(ledger: PartyBalances, model: PartyBalances): string {
  const keys = [...new Set([...Object.keys(ledger), ...Object.keys(model)])].sort();
  return keys
    .filter((key) => ledger[key] !== model[key])
    .map((key) => `  ${key}: ledger ${ledger[key] ?? 0}, model ${model[key] ?? 0}`)
    .join('\n');
}
