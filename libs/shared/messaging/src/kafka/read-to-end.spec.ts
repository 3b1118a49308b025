import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { ReadToEnd } from './read-to-end';

/** A consumer that only emits kafkajs's end-of-batch event. */
function fakeConsumer() {
  const emitter = new EventEmitter();
  const consumer = {
    events: { END_BATCH_PROCESS: 'consumer.end_batch_process' },
    on: (event: string, listener: (event: unknown) => void) => {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
  } as unknown as Pick<Consumer, 'on' | 'events'>;
  const batchEnded = (topic: string, partition: number, lastOffset: string) =>
    emitter.emit('consumer.end_batch_process', { payload: { topic, partition, lastOffset } });
  return { consumer, batchEnded };
}

const settledWithin = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'caught up'), new Promise((resolve) => setTimeout(() => resolve('still reading'), 20))]);

describe('ReadToEnd', () => {
  it('is caught up at once when the topic had nothing in it', async () => {
    const reader = new ReadToEnd('statuses', []);
    expect(reader.isCaughtUp).toBe(true);
    await expect(reader.caughtUp(10)).resolves.toBeUndefined();
  });

  it('waits until every partition has been read to the offset it ended at when reading began', async () => {
    const { consumer, batchEnded } = fakeConsumer();
    const reader = new ReadToEnd('statuses', [
      { partition: 0, end: '3' },
      { partition: 2, end: '10' },
    ]);
    reader.attach(consumer);
    batchEnded('statuses', 0, '2'); // offsets 0..2: partition 0 is done
    batchEnded('statuses', 2, '4');
    batchEnded('other-topic', 2, '99');
    expect(await settledWithin(reader.caughtUp())).toBe('still reading');
    batchEnded('statuses', 2, '9');
    expect(await settledWithin(reader.caughtUp())).toBe('caught up');
  });

  it('counts a batch whose end lies past the start’s end (messages that came meanwhile), or that compaction emptied', async () => {
    const reader = new ReadToEnd('statuses', [{ partition: 0, end: '5' }]);
    reader.read(0, '7');
    expect(reader.isCaughtUp).toBe(true);
  });

  it('says which partitions it is still reading when it gives up', async () => {
    const reader = new ReadToEnd('statuses', [
      { partition: 0, end: '3' },
      { partition: 1, end: '3' },
    ]);
    reader.read(0, '2');
    await expect(reader.caughtUp(10)).rejects.toThrow('statuses was not read to its end within 10 ms (partitions left: 1)');
  });

  it('leaves out, when it reads the end offsets, the partitions that hold nothing', async () => {
    const admin = {
      connect: jest.fn(async () => undefined),
      disconnect: jest.fn(async () => undefined),
      fetchTopicOffsets: jest.fn(async () => [
        { partition: 0, offset: '4', low: '4', high: '4' },
        { partition: 1, offset: '9', low: '2', high: '9' },
      ]),
    };
    const reader = await ReadToEnd.now({ admin: () => admin }, 'statuses');
    expect(admin.disconnect).toHaveBeenCalled();
    reader.read(1, '8');
    expect(reader.isCaughtUp).toBe(true);
  });

  it('asks for the end offsets again while the broker says the topic’s leader does not serve it yet, and gives up on any other error', async () => {
    const notLeader = Object.assign(new Error('This server is not the leader for that topic-partition'), { retriable: true });
    const fetchTopicOffsets = jest
      .fn()
      .mockRejectedValueOnce(notLeader)
      .mockResolvedValueOnce([{ partition: 0, offset: '1', low: '0', high: '1' }]);
    const admin = { connect: async () => undefined, disconnect: async () => undefined, fetchTopicOffsets };
    const reader = await ReadToEnd.now({ admin: () => admin }, 'statuses');
    expect(fetchTopicOffsets).toHaveBeenCalledTimes(2);
    expect(reader.isCaughtUp).toBe(false);

    const denied = { ...admin, fetchTopicOffsets: jest.fn().mockRejectedValue(new Error('Topic authorization failed')) };
    await expect(ReadToEnd.now({ admin: () => denied }, 'statuses')).rejects.toThrow('Topic authorization failed');
    expect(denied.fetchTopicOffsets).toHaveBeenCalledTimes(1);
  });
});
