import { defineEvent, DomainError, type Envelope, TopicRegistry } from '@lotbook/contracts';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { createTestDatabase, type TestDatabase, testKafkaBrokers, uniqueSuffix, waitFor } from '@lotbook/testing';
import { type Admin, type Consumer, type Kafka, type KafkaMessage } from 'kafkajs';
import { type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import { EventConsumer } from './consumer/event-consumer';
import { InboxPruner } from './inbox/inbox-pruner';
import { createKafka } from './kafka/kafka.factory';
import { StartAtEnd } from './kafka/start-at-end';
import { ensureTopics } from './kafka/topic-admin';
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
import { Outbox, outboxBatch } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

class TestTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTablesV1(queryRunner);
    await upgradeOutboxToV2(queryRunner);
    await upgradeOutboxToV3(queryRunner);
    await addInboxRetentionIndex(queryRunner);
    await queryRunner.query(`CREATE TABLE widget (id text PRIMARY KEY, name text NOT NULL)`);
    await queryRunner.query(`CREATE TABLE widget_tally (widget_id text PRIMARY KEY, times_applied integer NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE widget_tally`);
    await queryRunner.query(`DROP TABLE widget`);
    await dropInboxRetentionIndex(queryRunner);
    await downgradeOutboxToV2(queryRunner);
    await downgradeOutboxToV1(queryRunner);
    await dropMessagingTablesV1(queryRunner);
  }
}

const suffix = uniqueSuffix();
const widgetCreated = defineEvent({
  name: `test${suffix}.widget.created`,
  owner: 'test',
  partitions: 2,
  messageType: 'WidgetCreated',
  version: 1,
  description: 'A widget was created (test topic)',
  keyDescription: 'widget id',
  payload: z.object({ widgetId: z.string().min(1), name: z.string().min(1) }),
});
const registry = new TopicRegistry([widgetCreated]);
const dlqTopic = `${widgetCreated.name}.dlq`;

let database: TestDatabase;
let dataSource: DataSource;
let kafka: Kafka;
let admin: Admin;
const outbox = new Outbox(registry, 'test');

async function messageCount(topic: string): Promise<number> {
  // Asked again while a new partition's leader, named in the metadata, does not serve it yet.
  const offsets = await waitFor(`the offsets of ${topic}`, () => admin.fetchTopicOffsets(topic));
  return offsets.reduce((total, partition) => total + Number(partition.high), 0);
}

