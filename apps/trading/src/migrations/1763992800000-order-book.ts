import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The book's orders and trades. The open orders, in sequence order, are the book: at start
 * the service rebuilds every product's book from them exactly as it was.
 */
export class OrderBook1763992800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trading_order (
        id                      uuid PRIMARY KEY,
        side                    text NOT NULL CHECK (side IN ('BID', 'ASK')),
        product_id              uuid NOT NULL,
        currency                char(3) NOT NULL,
        company_id              uuid NOT NULL,
        legal_entity_id         uuid,
        placed_by               uuid NOT NULL,
        listing_id              uuid,
        reservation_id          uuid,
        region                  text,
        accepted_regions        text[] NOT NULL DEFAULT '{}',
        quantity                bigint NOT NULL CHECK (quantity >= 0),
        open_quantity           bigint NOT NULL CHECK (open_quantity >= 0),
        filled_quantity         bigint NOT NULL CHECK (filled_quantity >= 0),
        limit_price_minor       bigint NOT NULL CHECK (limit_price_minor > 0),
        minimum_fill            bigint NOT NULL CHECK (minimum_fill > 0),
        minimum_order_quantity  bigint NOT NULL CHECK (minimum_order_quantity > 0),
        lot_multiple            bigint NOT NULL CHECK (lot_multiple > 0),
        expires_at              timestamptz,
        sequence                bigint NOT NULL UNIQUE,
        status                  text NOT NULL CHECK (status IN ('OPEN', 'FILLED', 'CANCELLED', 'EXPIRED', 'CLOSED')),
        close_reason            text,
        placed_at               timestamptz NOT NULL,
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CHECK ((side = 'ASK') = (listing_id IS NOT NULL AND reservation_id IS NOT NULL AND region IS NOT NULL)),
        CHECK (status = 'OPEN' OR open_quantity = 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX trading_order_open_idx ON trading_order (product_id, currency, side, limit_price_minor) WHERE status = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX trading_order_company_idx ON trading_order (company_id, sequence DESC)`);
    await queryRunner.query(`
      CREATE TABLE trade (
        id                 uuid PRIMARY KEY,
        product_id         uuid NOT NULL,
        currency           char(3) NOT NULL,
        bid_id             uuid NOT NULL REFERENCES trading_order (id),
        ask_id             uuid NOT NULL REFERENCES trading_order (id),
        buyer_company_id   uuid NOT NULL,
        seller_company_id  uuid NOT NULL,
        listing_id         uuid NOT NULL,
        quantity           bigint NOT NULL CHECK (quantity > 0),
        price_minor        bigint NOT NULL CHECK (price_minor > 0),
        amount_minor       bigint NOT NULL CHECK (amount_minor > 0),
        taker_side         text NOT NULL CHECK (taker_side IN ('BID', 'ASK')),
        sequence           bigint NOT NULL UNIQUE,
        matched_at         timestamptz NOT NULL,
        CHECK (amount_minor = quantity * price_minor),
        CHECK (buyer_company_id <> seller_company_id)
      )`);
    await queryRunner.query(`CREATE INDEX trade_buyer_idx ON trade (buyer_company_id, sequence DESC)`);
    await queryRunner.query(`CREATE INDEX trade_seller_idx ON trade (seller_company_id, sequence DESC)`);
    await queryRunner.query(`CREATE INDEX trade_bid_idx ON trade (bid_id)`);
    await queryRunner.query(`CREATE INDEX trade_ask_idx ON trade (ask_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE trade`);
    await queryRunner.query(`DROP TABLE trading_order`);
  }
}
