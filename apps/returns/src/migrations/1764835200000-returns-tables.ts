import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Returns' own tables: its copy of the seller orders it may return from (the figures orders
 * stored, as of delivery), the return requests as filed, one seller return per seller order of
 * a request with its items, its allocation and its status, and every step of each.
 */
export class ReturnsTables1764835200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE seller_order (
        id                  uuid PRIMARY KEY,
        purchase_id         uuid,
        buyer_company_id    uuid NOT NULL,
        seller_company_id   uuid NOT NULL,
        currency            char(3) NOT NULL,
        status              text NOT NULL,
        return_window_days  integer NOT NULL,
        delivered_at        timestamptz,
        figures             jsonb NOT NULL,
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX seller_order_purchase_idx ON seller_order (purchase_id)`);
    await queryRunner.query(`
      CREATE TABLE return_request (
        id                uuid PRIMARY KEY,
        buyer_company_id  uuid NOT NULL,
        purchase_id       uuid,
        seller_order_id   uuid,
        filed_by_user_id  uuid NOT NULL,
        idempotency_key   text NOT NULL,
        request_hash      text NOT NULL,
        quote             jsonb NOT NULL,
        filed_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (buyer_company_id, idempotency_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE seller_return (
        id                          uuid PRIMARY KEY,
        seq                         bigserial NOT NULL UNIQUE,
        request_id                  uuid NOT NULL REFERENCES return_request (id),
        purchase_id                 uuid,
        seller_order_id             uuid NOT NULL REFERENCES seller_order (id),
        buyer_company_id            uuid NOT NULL,
        seller_company_id           uuid NOT NULL,
        currency                    char(3) NOT NULL,
        status                      text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DISPUTED', 'RECEIVED', 'REFUNDED')),
        carrier_claim_accepted      boolean NOT NULL DEFAULT false,
        items                       jsonb NOT NULL,
        allocation                  jsonb NOT NULL,
        allocation_before_decision  jsonb,
        refund_minor                bigint NOT NULL CHECK (refund_minor >= 0),
        seller_pays_minor           bigint NOT NULL,
        platform_pays_minor         bigint NOT NULL,
        return_label_minor          bigint NOT NULL,
        filed_at                    timestamptz NOT NULL DEFAULT clock_timestamp(),
        status_changed_at           timestamptz NOT NULL DEFAULT clock_timestamp(),
        refunded_at                 timestamptz,
        CHECK (seller_pays_minor + platform_pays_minor = refund_minor + return_label_minor)
      )`);
    await queryRunner.query(`CREATE INDEX seller_return_order_idx ON seller_return (seller_order_id, seq)`);
    await queryRunner.query(`CREATE INDEX seller_return_request_idx ON seller_return (request_id, seq)`);
    await queryRunner.query(`CREATE INDEX seller_return_buyer_idx ON seller_return (buyer_company_id, seq DESC)`);
    await queryRunner.query(`CREATE INDEX seller_return_seller_idx ON seller_return (seller_company_id, seq DESC)`);
    await queryRunner.query(`CREATE INDEX seller_return_status_idx ON seller_return (status, seq DESC)`);
    await queryRunner.query(`
      CREATE TABLE return_step (
        seq               bigserial PRIMARY KEY,
        seller_return_id  uuid NOT NULL REFERENCES seller_return (id),
        action            text NOT NULL,
        from_status       text,
        to_status         text NOT NULL,
        actor_kind        text NOT NULL CHECK (actor_kind IN ('USER', 'OPERATOR', 'SYSTEM')),
        actor_id          uuid,
        note              text,
        at                timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX return_step_return_idx ON return_step (seller_return_id, seq)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE return_step`);
    await queryRunner.query(`DROP TABLE seller_return`);
    await queryRunner.query(`DROP TABLE return_request`);
    await queryRunner.query(`DROP TABLE seller_order`);
  }
}