/** Reads every message currently on a topic, from the beginning, with a throw-away group. */
async function readAll(topic: string): Promise<KafkaMessage[]> {
  const expected = await messageCount(topic);
  const messages: KafkaMessage[] = [];
  if (expected === 0) return messages;
  const consumer = kafka.consumer({ groupId: `reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push(message);
    },
  });
  await waitFor(`${expected} messages on ${topic}`, () => messages.length >= expected);
  await consumer.disconnect();
  return messages;
}

async function createWidget(id: string, name: string): Promise<Envelope> {
  return dataSource.transaction(async (transaction) => {
    await transaction.query(`INSERT INTO widget (id, name) VALUES ($1, $2)`, [id, name]);
    return outbox.enqueue(transaction, widgetCreated, { key: id, payload: { widgetId: id, name } });
  });
}

/** A WidgetCreated envelope as a producer other than the outbox would put it on the topic. */
function widgetEnvelope(key: string, widgetId: string, name: string) {
  return {
    id: crypto.randomUUID(),
    type: 'WidgetCreated',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'test',
    correlationId: key,
    key,
    payload: { widgetId, name },
  };
}

/** Rows still in the outbox: the relay deletes what it has published. */
async function unpublishedCount(): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox`);
  return count;
}

async function relayAll(relay: OutboxRelay): Promise<void> {
  while ((await relay.relayOnce()) > 0) {
    /* keep relaying until the outbox is drained */
  }
}

beforeAll(async () => {
  database = await createTestDatabase('messaging');
  dataSource = createServiceDataSource({
    url: database.url,
    schema: 'messaging_test',
    entities: [],
    migrations: [TestTables1700000000000],
    applicationName: 'messaging-test',
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  kafka = createKafka({ clientId: `messaging-test-${suffix}`, brokers: testKafkaBrokers() });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(kafka, registry.all());
});

afterAll(async () => {
  await admin?.disconnect();
  await dataSource?.destroy();
  await database?.drop();
});

beforeEach(async () => {
  await dataSource.query(`TRUNCATE outbox, inbox, widget, widget_tally`);
});

describe('transactional outbox', () => {
  it('publishes a committed state change exactly once and a rolled-back one never', async () => {
    const before = await messageCount(widgetCreated.name);
    const committed = await createWidget('w-committed', 'Steel coil');
    await expect(
      dataSource.transaction(async (transaction) => {
        await transaction.query(`INSERT INTO widget (id, name) VALUES ('w-rolled-back', 'Copper cable')`);
        await outbox.enqueue(transaction, widgetCreated, {
          key: 'w-rolled-back',
          payload: { widgetId: 'w-rolled-back', name: 'Copper cable' },
        });
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');

    const relay = new OutboxRelay({ dataSource, kafka, name: `test-${suffix}` });
    await relayAll(relay);
    await relayAll(relay); // a second pass finds nothing more to send
    await relay.stop();

    expect(await messageCount(widgetCreated.name)).toBe(before + 1);
    const onTopic = (await readAll(widgetCreated.name)).map((message) => JSON.parse(String(message.value)) as Envelope);
    expect(onTopic.filter((envelope) => envelope.id === committed.id)).toHaveLength(1);
    expect(onTopic.filter((envelope) => envelope.key === 'w-rolled-back')).toHaveLength(0);
    const [{ count: widgets }] = await dataSource.query(`SELECT count(*)::int AS count FROM widget`);
    expect(widgets).toBe(1);
    expect(await unpublishedCount()).toBe(0);
  });

  it('refuses an event outside a transaction, or with a payload that breaks its contract, writing nothing', async () => {
    await expect(
      outbox.enqueue(dataSource.manager, widgetCreated, { key: 'w1', payload: { widgetId: 'w1', name: 'Bolt' } }),
    ).rejects.toThrow(/inside a transaction/);
    await expect(
      dataSource.transaction((transaction) =>
        outbox.enqueue(transaction, widgetCreated, { key: 'w1', payload: { widgetId: '', name: 'Bolt' } }),
      ),
    ).rejects.toThrow(/INVALID_PAYLOAD/);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox`);
    expect(count).toBe(0);
  });

  it('writes a caller’s own rows and their events in one statement, with no transaction around it: all of it or none', async () => {
    const write = (name: string) =>
      outbox.writeWith(
        dataSource,
        [outboxBatch(widgetCreated, [{ key: 'w-single', payload: { widgetId: 'w-single', name } }])],
        [`new_widget AS (INSERT INTO widget (id, name) VALUES ($1, $2))`],
        ['w-single', name],
      );
    const { rows } = await write('Drum of cable');
    expect(rows?.messages.map((message) => message.key)).toEqual(['w-single']);
    expect(await unpublishedCount()).toBe(1);
    // The same widget again: its insert fails, so its event is not written either.
    await expect(write('Another drum')).rejects.toThrow(/duplicate key/);
    expect(await unpublishedCount()).toBe(1);
    expect(await dataSource.query(`SELECT name FROM widget`)).toEqual([{ name: 'Drum of cable' }]);
  });

  it('wakes a running relay when an outbox transaction commits, without waiting for its next look', async () => {
    // The outbox notifies the relay of its own service name; this relay would otherwise look only once a minute.
    const relay = new OutboxRelay({ dataSource, kafka, name: 'test', idleDelayMs: 60_000, listeningIdleDelayMs: 60_000 });
    await createWidget('w-before-start', 'Drum of cable');
    await relay.start();
    try {
      // Its first look publishes what was there; after that it only wakes when told.
      await waitFor('the relay to publish what was there', async () => (await unpublishedCount()) === 0);
      const before = await messageCount(widgetCreated.name);
      await createWidget('w-notified', 'Reel of fibre');
      await waitFor('the event on Kafka', async () => (await messageCount(widgetCreated.name)) === before + 1, { timeoutMs: 15_000 });
      // Its row goes right after the send (the leader does not wait for the delete to send more).
      await waitFor('an empty outbox', async () => (await unpublishedCount()) === 0);
    } finally {
      await relay.stop();
    }
  });

  it('sends the rows its own process hands over as they were written, and reads the table when other rows came between', async () => {
    const relay = new OutboxRelay({
      dataSource,
      kafka,
      name: 'test',
      idleDelayMs: 60_000,
      listeningIdleDelayMs: 60_000,
      fullScanEveryMs: 60_000,
    });
    const widget = (widgetId: string) => ({ key: 'hand-over', payload: { widgetId, name: `Crate ${widgetId}` } });
    // The table's copy of each row is changed before it commits: a message read from the table
    // shows it, a message sent as handed over does not.
    const changeTableCopy = (transaction: EntityManager) =>
      transaction.query(`UPDATE outbox SET envelope = replace(envelope::text, '"Crate ', '"Table copy of crate ')::json`);
    const handOver = async (widgetId: string) => {
      const { rows } = await dataSource.transaction(async (transaction) => {
        const written = await outbox.write(transaction, [outboxBatch(widgetCreated, [widget(widgetId)])]);
        await changeTableCopy(transaction);
        return written;
      });
      expect(rows?.lastSeq).toBe(rows?.firstSeq);
      relay.committed(rows);
    };
    const published = async (count: number) =>
      waitFor(
        `${count} events on Kafka and an empty outbox`,
        async () => (await messageCount(widgetCreated.name)) === count && (await unpublishedCount()) === 0,
        {
          timeoutMs: 10_000,
        },
      );
    await relay.start();
    try {
      const before = await messageCount(widgetCreated.name);
      await handOver('h-first'); // the first rows since it started: it has no last row to follow on from, so it reads them
      await published(before + 1);
      await handOver('h-second'); // follows on from h-first: sent as handed over
      await published(before + 2);
      await dataSource.transaction(async (transaction) => {
        await outbox.enqueue(transaction, widgetCreated, widget('h-between')); // not handed over
        await changeTableCopy(transaction);
      });
      await handOver('h-after');
      await published(before + 4);
      expect((relay as unknown as { leading: boolean }).leading).toBe(true);

      const values = (await readAll(widgetCreated.name))
        .filter((message) => String(message.key) === 'hand-over')
        .map((message) => String(message.value));
      const ids = values.map((value) => (JSON.parse(value) as Envelope<{ widgetId: string }>).payload.widgetId);
      expect(ids).toEqual(['h-first', 'h-second', 'h-between', 'h-after']); // one key, commit order
      // Read from the table, a message is the table's copy; handed over, the writer's own.
      expect(values[0]).toContain('"Table copy of crate h-first"');
      expect(values[1]).toContain('"Crate h-second"');
      expect(values[2]).toContain('"Table copy of crate h-between"');
      // Either way it is the JSON text as written, not PostgreSQL's printing of it.
      expect(values.every((value) => value.includes('"key":"hand-over"'))).toBe(true);
    } finally {
      await relay.stop();
    }
  });

  it('lets one relay of a service lead at a time; when the leader stops, another takes over', async () => {
    const relays = [1, 2].map(
      () => new OutboxRelay({ dataSource, kafka, name: 'test', idleDelayMs: 60_000, listeningIdleDelayMs: 60_000 }),
    );
    const leading = () => relays.map((relay) => (relay as unknown as { leading: boolean }).leading);
    await Promise.all(relays.map((relay) => relay.start()));
    try {
      const before = await messageCount(widgetCreated.name);
      await createWidget('lead-one', 'Pallet A');
      await waitFor('the event on Kafka', async () => (await messageCount(widgetCreated.name)) === before + 1, { timeoutMs: 10_000 });
      expect(leading().filter(Boolean)).toHaveLength(1);
      const leader = leading().indexOf(true);
      // The leader's connection commits its deletes without waiting for the disk; back in the pool, it waits again.
      const connection = (
        relays[leader] as unknown as { listener: { client: { query(text: string): Promise<{ rows: Array<Record<string, string>> }> } } }
      ).listener.client;
      const durability = async () => (await connection.query('SHOW synchronous_commit')).rows[0].synchronous_commit;
      expect(await durability()).toBe('off');
      await relays[leader].stop(); // gives its lock back
      expect(await durability()).toBe('on');
      await createWidget('lead-two', 'Pallet B');
      await waitFor('the event on Kafka', async () => (await messageCount(widgetCreated.name)) === before + 2, { timeoutMs: 10_000 });
      expect(leading()[1 - leader]).toBe(true);
      await waitFor('an empty outbox', async () => (await unpublishedCount()) === 0);
      expect(await messageCount(widgetCreated.name)).toBe(before + 2);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }
  });

  it('keeps relaying when its notification connection is lost: woken by its own process’s commits, it listens again', async () => {
    const relay = new OutboxRelay({ dataSource, kafka, name: 'test', idleDelayMs: 60_000, listeningIdleDelayMs: 60_000 });
    await relay.start();
    const listening = () => (relay as unknown as { listener?: unknown }).listener !== undefined;
    try {
      expect(listening()).toBe(true);
      relay.committed(); // a listening relay hears of commits from PostgreSQL: no extra round
      // Its notification connection: the one that LISTENed, and leads (holds the relay's lock) once it has relayed.
      await dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND (query LIKE 'LISTEN%' OR pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory'))`,
      );
      await waitFor('the relay to notice its connection is gone', () => !listening());

      const before = await messageCount(widgetCreated.name);
      await createWidget('w-unheard', 'Coil of wire');
      relay.committed(); // no notification can reach it: this wakes it
      await waitFor('the event on Kafka', async () => (await messageCount(widgetCreated.name)) === before + 1, { timeoutMs: 10_000 });

      // Its next round after the retry interval LISTENs again, and commits wake it as before.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      relay.committed();
      await waitFor('the relay to listen again', () => listening(), { timeoutMs: 10_000 });
      await createWidget('w-heard', 'Spool of cable');
      await waitFor('the event on Kafka', async () => (await messageCount(widgetCreated.name)) === before + 2, { timeoutMs: 10_000 });
    } finally {
      await relay.stop();
    }
  });

  it('publishes a row whose transaction numbered it before later rows but committed after they were published', async () => {
    const relay = new OutboxRelay({ dataSource, kafka, name: `gap-${suffix}`, scanWindow: 0, fullScanEveryMs: 60_000 });
    const before = await messageCount(widgetCreated.name);
    // The slow transaction takes its outbox number first and commits last.
    let commitSlow: () => void = () => undefined;
    const slowMayCommit = new Promise<void>((resolve) => (commitSlow = resolve));
    let slowNumbered: () => void = () => undefined;
    const numbered = new Promise<void>((resolve) => (slowNumbered = resolve));
    const slow = dataSource.transaction(async (transaction) => {
      await transaction.query(`INSERT INTO widget (id, name) VALUES ('w-slow', 'Late pallet')`);
      await outbox.enqueue(transaction, widgetCreated, { key: 'w-slow', payload: { widgetId: 'w-slow', name: 'Late pallet' } });
      slowNumbered();
      await slowMayCommit;
    });
    await numbered;
    await createWidget('w-fast', 'Early pallet');
    expect(await relay.relayOnce()).toBe(1); // the first round looks from the start: only the committed one
    commitSlow();
    await slow;
    // The window behind the last published row is 0 here, so a round from there cannot see it …
    expect(await relay.relayOnce()).toBe(0);
    // … and the round from the start, which comes every so often, does.
    const fromStart = new OutboxRelay({ dataSource, kafka, name: `gap-${suffix}`, scanWindow: 0, fullScanEveryMs: 0 });
    expect(await fromStart.relayOnce()).toBe(1);
    await Promise.all([relay.stop(), fromStart.stop()]);
    expect(await unpublishedCount()).toBe(0);
    expect(await messageCount(widgetCreated.name)).toBe(before + 2);
  });

  it('upgrades a version 1 outbox: what it had published goes, what was waiting stays for the relay, its envelope kept as JSON text; and back', async () => {
    const runner = dataSource.createQueryRunner();
    const schema = `outbox_v1_${suffix}`;
    const [{ search_path: searchPath }] = await runner.query(`SHOW search_path`);
    try {
      await runner.query(`CREATE SCHEMA "${schema}"`);
      await runner.query(`SET search_path TO "${schema}"`);
      await createMessagingTablesV1(runner);
      await runner.query(
        `INSERT INTO outbox (id, topic, message_key, message_type, envelope, published_at)
         VALUES (gen_random_uuid(), 't', 'k1', 'WidgetCreated', '{}', now()), (gen_random_uuid(), 't', 'k2', 'WidgetCreated', '{"id": "w-2"}', NULL)`,
      );
      await upgradeOutboxToV2(runner);
      expect(await runner.query(`SELECT message_key FROM outbox`)).toEqual([{ message_key: 'k2' }]);
      const columns = async () =>
        (
          await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'outbox'`, [
            schema,
          ])
        ).map((column: { column_name: string }) => column.column_name);
      expect(await columns()).not.toContain('published_at');
      const envelopeType = async () =>
        (
          await runner.query(
            `SELECT data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'outbox' AND column_name = 'envelope'`,
            [schema],
          )
        )[0].data_type;
      await upgradeOutboxToV3(runner);
      expect(await envelopeType()).toBe('json');
      expect(await runner.query(`SELECT message_key, envelope->>'id' AS id FROM outbox`)).toEqual([{ message_key: 'k2', id: 'w-2' }]);
      await downgradeOutboxToV2(runner);
      expect(await envelopeType()).toBe('jsonb');
      await downgradeOutboxToV1(runner);
      expect(await columns()).toContain('published_at');
      expect(await runner.query(`SELECT message_key FROM outbox WHERE published_at IS NULL`)).toEqual([{ message_key: 'k2' }]);
    } finally {
      await runner.query(`SELECT set_config('search_path', $1, false)`, [searchPath]); // the connection goes back to the pool
      await runner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await runner.release();
    }
  });

  it('never publishes a row twice when two relays race (FOR UPDATE SKIP LOCKED)', async () => {
    const before = await messageCount(widgetCreated.name);
    const rows = 400;
    await dataSource.transaction(async (transaction) => {
      for (let index = 0; index < rows; index += 1) {
        await outbox.enqueue(transaction, widgetCreated, {
          key: `race-${index % 7}`,
          payload: { widgetId: `race-${index}`, name: `Pallet ${index}` },
        });
      }
    });
    const relays = [1, 2].map(
      (n) =>
        new OutboxRelay({ dataSource, kafka, name: `race-${suffix}`, ordered: false, batchSize: 25, logger: undefined, idleDelayMs: n }),
    );
    await Promise.all(relays.map((relay) => relay.connect())); // so both start racing at once
    const published = await Promise.all(
      relays.map(async (relay) => {
        let total = 0;
        for (let sent = await relay.relayOnce(); sent > 0 || (await unpublishedCount()) > 0; sent = await relay.relayOnce()) {
          total += sent;
        }
        return total;
      }),
    );
    await Promise.all(relays.map((relay) => relay.stop()));

    expect(published[0] + published[1]).toBe(rows);
    expect(published.every((count) => count > 0)).toBe(true); // both really took part
    expect(await messageCount(widgetCreated.name)).toBe(before + rows);
    const ids = (await readAll(widgetCreated.name))
      .map((message) => JSON.parse(String(message.value)) as Envelope<{ widgetId: string }>)
      .filter((envelope) => envelope.payload.widgetId.startsWith('race-'))
      .map((envelope) => envelope.id);
    expect(new Set(ids).size).toBe(rows);
    expect(ids).toHaveLength(rows);
  });
});

describe('inbox and dead-lettering', () => {
  function tallyConsumer(
    groupId: string,
    options: { failFor?: string; only?: (payload: unknown) => boolean; unavailableFor?: { widgetId: string; calls: number } } = {},
  ): EventConsumer {
    let unavailableCalls = 0;
    return new EventConsumer({
      kafka,
      dataSource,
      registry,
      groupId,
      filters: options.only ? new Map([[widgetCreated.name, options.only]]) : undefined,
      maxAttempts: 2,
      retryDelayMs: 10,
      handlers: new Map([
        [
          widgetCreated.name,
          async (event, transaction) => {
            const { widgetId } = event.payload as { widgetId: string };
            if (widgetId === options.failFor) throw new Error(`cannot apply ${widgetId}`);
            if (widgetId === options.unavailableFor?.widgetId && unavailableCalls++ < options.unavailableFor.calls) {
              throw new DomainError('WAREHOUSE_UNAVAILABLE', 'the warehouse service did not answer in time');
            }
            await transaction.query(
              `INSERT INTO widget_tally (widget_id, times_applied) VALUES ($1, 1)
               ON CONFLICT (widget_id) DO UPDATE SET times_applied = widget_tally.times_applied + 1`,
              [widgetId],
            );
          },
        ],
      ]),
    });
  }

  async function committedOffset(groupId: string, topic: string): Promise<number> {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return entry.partitions.reduce((total, partition) => total + Math.max(0, Number(partition.offset)), 0);
  }

  it('publishes again after a relay crash between publish and delete, and the consumer applies it once', async () => {
    const before = await messageCount(widgetCreated.name);
    const envelope = await createWidget('w-crash', 'Cable drum');

    const crashing = new OutboxRelay({
      dataSource,
      kafka,
      name: `crash-${suffix}`,
      afterPublish: () => {
        throw new Error('relay process killed after Kafka acknowledged');
      },
    });
    await expect(crashing.relayOnce()).rejects.toThrow('relay process killed');
    await crashing.stop();
    expect(await unpublishedCount()).toBe(1); // the delete never happened

    const restarted = new OutboxRelay({ dataSource, kafka, name: `crash-${suffix}` });
    await relayAll(restarted);
    await restarted.stop();
    expect(await unpublishedCount()).toBe(0);

    const copies = (await readAll(widgetCreated.name)).filter(
      (message) => (JSON.parse(String(message.value)) as Envelope).id === envelope.id,
    );
    expect(copies).toHaveLength(2); // the duplicate really is on the topic
    expect(await messageCount(widgetCreated.name)).toBe(before + 2);

    const groupId = `tally-${uniqueSuffix()}`;
    const consumer = tallyConsumer(groupId);
    await consumer.start();
    const total = await messageCount(widgetCreated.name);
    await waitFor('the consumer to commit past both copies', async () => (await committedOffset(groupId, widgetCreated.name)) >= total);
    await consumer.stop();

    const tally = await dataSource.query(`SELECT times_applied FROM widget_tally WHERE widget_id = 'w-crash'`);
    expect(tally).toEqual([{ times_applied: 1 }]);
    const inbox = await dataSource.query(`SELECT message_id FROM inbox WHERE consumer_group = $1 AND message_id = $2`, [
      groupId,
      envelope.id,
    ]);
    expect(inbox).toHaveLength(1);
  });

  it('passes by the events a handler does not act on, with no transaction and no inbox row', async () => {
    const kept = await createWidget('w-kept', 'Pallet of cable ties');
    const passed = await createWidget('w-passed-by', 'Drum of wire');
    const relay = new OutboxRelay({ dataSource, kafka, name: `filter-${suffix}` });
    await relayAll(relay);
    await relay.stop();

    const groupId = `filter-${uniqueSuffix()}`;
    const consumer = tallyConsumer(groupId, { only: (payload) => (payload as { widgetId: string }).widgetId !== 'w-passed-by' });
    await consumer.start();
    const total = await messageCount(widgetCreated.name);
    await waitFor('the consumer to commit past both', async () => (await committedOffset(groupId, widgetCreated.name)) >= total);
    await consumer.stop();

    expect(await dataSource.query(`SELECT widget_id FROM widget_tally WHERE widget_id IN ('w-kept', 'w-passed-by')`)).toEqual([
      { widget_id: 'w-kept' },
    ]);
    const inbox = await dataSource.query(`SELECT message_id FROM inbox WHERE consumer_group = $1 AND message_id = ANY($2)`, [
      groupId,
      [kept.id, passed.id],
    ]);
    expect(inbox).toEqual([{ message_id: kept.id }]);
  });

  it('hands a batch handler a fetched batch at once, in offset order, each event once; a failing batch falls back to one at a time, and what waits for the commit runs once per committed event', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const key = `batch-${uniqueSuffix()}`;
    const envelope = (widgetId: string) => widgetEnvelope(key, widgetId, 'Batch pallet');
    const first = Array.from({ length: 30 }, (_, index) => envelope(`${key}-a${index}`));
    // The same event twice in one batch (a relay's redelivery): applied once.
    const sent = [...first, first[7]];
    await producer.send({ topic: widgetCreated.name, messages: sent.map((event) => ({ key, value: JSON.stringify(event) })) });

    const calls: string[][] = [];
    const afterCommit: string[] = [];
    const groupId = `batch-${uniqueSuffix()}`;
    const startConsumer = () =>
      new EventConsumer({
        kafka,
        dataSource,
        registry,
        groupId,
        maxAttempts: 2,
        retryDelayMs: 10,
        handlers: new Map(),
        batchHandlers: new Map([
          [
            widgetCreated.name,
            async (events, transaction, context) => {
              const ids = events.map((event) => (event.payload as { widgetId: string }).widgetId).filter((id) => id.startsWith(key));
              if (ids.length === 0) return;
              calls.push(ids);
              context.afterCommit(() => afterCommit.push(...ids));
              if (ids.includes(`${key}-poison`)) throw new Error('cannot apply the poison widget');
              await transaction.query(
                `INSERT INTO widget_tally (widget_id, times_applied) SELECT id, 1 FROM unnest($1::text[]) AS id
                 ON CONFLICT (widget_id) DO UPDATE SET times_applied = widget_tally.times_applied + 1`,
                [ids],
              );
            },
          ],
        ]),
      });
    const consumer = startConsumer();
    await consumer.start();
    const tallied = async (prefix: string) =>
      (
        await dataSource.query(`SELECT widget_id, times_applied FROM widget_tally WHERE widget_id LIKE $1 ORDER BY widget_id`, [
          `${prefix}%`,
        ])
      ).length;
    await waitFor('the first 30 widgets to be applied', async () => (await tallied(`${key}-a`)) === 30);

    expect(calls.length).toBeLessThan(30); // batched: far fewer calls than events
    expect(calls.flat()).toEqual(first.map((event) => event.payload.widgetId)); // offset order, the duplicate left out
    const applied = await dataSource.query(`SELECT DISTINCT times_applied FROM widget_tally WHERE widget_id LIKE $1`, [`${key}-a%`]);
    expect(applied).toEqual([{ times_applied: 1 }]);
    expect(afterCommit).toEqual(calls.flat());

    // A batch whose transaction fails is rolled back and handled one event at a time: the poison
    // one alone is dead-lettered, the others apply.
    const dlqBefore = await messageCount(dlqTopic);
    const second = [envelope(`${key}-b1`), envelope(`${key}-poison`), envelope(`${key}-b2`)];
    calls.length = 0;
    afterCommit.length = 0;
    await producer.send({ topic: widgetCreated.name, messages: second.map((event) => ({ key, value: JSON.stringify(event) })) });
    await producer.disconnect();
    await waitFor('the widgets around the poison one to be applied', async () => (await tallied(`${key}-b`)) === 2);
    await waitFor('the poison widget to be dead-lettered', async () => (await messageCount(dlqTopic)) > dlqBefore);
    await consumer.stop();
    expect(calls.filter((ids) => ids.length === 1 && ids[0] === `${key}-poison`)).toHaveLength(2); // maxAttempts, alone
    expect(await tallied(`${key}-poison`)).toBe(0);
    // The rolled-back batch and the poison's failed attempts asked for theirs in vain; each applied widget is told once.
    expect(afterCommit.sort()).toEqual([`${key}-b1`, `${key}-b2`]);
    const letters = (await readAll(dlqTopic)).slice(dlqBefore).filter((message) => String(message.key) === key);
    expect(letters.map((message) => (JSON.parse(String(message.value)) as Envelope).id)).toEqual([second[1].id]);
  });

  it('applies what one fetch brought from several partitions in one transaction, each partition in offset order', async () => {
    const prefix = `fetch-${uniqueSuffix()}`;
    const perPartition = [0, 1].map((partition) =>
      Array.from({ length: 10 }, (_, index) => widgetEnvelope(`${prefix}-p${partition}`, `${prefix}-p${partition}-${index}`, 'Pallet')),
    );
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: widgetCreated.name,
      messages: perPartition.flatMap((events, partition) =>
        events.map((event) => ({ partition, key: event.key, value: JSON.stringify(event) })),
      ),
    });
    await producer.disconnect();

    const calls: string[][] = [];
    const consumer = new EventConsumer({
      kafka,
      dataSource,
      registry,
      groupId: `fetch-${uniqueSuffix()}`,
      handlers: new Map(),
      batchHandlers: new Map([
        [
          widgetCreated.name,
          async (events, transaction) => {
            const ids = events.map((event) => (event.payload as { widgetId: string }).widgetId).filter((id) => id.startsWith(prefix));
            if (ids.length === 0) return;
            calls.push(ids);
            await transaction.query(`INSERT INTO widget_tally (widget_id, times_applied) SELECT id, 1 FROM unnest($1::text[]) AS id`, [
              ids,
            ]);
          },
        ],
      ]),
    });
    await consumer.start();
    try {
      await waitFor('the 20 widgets to be applied', async () => {
        const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM widget_tally WHERE widget_id LIKE $1`, [
          `${prefix}%`,
        ]);
        return count === 20;
      });
    } finally {
      await consumer.stop();
    }
    expect(calls).toHaveLength(1); // both partitions' batches in one call, in one transaction
    for (const events of perPartition) {
      const ids = events.map((event) => event.payload.widgetId);
      expect(calls[0].filter((id) => ids.includes(id))).toEqual(ids);
    }
  });

  it('dead-letters a malformed message and a message whose handler keeps failing, and goes on to the next', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const key = `dlq-${uniqueSuffix()}`;
    const malformed = Buffer.from('{"id": "not-a-uuid", "payload": ', 'utf8');
    const valid = (widgetId: string) => JSON.stringify(widgetEnvelope(key, widgetId, 'Good pallet'));
    const dlqBefore = await messageCount(dlqTopic);
    await producer.send({
      topic: widgetCreated.name,
      messages: [
        { key, value: malformed },
        { key, value: valid('w-poison') },
        { key, value: valid('w-after-the-bad-ones') },
      ],
    });
    await producer.disconnect();

    const groupId = `dlq-${uniqueSuffix()}`;
    const consumer = tallyConsumer(groupId, { failFor: 'w-poison' });
    await consumer.start();
    await waitFor(
      'the good message after the bad ones to be applied',
      async () => (await dataSource.query(`SELECT 1 FROM widget_tally WHERE widget_id = 'w-after-the-bad-ones'`)).length === 1,
    );
    await consumer.stop();

    const letters = (await readAll(dlqTopic)).slice(dlqBefore).filter((message) => String(message.key) === key);
    expect(letters).toHaveLength(2);
    const [notJson, poison] = letters;
    expect(Buffer.compare(notJson.value as Buffer, malformed)).toBe(0); // original bytes, untouched
    expect(String(notJson.headers?.['x-dlq-reason'])).toMatch(/^NOT_JSON on /);
    expect(String(notJson.headers?.['x-dlq-original-topic'])).toBe(widgetCreated.name);
    expect(String(poison.headers?.['x-dlq-reason'])).toMatch(/^HANDLER_FAILED after 2 attempts: cannot apply w-poison/);
    expect(String(poison.headers?.['x-dlq-consumer-group'])).toBe(groupId);
    const poisonApplied = await dataSource.query(`SELECT 1 FROM widget_tally WHERE widget_id = 'w-poison'`);
    expect(poisonApplied).toHaveLength(0);
  });

  it('waits out an outage instead of dead-lettering: a handler failing for want of a service applies once it is back', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const key = `outage-${uniqueSuffix()}`;
    const dlqBefore = await messageCount(dlqTopic);
    await producer.send({
      topic: widgetCreated.name,
      messages: [
        { key, value: JSON.stringify(widgetEnvelope(key, `w-waits-${key}`, 'Crate')) },
        { key, value: JSON.stringify(widgetEnvelope(key, `w-next-${key}`, 'Crate')) },
      ],
    });
    await producer.disconnect();

    // Twice the attempts a poison message gets (2) fail with a transient refusal, then the service answers.
    const consumer = tallyConsumer(`outage-${uniqueSuffix()}`, { unavailableFor: { widgetId: `w-waits-${key}`, calls: 4 } });
    await consumer.start();
    await waitFor(
      'both widgets to be applied, in order',
      async () => (await dataSource.query(`SELECT 1 FROM widget_tally WHERE widget_id LIKE $1`, [`%-${key}`])).length === 2,
    );
    await consumer.stop();
    const applied: Array<{ times_applied: number }> = await dataSource.query(
      `SELECT times_applied FROM widget_tally WHERE widget_id = $1`,
      [`w-waits-${key}`],
    );
    expect(applied.map((row) => row.times_applied)).toEqual([1]);
    const letters = (await readAll(dlqTopic)).slice(dlqBefore).filter((message) => String(message.key) === key);
    expect(letters).toHaveLength(0);
  });
});

