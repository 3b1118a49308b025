import type { Producer, ProducerBatch } from 'kafkajs';
import { chunksOfBytes, CoalescingSender, SendTimeoutError } from './coalescing-sender';

describe('chunksOfBytes (produce requests in pieces under the broker’s message limit)', () => {
  const message = (bytes: number) => ({ value: 'x'.repeat(bytes) });

  it('keeps every message, in order, each piece at most the limit', () => {
    const messages = Array.from({ length: 50 }, (_, index) => message(100 + index));
    const chunks = chunksOfBytes(messages, 1_000);
    expect(chunks.flat()).toEqual(messages);
    for (const chunk of chunks) expect(chunk.reduce((sum, item) => sum + item.value.length, 0)).toBeLessThanOrEqual(1_000);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('counts bytes, not characters, and gives a message bigger than the limit a piece of its own', () => {
    const wide = { value: 'ж'.repeat(300) }; // 600 bytes in UTF-8
    const huge = message(5_000);
    expect(chunksOfBytes([wide, wide, huge, message(10)], 1_000)).toEqual([[wide], [wide], [huge], [message(10)]]);
    expect(chunksOfBytes([], 1_000)).toEqual([]);
  });
});

describe('CoalescingSender', () => {
  /** A producer whose sends wait until released, recording each request. */
  function slowProducer() {
    const requests: ProducerBatch[] = [];
    const waiting: Array<() => void> = [];
    const producer = {
      sendBatch: (batch: ProducerBatch) => {
        requests.push(batch);
        return new Promise((resolve) => waiting.push(() => resolve([])));
      },
    } as unknown as Producer;
    const releaseAll = async () => {
      while (waiting.length > 0) {
        (waiting.shift() as () => void)();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    return { producer, requests, releaseAll };
  }

  it('sends what was handed over in one turn as one request, and what came during a send in the next', async () => {
    const { producer, requests, releaseAll } = slowProducer();
    const sender = new CoalescingSender(() => producer);
    const first = [sender.send('a', { value: '1' }), sender.send('b', { value: '2' }), sender.send('a', { value: '3' })];
    await new Promise((resolve) => setImmediate(resolve));
    const second = [sender.send('a', { value: '4' }), sender.send('a', { value: '5' })];
    await new Promise((resolve) => setImmediate(resolve));
    expect(requests).toHaveLength(1); // the second lot waits for the first send
    await releaseAll();
    await Promise.all([...first, ...second]);
    expect(requests.map((request) => request.topicMessages?.map(({ topic, messages }) => [topic, messages.map((m) => m.value)]))).toEqual([
      [
        ['a', ['1', '3']],
        ['b', ['2']],
      ],
      [['a', ['4', '5']]],
    ]);
  });

  it('splits a large backlog into requests under the byte limit and rejects every message of a failed send', async () => {
    const requests: ProducerBatch[] = [];
    const sender = new CoalescingSender(
      () =>
        ({
          sendBatch: async (batch: ProducerBatch) => {
            requests.push(batch);
            if (requests.length === 2) throw new Error('broker gone');
            return [];
          },
        }) as unknown as Producer,
    );
    const big = 'x'.repeat(100 * 1024); // two fit under the 256 KB a request, three do not
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => sender.send('t', { value: big })));
    expect(requests.map((request) => request.topicMessages?.[0].messages.length)).toEqual([2, 2, 1]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
  });

  it('gives up a send that does not settle in time, rejecting its messages, and sends the next batch', async () => {
    const requests: ProducerBatch[] = [];
    const sender = new CoalescingSender(
      () =>
        ({
          sendBatch: (batch: ProducerBatch) => {
            requests.push(batch);
            // The first send hangs, as one kafkajs keeps retrying against a broker that does not answer.
            return requests.length === 1 ? new Promise(() => undefined) : Promise.resolve([]);
          },
        }) as unknown as Producer,
      50,
    );
    const stuck = sender.send('t', { value: '1' });
    await new Promise((resolve) => setImmediate(resolve));
    const next = sender.send('t', { value: '2' });
    await expect(stuck).rejects.toBeInstanceOf(SendTimeoutError);
    await expect(next).resolves.toBeUndefined();
    expect(requests.map((request) => request.topicMessages?.[0].messages[0].value)).toEqual(['1', '2']);
  });
});
