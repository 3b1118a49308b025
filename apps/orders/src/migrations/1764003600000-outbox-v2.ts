import { downgradeOutboxToV1, upgradeOutboxToV2 } from '@lotbook/messaging';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The relay deletes the outbox rows it has published (outbox version 2). */
export class OutboxV21764003600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await upgradeOutboxToV2(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await downgradeOutboxToV1(queryRunner);
  }
}
