import { type Envelope } from '@lotbook/contracts';
import { type DataSource, type EntityManager } from 'typeorm';

export type InboxOutcome = 'applied' | 'duplicate';

/**
 * Runs a handler's effect and records the message id in the same transaction. A message
 * already recorded for this consumer group is skipped, so redelivery changes nothing.
 */
export async function handleOnce(
  dataSource: DataSource,
  consumerGroup: string,
  topic: string,
  envelope: Envelope,
  effect: (transaction: EntityManager) => Promise<void>,
): Promise<InboxOutcome> {
  return dataSource.transaction(async (transaction) => {
    const inserted: unknown[] = await transaction.query(
      `INSERT INTO inbox (consumer_group, message_id, topic, message_type) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING message_id`,
      [consumerGroup, envelope.id, topic, envelope.type],
    );
    if (inserted.length === 0) return 'duplicate';
    await effect(transaction);
    return 'applied';
  });
}
