import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { FetchPacer, OffsetCommitter } from './consumer-pacing';

/** Enough of a kafkajs consumer for the committer: commitOffsets and the GROUP_JOIN event. */
function fakeConsumer() {
  const emitter = new EventEmitter();
  const commits: Array<Array<{ topic: string; partition: number; offset: string }>> = [];
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join' },
    on: (event: string, listener: () => void) => emitter.on(event, listener),
    commitOffsets: async (offsets: Array<{ topic: string; partition: number; offset: string }>) => void commits.push(offsets),
  } as unknown as Consumer;
  return { consumer, commits, rejoin: () => emitter.emit('consumer.group_join') };
}

describe('OffsetCommitter', () => {
  it('commits the offset after the last finished message of each partition, in one request', async () => {
    const { consumer, commits } = fakeConsumer();
    const committer = new OffsetCommitter(consumer, 60_000);
    committer.processed('orders', 0, '9');
    committer.processed('orders', 1, '3');
    committer.processed('orders', 0, '41');
    await committer.flush();
    expect(commits).toEqual([
      [
        { topic: 'orders', partition: 0, offset: '42' },
        { topic: 'orders', partition: 1, offset: '4' },
      ],
    ]);
    await committer.stop(); // nothing new: no request
    expect(commits).toHaveLength(1);
  });

  it('forgets what it has not committed when the group rebalances (another member reads it again)', async () => {
    const { consumer, commits, rejoin } = fakeConsumer();
    const committer = new OffsetCommitter(consumer, 60_000);
    committer.processed('orders', 0, '5');
    rejoin();
    committer.processed('orders', 2, '7');
    await committer.stop();
    expect(commits).toEqual([[{ topic: 'orders', partition: 2, offset: '8' }]]);
  });
});

describe('FetchPacer', () => {
  it('holds a fetch back until the interval since the last one has passed, and holds back an idle consumer not at all', async () => {
    const pacer = new FetchPacer(40);
    const started = Date.now();
    await pacer.pace(); // the first: no earlier fetch
    expect(Date.now() - started).toBeLessThan(20);
    await pacer.pace(); // right after: waits out the interval
    expect(Date.now() - started).toBeGreaterThanOrEqual(39);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const idle = Date.now();
    await pacer.pace(); // after a quiet spell: at once
    expect(Date.now() - idle).toBeLessThan(20);
  });
});
