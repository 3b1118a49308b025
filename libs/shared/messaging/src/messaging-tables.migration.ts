import { type QueryRunner } from 'typeorm';

/**
 * Version 1 of the outbox and inbox tables. A service's migration calls these; they are
 * never edited once released: a change comes as a new version and a new migration.
 */
export async function createMessagingTablesV1(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE outbox (
      seq           bigserial PRIMARY KEY,
      id            uuid NOT NULL UNIQUE,
      topic         text NOT NULL,
      message_key   text NOT NULL,
      message_type  text NOT NULL,
      envelope      jsonb NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      published_at  timestamptz,
      attempts      integer NOT NULL DEFAULT 0,
      last_error    text
    )`);
  await queryRunner.query(`CREATE INDEX outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL`);
  await queryRunner.query(`
    CREATE TABLE inbox (
      consumer_group  text NOT NULL,
      message_id      uuid NOT NULL,
      topic           text NOT NULL,
      message_type    text NOT NULL,
      handled_at      timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer_group, message_id)
    )`);
}

export async function dropMessagingTablesV1(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE inbox`);
  await queryRunner.query(`DROP TABLE outbox`);
}

/**
 * Version 2 of the outbox: the relay deletes the rows it has published instead of marking them,
 * so the table holds only what waits to be relayed and stops growing with every event. A mark
 * was a second copy of each row and two index entries more; a delete is neither. Rows published
 * under version 1 go; so do `published_at` and its partial index (the primary key on `seq` is
 * the relay's order).
 */
export async function upgradeOutboxToV2(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DELETE FROM outbox WHERE published_at IS NOT NULL`);
  await queryRunner.query(`DROP INDEX outbox_unpublished_idx`);
  await queryRunner.query(`ALTER TABLE outbox DROP COLUMN published_at`);
}

/** Back to version 1: what is left in the outbox had not been published. */
export async function downgradeOutboxToV1(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE outbox ADD COLUMN published_at timestamptz`);
  await queryRunner.query(`CREATE INDEX outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL`);
}

/**
 * Version 3 of the outbox: an envelope is kept as the JSON text its writer made (`json`), no
 * longer taken apart into `jsonb`. Nothing reads inside it but the relay, for a correlation id,
 * and it is sent as it was written. Turning a book commit's envelopes (about 140 KB at 1,000
 * orders/s) into `jsonb` took more time than the rest of the insert (a few milliseconds a
 * commit); `json` only checks the text.
 */
export async function upgradeOutboxToV3(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE outbox ALTER COLUMN envelope TYPE json USING envelope::json`);
}

/** Back to version 2. */
export async function downgradeOutboxToV2(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE outbox ALTER COLUMN envelope TYPE jsonb USING envelope::jsonb`);
}

/**
 * Inbox version 2: an index for pruning rows past their retention (`InboxPruner`). A BRIN
 * index: rows come in the order of `handled_at`, and it costs next to nothing per insert.
 */
export async function addInboxRetentionIndex(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE INDEX inbox_handled_at_idx ON inbox USING brin (handled_at)`);
}

/** Back to inbox version 1. */
export async function dropInboxRetentionIndex(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP INDEX inbox_handled_at_idx`);
}
