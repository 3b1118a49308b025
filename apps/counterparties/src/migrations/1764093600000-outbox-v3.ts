import { downgradeOutboxToV2, upgradeOutboxToV3 } from '@lotbook/messaging';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Envelopes are kept as their writer's JSON text (outbox version 3). */
export class OutboxV31764093600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await upgradeOutboxToV3(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await downgradeOutboxToV2(queryRunner);
  }
}
