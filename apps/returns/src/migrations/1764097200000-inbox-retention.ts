import { addInboxRetentionIndex, dropInboxRetentionIndex } from '@lotbook/messaging';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Inbox rows past their retention are pruned; this indexes them by when they were handled. */
export class InboxRetention1764097200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await addInboxRetentionIndex(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInboxRetentionIndex(queryRunner);
  }
}
