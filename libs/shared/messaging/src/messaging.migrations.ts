import { type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  addInboxRetentionIndex,
  createMessagingTablesV1,
  downgradeOutboxToV1,
  downgradeOutboxToV2,
  dropInboxRetentionIndex,
  dropMessagingTablesV1,
  upgradeOutboxToV2,
  upgradeOutboxToV3,
} from './messaging-tables.migration';

// TypeORM records an applied migration by its class name (the timestamp is its last 13
// digits) in the schema's `migrations` table. Every service's database has applied these under
// exactly these names, from the copies each app kept before this list: renaming one would run it
// again on every existing database.

/** The outbox and inbox tables. */
export class MessagingTables1763895600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTablesV1(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropMessagingTablesV1(queryRunner);
  }
}

/** The relay deletes the outbox rows it has published (outbox version 2). */
export class OutboxV21764003600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await upgradeOutboxToV2(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await downgradeOutboxToV1(queryRunner);
  }
}

/** Envelopes are kept as their writer's JSON text (outbox version 3). */
export class OutboxV31764093600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await upgradeOutboxToV3(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await downgradeOutboxToV2(queryRunner);
  }
}

/** Inbox rows past their retention are pruned; this indexes them by when they were handled. */
export class InboxRetention1764097200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await addInboxRetentionIndex(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInboxRetentionIndex(queryRunner);
  }
}

/**
 * The messaging tables' migrations, oldest first, for a service to spread into its own list
 * (`[...messagingMigrations, ...its own]`): TypeORM runs a schema's migrations in timestamp order,
 * whatever their order in the list. A new version of these tables is a new class appended here.
 */
export const messagingMigrations = [
  MessagingTables1763895600000,
  OutboxV21764003600000,
  OutboxV31764093600000,
  InboxRetention1764097200000,
] as const;
