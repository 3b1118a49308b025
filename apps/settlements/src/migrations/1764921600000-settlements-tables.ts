import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger (accounts with their running totals, journal entries and their postings, totals
 * per account kind), invoices with their payments and credits, payments, refund payouts,
 * seller payouts with their items and terms, and what settlements knows of each seller order.
 *
 * Balances are kept, never summed from entries: an account row holds its debits and credits,
 * updated in the transaction that posts, and `account_kind_total` holds the same per currency
 * and kind, so the trial balance is a handful of rows however many entries there are. Entries
 * and postings are immutable: a trigger refuses UPDATE and DELETE, and a correction is a new
 * entry naming the one it corrects.
 */
export class SettlementsTables1764921600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account (
        key             text COLLATE "C" PRIMARY KEY,
        kind            text NOT NULL,
        currency        char(3) NOT NULL,
        company_id      uuid,
        seller_order_id uuid,
        debits_minor    bigint NOT NULL DEFAULT 0 CHECK (debits_minor >= 0),
        credits_minor   bigint NOT NULL DEFAULT 0 CHECK (credits_minor >= 0),
        opened_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX account_company_idx ON account (company_id, currency) WHERE company_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX account_kind_idx ON account (currency, kind, key)`);
    await queryRunner.query(`
      CREATE TABLE account_kind_total (
        currency      char(3) NOT NULL,
        kind          text NOT NULL,
        accounts      integer NOT NULL DEFAULT 0,
        debits_minor  bigint NOT NULL DEFAULT 0,
        credits_minor bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (currency, kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE journal_entry (
        id                uuid PRIMARY KEY,
        event_id          text NOT NULL,
        cause_type        text NOT NULL,
        cause_id          text NOT NULL,
        currency          char(3) NOT NULL,
        occurred_at       timestamptz NOT NULL,
        corrects_entry_id uuid REFERENCES journal_entry (id),
        posted_at         timestamptz NOT NULL DEFAULT now()
      )`);
    // One entry per cause: a seller order is delivered and completed once, a return refunded once,
    // a payment, a refund payout and a payout posted once, whatever event ids carry them again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX journal_entry_cause_idx ON journal_entry (cause_type, cause_id) WHERE cause_type <> 'ENTRY_REVERSED'`,
    );
    await queryRunner.query(`
      CREATE TABLE posting (
        entry_id     uuid NOT NULL REFERENCES journal_entry (id),
        position     smallint NOT NULL,
        account_key  text COLLATE "C" NOT NULL,
        debit_minor  bigint CHECK (debit_minor > 0),
        credit_minor bigint CHECK (credit_minor > 0),
        memo         text,
        occurred_at  timestamptz NOT NULL,
        PRIMARY KEY (entry_id, position),
        CHECK ((debit_minor IS NULL) <> (credit_minor IS NULL))
      )`);
    // An account's entries newest first, and a seller's (its payables' keys share a prefix).
    await queryRunner.query(`CREATE INDEX posting_account_idx ON posting (account_key, occurred_at)`);
    await queryRunner.query(`
      CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % refused (post a correcting entry instead)', TG_OP, TG_TABLE_NAME;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER posting_append_only BEFORE UPDATE OR DELETE ON posting FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only()`,
    );

    await queryRunner.query(`
      CREATE TABLE seller_order (
        id                    uuid PRIMARY KEY,
        buyer_company_id      uuid NOT NULL,
        seller_company_id     uuid NOT NULL,
        buyer_legal_entity_id uuid,
        currency              char(3) NOT NULL,
        payment_mode          text NOT NULL,
        payment_term_days     integer,
        status                text NOT NULL,
        delivered_at          timestamptz,
        completed_at          timestamptz,
        cancelled_at          timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX seller_order_buyer_idx ON seller_order (buyer_company_id)`);

    await queryRunner.query(`CREATE SEQUENCE invoice_number_seq`);
    await queryRunner.query(`
      CREATE TABLE invoice (
        id                 uuid PRIMARY KEY,
        number             text NOT NULL UNIQUE,
        seller_order_id    uuid NOT NULL UNIQUE,
        buyer_company_id   uuid NOT NULL,
        seller_company_id  uuid NOT NULL,
        currency           char(3) NOT NULL,
        terms              text NOT NULL CHECK (terms IN ('NET_TERMS', 'PREPAYMENT')),
        amount_minor       bigint NOT NULL CHECK (amount_minor > 0),
        paid_minor         bigint NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
        credited_minor     bigint NOT NULL DEFAULT 0 CHECK (credited_minor >= 0),
        status             text NOT NULL CHECK (status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'VOID')),
        issued_at          timestamptz NOT NULL,
        due_at             timestamptz NOT NULL,
        status_changed_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (paid_minor + credited_minor <= amount_minor)
      )`);
    await queryRunner.query(`CREATE INDEX invoice_buyer_idx ON invoice (buyer_company_id, currency)`);
    await queryRunner.query(`CREATE INDEX invoice_seller_idx ON invoice (seller_company_id, issued_at DESC)`);
    await queryRunner.query(`CREATE INDEX invoice_issued_idx ON invoice (issued_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX invoice_open_due_idx ON invoice (due_at) WHERE terms = 'NET_TERMS' AND status IN ('ISSUED', 'PARTIALLY_PAID')`,
    );

    await queryRunner.query(`
      CREATE TABLE payment (
        id                uuid PRIMARY KEY,
        buyer_company_id  uuid NOT NULL,
        currency          char(3) NOT NULL,
        amount_minor      bigint NOT NULL CHECK (amount_minor > 0),
        source            text NOT NULL CHECK (source IN ('MANUAL', 'BANK_STATEMENT')),
        reference         text,
        received_at       timestamptz NOT NULL,
        recorded_by       uuid,
        credit_minor      bigint NOT NULL,
        entry_id          uuid NOT NULL REFERENCES journal_entry (id)
      )`);
    await queryRunner.query(`CREATE INDEX payment_buyer_idx ON payment (buyer_company_id, received_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE payment_allocation (
        payment_id   uuid NOT NULL REFERENCES payment (id),
        invoice_id   uuid NOT NULL REFERENCES invoice (id),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        PRIMARY KEY (payment_id, invoice_id)
      )`);
    await queryRunner.query(`CREATE INDEX payment_allocation_invoice_idx ON payment_allocation (invoice_id)`);
    await queryRunner.query(`
      CREATE TABLE invoice_credit (
        return_id    uuid NOT NULL,
        invoice_id   uuid NOT NULL REFERENCES invoice (id),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        credited_at  timestamptz NOT NULL,
        PRIMARY KEY (return_id, invoice_id)
      )`);
    await queryRunner.query(`CREATE INDEX invoice_credit_invoice_idx ON invoice_credit (invoice_id)`);

    await queryRunner.query(`
      CREATE TABLE refund_payout (
        id                uuid PRIMARY KEY,
        buyer_company_id  uuid NOT NULL,
        currency          char(3) NOT NULL,
        amount_minor      bigint NOT NULL CHECK (amount_minor > 0),
        reference         text,
        paid_at           timestamptz NOT NULL,
        paid_by           uuid NOT NULL,
        entry_id          uuid NOT NULL REFERENCES journal_entry (id)
      )`);

    await queryRunner.query(`
      CREATE TABLE payout_terms (
        seller_company_id uuid PRIMARY KEY,
        period_days       integer NOT NULL CHECK (period_days BETWEEN 1 AND 366),
        set_by            uuid NOT NULL,
        set_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE payout_number_seq`);
    await queryRunner.query(`
      CREATE TABLE payout (
        id                uuid PRIMARY KEY,
        number            text NOT NULL UNIQUE,
        seller_company_id uuid NOT NULL,
        currency          char(3) NOT NULL,
        status            text NOT NULL CHECK (status IN ('SCHEDULED', 'DUE', 'PAID')),
        amount_minor      bigint NOT NULL DEFAULT 0,
        scheduled_for     timestamptz NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        paid_at           timestamptz,
        paid_by           uuid,
        reference         text,
        entry_id          uuid REFERENCES journal_entry (id)
      )`);
    // One open payout per seller and currency collects what is released until its date.
    await queryRunner.query(`CREATE UNIQUE INDEX payout_open_idx ON payout (seller_company_id, currency) WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`CREATE INDEX payout_due_idx ON payout (scheduled_for) WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`CREATE INDEX payout_seller_idx ON payout (seller_company_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE payout_item (
        payout_id       uuid NOT NULL REFERENCES payout (id),
        entry_id        uuid NOT NULL REFERENCES journal_entry (id),
        cause_type      text NOT NULL,
        cause_id        text NOT NULL,
        seller_order_id uuid,
        amount_minor    bigint NOT NULL,
        occurred_at     timestamptz NOT NULL,
        PRIMARY KEY (payout_id, entry_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'payout_item',
      'payout',
      'payout_terms',
      'refund_payout',
      'invoice_credit',
      'payment_allocation',
      'payment',
      'invoice',
      'seller_order',
      'posting',
      'journal_entry',
      'account_kind_total',
      'account',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP SEQUENCE payout_number_seq`);
    await queryRunner.query(`DROP SEQUENCE invoice_number_seq`);
    await queryRunner.query(`DROP FUNCTION ledger_is_append_only()`);
  }
}
