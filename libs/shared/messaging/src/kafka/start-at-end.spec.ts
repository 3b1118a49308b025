import type { Consumer, IMemberAssignment } from 'kafkajs';
import { StartAtEnd } from './start-at-end';

type Commit = Array<{ topic: string; partition: number; offset: string }>;

/** A consumer that only emits joins and records commits; `failCommits` commits are refused first. */
function fakeConsumer(failCommits = 0) {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const commits: Commit[] = [];
  let refusals = failCommits;
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join', DISCONNECT: 'consumer.disconnect' },
    on(event: string, listener: (event: unknown) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () => undefined;
    },
    async commitOffsets(offsets: Commit) {
      if (refusals > 0) {
        refusals -= 1;
        throw new Error('The group is rebalancing, so a rejoin is needed');
      }
      commits.push(offsets);
    },
  };
  const join = (memberAssignment: IMemberAssignment) =>
    listeners.get(consumer.events.GROUP_JOIN)?.forEach((listener) => listener({ payload: { memberAssignment } }));
  return { consumer: consumer as unknown as Pick<Consumer, 'on' | 'events' | 'commitOffsets'>, commits, join };
}

/** The broker as the admin client sees it: committed offsets of the group, and each topic's end. */
function fakeKafka(
  committed: Record<string, Record<number, string>>,
  ends: Record<string, Record<number, string>>,
  partitionsOf: (topic: string) => number[] = (topic) => Object.keys(ends[topic] ?? {}).map(Number),
) {
  return {
    admin: () => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      fetchOffsets: async ({ topics }: { topics: string[] }) =>
        topics.map((topic) => ({
          topic,
          partitions: partitionsOf(topic).map((partition) => ({
            partition,
            offset: committed[topic]?.[partition] ?? '-1',
            metadata: null,
          })),
        })),
      fetchTopicOffsets: async (topic: string) =>
        Object.entries(ends[topic] ?? {}).map(([partition, high]) => ({ partition: Number(partition), offset: high, high, low: '0' })),
    }),
  } as unknown as ConstructorParameters<typeof StartAtEnd>[0];
}

describe('StartAtEnd', () => {
  it('commits the end of each assigned partition that has no committed offset, and only those', async () => {
    const kafka = fakeKafka({ commands: { 0: '7' } }, { commands: { 0: '9', 1: '4', 2: '12' }, other: { 0: '3' } });
    const { consumer, commits, join } = fakeConsumer();
    const start = new StartAtEnd(kafka, 'service.rpc');
    start.attach(consumer);
    join({ commands: [0, 1] }); // partition 2 is another member's, 0 has its own offset
    await start.held(1_000);
    expect(commits).toEqual([[{ topic: 'commands', partition: 1, offset: '4' }]]);
  });

  it('tries again when the commit is refused (the group was rebalancing), and is held only once it went through', async () => {
    const kafka = fakeKafka({}, { commands: { 0: '5' } });
    const { consumer, commits, join } = fakeConsumer(2);
    const start = new StartAtEnd(kafka, 'service.rpc');
    start.attach(consumer);
    join({ commands: [0] });
    await start.held(5_000);
    expect(commits).toEqual([[{ topic: 'commands', partition: 0, offset: '5' }]]);
  });

  it('leaves an older join to a newer one, whose assignment counts', async () => {
    const kafka = fakeKafka({}, { commands: { 0: '5', 1: '6' } });
    const { consumer, commits, join } = fakeConsumer(1);
    const start = new StartAtEnd(kafka, 'service.rpc');
    start.attach(consumer);
    join({ commands: [0] }); // refused, then superseded before its retry
    join({ commands: [1] });
    await start.held(5_000);
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the older join's retry time
    expect(commits).toEqual([[{ topic: 'commands', partition: 1, offset: '6' }]]);
  });

  it('never commits a guessed offset: with no end known for a partition it commits nothing and is not held', async () => {
    // The group's offsets list partition 3, the topic's ends do not (a partition added a moment ago).
    const kafka = fakeKafka({}, { commands: { 0: '5' } }, () => [0, 3]);
    const { consumer, commits, join } = fakeConsumer();
    const start = new StartAtEnd(kafka, 'service.rpc');
    start.attach(consumer);
    join({ commands: [3] });
    await expect(start.held(600)).rejects.toThrow('did not settle');
    expect(commits).toEqual([]);
    join({ commands: [0] }); // a later join with a known end ends the attempts
    await start.held(1_000);
    expect(commits).toEqual([[{ topic: 'commands', partition: 0, offset: '5' }]]);
  });

  it('is not held before a join, and says so when the wait runs out', async () => {
    const { consumer } = fakeConsumer();
    const start = new StartAtEnd(fakeKafka({}, {}), 'service.rpc');
    start.attach(consumer);
    await expect(start.held(50)).rejects.toThrow('the consumer group service.rpc did not settle at the end of its topics within 50 ms');
  });
});
