import { z } from 'zod';
import { ContractViolation } from './contract-violation.exception';
import { type Envelope, envelopeSchema } from './envelope';

export type TopicKind = 'event' | 'command' | 'reply' | 'dead-letter';

export interface TopicDefinition<TPayload = unknown> {
  /** `<context>.<entity>.<past-tense-verb>` for events, `<context>.<verb-noun>` for commands. */
  readonly name: string;
  readonly kind: TopicKind;
  /** The service that owns the topic: the only producer of an event, the handler of a command. */
  readonly owner: string;
  readonly partitions: number;
  /** The envelope `type` carried on this topic. */
  readonly messageType: string;
  readonly version: number;
  readonly description: string;
  /** What the partition key is, in words (e.g. "product id"). */
  readonly keyDescription: string;
  readonly payload: z.ZodType<TPayload>;
  /** Broker settings of the topic, e.g. `cleanup.policy: compact` for a topic read as current state. */
  readonly config?: Readonly<Record<string, string>>;
}

/** The payload type a topic carries, for handlers typed from the topic they read. */
export type PayloadOf<TTopic> = TTopic extends TopicDefinition<infer TPayload> ? TPayload : never;

export interface RequestReplyDefinition<TRequest, TReply> {
  readonly request: TopicDefinition<TRequest>;
  readonly reply: TopicDefinition<TReply>;
}

const TOPIC_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export function defineEvent<TPayload>(definition: Omit<TopicDefinition<TPayload>, 'kind'>): TopicDefinition<TPayload> {
  return { ...definition, kind: 'event' };
}

/**
 * A request-reply pair: requests on `<context>.<verb-noun>`, replies on the same name with
 * `.reply`, as NestJS's Kafka transport expects. Reply topics get several partitions so that
 * several gateway replicas can each own one.
 */
export function defineRequestReply<TRequest, TReply>(definition: {
  name: string;
  owner: string;
  messageType: string;
  version: number;
  description: string;
  keyDescription: string;
  request: z.ZodType<TRequest>;
  reply: z.ZodType<TReply>;
  partitions?: number;
  replyPartitions?: number;
}): RequestReplyDefinition<TRequest, TReply> {
  return {
    request: {
      name: definition.name,
      kind: 'command',
      owner: definition.owner,
      partitions: definition.partitions ?? 3,
      messageType: definition.messageType,
      version: definition.version,
      description: definition.description,
      keyDescription: definition.keyDescription,
      payload: definition.request,
    },
    reply: {
      name: `${definition.name}.reply`,
      kind: 'reply',
      owner: definition.owner,
      partitions: definition.replyPartitions ?? 3,
      messageType: `${definition.messageType}Reply`,
      version: definition.version,
      description: `Replies to ${definition.name}`,
      keyDescription: definition.keyDescription,
      payload: definition.reply,
    },
  };
}

export const deadLetterTopicName = (topic: string): string => `${topic}.dlq`;

/**
 * The one place that knows every topic: its partitions, its owner and its payload schema.
 * Encoding and decoding go through it, so a message is validated when it is sent and again
 * when it is received.
 */
export class TopicRegistry {
  private readonly topics = new Map<string, TopicDefinition>();

  constructor(definitions: ReadonlyArray<TopicDefinition<unknown>>) {
    for (const definition of definitions) this.add(definition);
    // Every event topic gets its dead-letter topic; consumers of commands reply with errors instead.
    for (const definition of definitions) {
      if (definition.kind === 'event') {
        this.add({
          name: deadLetterTopicName(definition.name),
          kind: 'dead-letter',
          owner: definition.owner,
          partitions: 1,
          messageType: definition.messageType,
          version: definition.version,
          description: `Messages from ${definition.name} that failed validation or kept failing; the original bytes with the reason in headers`,
          keyDescription: definition.keyDescription,
          payload: z.unknown(),
        });
      }
    }
  }

  all(): TopicDefinition[] {
    return [...this.topics.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  has(name: string): boolean {
    return this.topics.has(name);
  }

  get(name: string): TopicDefinition {
    const definition = this.topics.get(name);
    if (!definition) throw new ContractViolation('UNKNOWN_TOPIC', name, 'the topic is not in the registry');
    return definition;
  }

  /** Validates an envelope against the topic's contract and returns it typed; throws ContractViolation. */
  validate<TPayload>(topic: TopicDefinition<TPayload> | string, candidate: unknown): Envelope<TPayload> {
    const definition = (typeof topic === 'string' ? this.get(topic) : this.get(topic.name)) as TopicDefinition<TPayload>;
    const envelope = envelopeSchema.safeParse(candidate);
    if (!envelope.success) {
      throw new ContractViolation('INVALID_ENVELOPE', definition.name, z.prettifyError(envelope.error));
    }
    if (definition.kind !== 'dead-letter' && envelope.data.type !== definition.messageType) {
      throw new ContractViolation('WRONG_TYPE', definition.name, `expected type ${definition.messageType}, got ${envelope.data.type}`);
    }
    const payload = definition.payload.safeParse(envelope.data.payload);
    if (!payload.success) {
      throw new ContractViolation('INVALID_PAYLOAD', definition.name, z.prettifyError(payload.error));
    }
    return { ...envelope.data, payload: payload.data };
  }

  /** Validates and serializes for the wire. */
  encode(topic: TopicDefinition | string, envelope: Envelope): Buffer {
    const valid = this.validate(topic, envelope);
    return Buffer.from(JSON.stringify(valid), 'utf8');
  }

  /** Parses bytes from the wire and validates them against the topic's contract. */
  decode<TPayload>(topic: TopicDefinition<TPayload> | string, bytes: Buffer | string | null): Envelope<TPayload> {
    const name = typeof topic === 'string' ? topic : topic.name;
    if (bytes === null) throw new ContractViolation('NOT_JSON', name, 'the message has no value');
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
    } catch (error) {
      throw new ContractViolation('NOT_JSON', name, (error as Error).message);
    }
    return this.validate(topic, parsed);
  }

  private add(definition: TopicDefinition): void {
    if (!TOPIC_NAME.test(definition.name)) {
      throw new Error(`topic name "${definition.name}" does not follow <context>.<name>[.<verb>] in kebab-case`);
    }
    if (!Number.isInteger(definition.partitions) || definition.partitions < 1) {
      throw new Error(`topic "${definition.name}" needs a positive whole number of partitions`);
    }
    if (this.topics.has(definition.name)) throw new Error(`topic "${definition.name}" is defined twice`);
    this.topics.set(definition.name, definition);
  }
}