describe('inbox retention', () => {
  /** Inbox rows of two groups: `old` handled 20 days ago, `recent` an hour ago. */
  async function fillInbox(old: number, recent: number): Promise<void> {
    await dataSource.query(
      `INSERT INTO inbox (consumer_group, message_id, topic, message_type, handled_at)
       SELECT CASE WHEN n % 2 = 0 THEN 'group-a' ELSE 'group-b' END, gen_random_uuid(), 't', 'WidgetCreated',
              now() - CASE WHEN n <= $1 THEN interval '20 days' ELSE interval '1 hour' END
         FROM generate_series(1, $2::int) AS n`,
      [old, old + recent],
    );
  }
  const ages = async () =>
    (
      await dataSource.query(
        `SELECT count(*) FILTER (WHERE handled_at < now() - interval '14 days')::int AS old, count(*) FILTER (WHERE handled_at >= now() - interval '14 days')::int AS recent FROM inbox`,
      )
    )[0] as { old: number; recent: number };

  it('deletes what was handled before the retention, of every group, a batch at a time, and keeps the rest', async () => {
    await fillInbox(25, 7);
    const pruner = new InboxPruner({ dataSource, retentionDays: 14, batchSize: 10 });
    expect(await pruner.pruneOnce()).toBe(25);
    expect(await ages()).toEqual({ old: 0, recent: 7 });
    expect(await pruner.pruneOnce()).toBe(0);
  });

  it('prunes on its own once started, until it is stopped', async () => {
    await fillInbox(3, 2);
    const pruner = new InboxPruner({ dataSource, retentionDays: 14, everyMs: 50 });
    pruner.start();
    try {
      await waitFor('the old rows to be pruned', async () => (await ages()).old === 0);
    } finally {
      await pruner.stop();
    }
    expect(await ages()).toEqual({ old: 0, recent: 2 });
    await fillInbox(1, 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await ages()).old).toBe(1); // stopped: nothing more goes
  });
});

