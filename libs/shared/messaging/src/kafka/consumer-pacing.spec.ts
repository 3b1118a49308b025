import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { FetchPacer, OffsetCommitter } from './consumer-pacing';

/** Enough of a kafkajs consumer for the committer: commitOffsets and the GROUP_JOIN event. */
function fakeConsumer() {
  const emitter = new EventEmitter();
  const commits: Array<Array<{ topic: string; partition: number; offset: string }>> = [];
  /** Commits that fail next, as while the broker restarts; `during` runs while the failing request is out. */
  const failing: Array<{ during?: () => void }> = [];
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join' },
    on: (event: string, listener: () => void) => emitter.on(event, listener),
    commitOffsets: async (offsets: Array<{ topic: string; partition: number; offset: string }>) => {
      const failure = failing.shift();
      if (failure) {
        failure.during?.();
        throw new Error('Connection error: read ECONNRESET');
      }
      commits.push(offsets);
    },
  } as unknown as Consumer;
  return { consumer, commits, failing, rejoin: () => emitter.emit('consumer.group_join') };
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

  it('tries a failed commit again at the next flush, with whatever newer was finished meanwhile', async () => {
    const { consumer, commits, failing } = fakeConsumer();
    const committer = new OffsetCommitter(consumer, 60_000);
    committer.processed('orders', 0, '5');
    committer.processed('orders', 1, '2');
    failing.push({ during: () => committer.processed('orders', 1, '9') });
    await committer.flush(); // refused: the broker was restarting
    expect(commits).toEqual([]);
    await committer.flush();
    expect(commits).toEqual([
      [
        { topic: 'orders', partition: 1, offset: '10' },
        { topic: 'orders', partition: 0, offset: '6' },
      ],
    ]);
  });

  it('does not put back a failed commit when the group rebalanced while it was out', async () => {
    const { consumer, commits, failing, rejoin } = fakeConsumer();
    const committer = new OffsetCommitter(consumer, 60_000);
    committer.processed('orders', 0, '5');
    failing.push({ during: rejoin });
    await committer.flush();
    await committer.stop();
    expect(commits).toEqual([]);
  });
});

describe('FetchPacer', () => {
  /** Enough of a kafkajs consumer for the pacer: the FETCH_START event. */
  function fetchingConsumer() {
    const emitter = new EventEmitter();
    const consumer = {
      events: { FETCH_START: 'consumer.fetch_start' },
      on: (event: string, listener: () => void) => emitter.on(event, listener),
    } as unknown as Consumer;
    return { consumer, fetch: () => emitter.emit('consumer.fetch_start') };
  }

  it('holds the next fetch back until the interval since the last one started has passed', async () => {
    const { consumer, fetch } = fetchingConsumer();
    const pacer = new FetchPacer(40);
    pacer.attach(consumer);
    const started = Date.now();
    await pacer.pace(); // no fetch yet: at once
    expect(Date.now() - started).toBeLessThan(20);
    fetch();
    await pacer.pace(); // a batch handled right after its fetch: waits out the interval
    expect(Date.now() - started).toBeGreaterThanOrEqual(39);
  });

  it('waits once per fetch, however many partitions’ batches the fetch brought', async () => {
    const { consumer, fetch } = fetchingConsumer();
    const pacer = new FetchPacer(40);
    pacer.attach(consumer);
    fetch();
    const started = Date.now();
    for (let partition = 0; partition < 6; partition += 1) await pacer.pace();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(35);
    expect(waited).toBeLessThan(100); // six batches, one interval (it was six, 240 ms, before)
  });

  it('does not hold back a consumer whose fetch waited at the broker longer than the interval', async () => {
    const { consumer, fetch } = fetchingConsumer();
    const pacer = new FetchPacer(40);
    pacer.attach(consumer);
    fetch();
    await new Promise((resolve) => setTimeout(resolve, 60)); // the long poll, then a message
    const handled = Date.now();
    await pacer.pace();
    expect(Date.now() - handled).toBeLessThan(20);
  });
});
