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
    const fresh = await recordInInbox(transaction, consumerGroup, topic, [envelope]);
    if (fresh.size === 0) return 'duplicate';
    await effect(transaction);
    return 'applied';
  });
}

/**
 * Records many messages in the inbox in one statement; returns the ids that were new (the
 * others were handled before, or appear twice in the list). Call it inside the transaction
 * that applies the new ones.
 */
export async function recordInInbox(
  transaction: EntityManager,
  consumerGroup: string,
  topic: string,
  envelopes: ReadonlyArray<Pick<Envelope, 'id' | 'type'>>,
): Promise<Set<string>> {
  if (envelopes.length === 0) return new Set();
  const inserted: Array<{ message_id: string }> = await transaction.query(
    `INSERT INTO inbox (consumer_group, message_id, topic, message_type)
     SELECT $1, x.id, $2, x.type FROM unnest($3::uuid[], $4::text[]) AS x(id, type)
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [consumerGroup, topic, envelopes.map((envelope) => envelope.id), envelopes.map((envelope) => envelope.type)],
  );
  return new Set(inserted.map((row) => row.message_id));
}
