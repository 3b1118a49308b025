import type { Message, Producer, TopicMessages } from 'kafkajs';

/** Bytes of message values per produce request: one partition's record batch must stay under the broker's 1 MB limit. */
export const MAX_SEND_BYTES = 256 * 1024;

/** Splits messages, in order, into runs of at most `maxBytes` of values (a bigger message goes alone). */
export function chunksOfBytes<T extends { value: Message['value'] }>(messages: T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = typeof message.value === 'string' ? Buffer.byteLength(message.value) : (message.value?.length ?? 0);
    if (chunk.length > 0 && bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(message);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Messages as kafkajs's per-topic lists for one produce request, each topic's in the order given. */
export function topicMessagesOf(entries: ReadonlyArray<{ topic: string; message: Message }>): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const { topic, message } of entries) {
    const messages = byTopic.get(topic);
    if (messages) messages.push(message);
    else byTopic.set(topic, [message]);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}

/** A send the broker did not take within the sender's time limit. */
export class SendTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the broker did not take the messages within ${timeoutMs} ms`);
    this.name = 'SendTimeoutError';
  }
}

/** The promise's outcome, or a SendTimeoutError once `timeoutMs` has passed (the promise's later failure is ignored). */
export async function withSendDeadline<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => undefined);
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SendTimeoutError(timeoutMs)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

interface Outgoing {
  topic: string;
  message: Message;
  /** The message's value, for chunksOfBytes. */
  value: Message['value'];
  sent(error?: Error): void;
}

/**
 * Sends messages through a producer, coalesced: messages handed over while a send is on its way
 * go out together in the next one, so a busy sender costs the broker one produce request per
 * round trip instead of one per message, and an idle one adds no delay. `send` resolves when the
 * broker has taken the message (or rejects with the send's error).
 *
 * A send that has not settled within `timeoutMs` is given up: its messages are rejected with a
 * `SendTimeoutError` and the next batch goes. Sends go one after another, so without that bound
 * one send that kafkajs keeps retrying (each try may wait its request timeout, 30 s, while a
 * restarted broker accepts connections but does not answer yet) held every later message for
 * minutes: after a broker kill, orders' commands to catalog and counterparties all timed out for
 * two minutes, and a batch server's replies, awaited before its next batch, stopped its consumer.
 * A given-up send may still reach the broker later; commands and replies are safe to repeat
 * (idempotent handlers, replies matched by correlation id).
 */
export class CoalescingSender {
  private outgoing: Outgoing[] = [];
  private sending = false;

  constructor(
    private readonly producer: () => Producer | undefined,
    private readonly timeoutMs = 30_000,
  ) {}

  send(topic: string, message: Message): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.outgoing.push({ topic, message, value: message.value, sent: (error) => (error ? reject(error) : resolve()) });
      if (!this.sending) {
        this.sending = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.outgoing.length > 0) {
      const [batch] = chunksOfBytes(this.outgoing, MAX_SEND_BYTES);
      this.outgoing.splice(0, batch.length);
      try {
        const producer = this.producer();
        if (!producer) throw new Error('the producer is not connected');
        await withSendDeadline(producer.sendBatch({ topicMessages: topicMessagesOf(batch) }), this.timeoutMs);
        for (const entry of batch) entry.sent();
      } catch (error) {
        for (const entry of batch) entry.sent(error as Error);
      }
    }
    this.sending = false;
  }
}
