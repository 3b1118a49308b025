import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carts, purchases, seller orders with their stored figures and status history, and the
 * pricing tables (sellers' terms, the operator's commission and loyalty tables). A seller
 * order's lines are kept as one JSON document beside its totals: they are written and read
 * with the order, and every figure on them is fixed at pricing time.
 */
export class OrdersTables1764662400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cart_line (
        id          uuid PRIMARY KEY,
        company_id  uuid NOT NULL,
        listing_id  uuid NOT NULL,
        seller_company_id uuid NOT NULL,
        currency    char(3) NOT NULL,
        quantity    bigint NOT NULL CHECK (quantity > 0),
        added_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (company_id, listing_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE purchase (
        id                   uuid PRIMARY KEY,
        buyer_company_id     uuid NOT NULL,
        legal_entity_id      uuid NOT NULL,
        placed_by_user_id    uuid NOT NULL,
        currency             char(3) NOT NULL,
        total_minor          bigint NOT NULL,
        approval_status      text CHECK (approval_status IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')),
        approval_decided_by  uuid,
        approval_reason      text,
        approval_decided_at  timestamptz,
        approval_expires_at  timestamptz,
        idempotency_key      text NOT NULL,
        request_hash         text NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        UNIQUE (buyer_company_id, idempotency_key)
      )`);
    await queryRunner.query(`CREATE INDEX purchase_buyer_idx ON purchase (buyer_company_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE seller_order (
        id                      uuid PRIMARY KEY,
        purchase_id             uuid REFERENCES purchase (id),
        origin                  text NOT NULL CHECK (origin IN ('CHECKOUT', 'TRADE')),
        trade_id                uuid UNIQUE,
        buyer_company_id        uuid NOT NULL,
        buyer_legal_entity_id   uuid,
        seller_company_id       uuid NOT NULL,
        currency                char(3) NOT NULL,
        status                  text NOT NULL,
        payment_mode            text NOT NULL CHECK (payment_mode IN ('NET_TERMS', 'PREPAY')),
        payment_term_days       integer,
        paid                    boolean NOT NULL DEFAULT false,
        delivery_region         text NOT NULL,
        delivery_address        text NOT NULL,
        lines                   jsonb NOT NULL,
        gross_minor             bigint NOT NULL,
        seller_discount_minor   bigint NOT NULL,
        net_minor               bigint NOT NULL,
        loyalty_discount_minor  bigint NOT NULL,
        loyalty_rate_bp         integer NOT NULL,
        shipping_fee_minor      bigint NOT NULL,
        regional_fee_minor      bigint NOT NULL,
        free_shipping           boolean NOT NULL,
        commission_minor        bigint NOT NULL,
        buyer_pays_minor        bigint NOT NULL,
        seller_discount_rule    jsonb,
        return_window_days      integer NOT NULL,
        carrier                 text,
        tracking_number         text,
        placed_by_user_id       uuid,
        created_at              timestamptz NOT NULL DEFAULT now(),
        status_changed_at       timestamptz NOT NULL DEFAULT now(),
        shipped_at              timestamptz,
        delivered_at            timestamptz,
        escalated_status        text,
        credit_settled          boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`CREATE INDEX seller_order_buyer_idx ON seller_order (buyer_company_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX seller_order_seller_idx ON seller_order (seller_company_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX seller_order_purchase_idx ON seller_order (purchase_id)`);
    await queryRunner.query(`CREATE INDEX seller_order_status_idx ON seller_order (status, status_changed_at)`);
    await queryRunner.query(`
      CREATE TABLE order_status_step (
        seq              bigserial PRIMARY KEY,
        seller_order_id  uuid NOT NULL REFERENCES seller_order (id),
        from_status      text,
        to_status        text NOT NULL,
        actor_kind       text NOT NULL,
        actor_id         uuid,
        reason           text,
        at               timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX order_status_step_order_idx ON order_status_step (seller_order_id, seq)`);
    await queryRunner.query(`
      CREATE TABLE seller_terms (
        seller_company_id            uuid NOT NULL,
        currency                     char(3) NOT NULL,
        volume_discount              jsonb,
        shipping_fee_by_region       jsonb NOT NULL,
        free_shipping_from_net_minor bigint,
        return_window_days           integer NOT NULL,
        restocking_rate_bp           integer NOT NULL,
        updated_at                   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (seller_company_id, currency)
      )`);
    await queryRunner.query(`
      CREATE TABLE pricing_table (
        name        text PRIMARY KEY,
        value       jsonb NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE buyer_refund (
        id                uuid PRIMARY KEY,
        buyer_company_id  uuid NOT NULL,
        currency          char(3) NOT NULL,
        amount_minor      bigint NOT NULL,
        refunded_at       timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE credit_exposure (
        buyer_company_id  uuid NOT NULL,
        currency          char(3) NOT NULL,
        unpaid_minor      bigint NOT NULL,
        overdue           boolean NOT NULL DEFAULT false,
        as_of             timestamptz NOT NULL,
        PRIMARY KEY (buyer_company_id, currency)
      )`);
    await queryRunner.query(`CREATE INDEX buyer_refund_buyer_idx ON buyer_refund (buyer_company_id, currency, refunded_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE credit_exposure`);
    await queryRunner.query(`DROP TABLE buyer_refund`);
    await queryRunner.query(`DROP TABLE pricing_table`);
    await queryRunner.query(`DROP TABLE seller_terms`);
    await queryRunner.query(`DROP TABLE order_status_step`);
    await queryRunner.query(`DROP TABLE seller_order`);
    await queryRunner.query(`DROP TABLE purchase`);
    await queryRunner.query(`DROP TABLE cart_line`);
  }
}