describe('groups that start at the end of their topics (commands, replies)', () => {
  it('hold that start in committed offsets, so a member that joins later reads what came after it, and nothing before', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const send = (key: string) =>
      producer.send({ topic: widgetCreated.name, messages: [{ key, value: JSON.stringify(widgetEnvelope(key, key, 'Pallet')) }] });
    await send(`before-${uniqueSuffix()}`);
    const groupId = `end-${uniqueSuffix()}`;
    const keysRead = (consumer: Consumer, into: string[]) =>
      consumer.run({
        eachMessage: async ({ message }) => {
          into.push(String(message.key));
        },
      });

    // The first member joins, and leaves before anything comes: it never committed an offset of its own.
    const first = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    const startAtEnd = new StartAtEnd(kafka, groupId);
    startAtEnd.attach(first);
    await first.connect();
    await first.subscribe({ topic: widgetCreated.name, fromBeginning: false });
    const readByFirst: string[] = [];
    await keysRead(first, readByFirst);
    await startAtEnd.held(30_000);
    const ends = await admin.fetchTopicOffsets(widgetCreated.name);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [widgetCreated.name] });
    expect(committed.partitions.map(({ partition, offset }) => [partition, offset]).sort()).toEqual(
      ends.map(({ partition, high }) => [partition, high]).sort(),
    );
    await first.disconnect();

    const after = `after-${uniqueSuffix()}`;
    await send(after);
    // A later member (a restart, a rejoin) goes on from there; without the committed start it
    // would begin at the end again, past `after`.
    const second = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await second.connect();
    await second.subscribe({ topic: widgetCreated.name, fromBeginning: false });
    const readBySecond: string[] = [];
    await keysRead(second, readBySecond);
    try {
      await waitFor('the message sent after the start to be read', () => readBySecond.includes(after));
    } finally {
      await second.disconnect();
      await producer.disconnect();
    }
    expect([...readByFirst, ...readBySecond]).toEqual([after]);
  });
});
