import { createMessagingTablesV1, dropMessagingTablesV1 } from '@lotbook/messaging';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The outbox and inbox tables of the trading schema. */
export class MessagingTables1763895600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTablesV1(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropMessagingTablesV1(queryRunner);
  }
}
