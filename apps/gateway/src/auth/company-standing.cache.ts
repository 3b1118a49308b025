import { randomUUID } from 'node:crypto';
import {
  companyStatusChanged,
  ContractViolation,
  deadLetterTopicName,
  lotbookTopics,
  type CompanyStatusChangedPayload,
} from '@lotbook/contracts';
import { createKafka, ReadToEnd } from '@lotbook/messaging';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Consumer, KafkaMessage, Producer } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';

/** Named in a dead letter's `x-dlq-consumer-group` header (the cache's own groups are one per start). */
const DEAD_LETTER_GROUP = 'gateway.company-standing';

/**
 * The gateway's view of which companies may trade, kept in memory from the compacted
 * `counterparties.company.status-changed` topic, read from the start at every launch (the
 * gateway keeps nothing durable). Services check again against their own projections.
 *
 * The gateway is not ready until this has read the topic up to where it ended at start: before
 * that, an APPROVED company would be refused as not approved. Changes are ordered by when
 * counterparties made them (the envelope's `occurredAt`), as the services' projections order
 * them. A message that breaks the topic's contract goes to the dead-letter topic with the reason,
 * as the services' consumers send it; the gateway keeps no offsets, so each start that reads it
 * sends it again (the headers name the original partition and offset).
 */
@Injectable()
export class CompanyStandingCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CompanyStandingCache.name);
  private readonly statuses = new Map<string, { status: CompanyStatusChangedPayload['to']; tradingName: string; at: number }>();
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async onModuleInit(): Promise<void> {
    const kafka = createKafka({ clientId: 'gateway-standing', brokers: this.config.KAFKA_BROKERS });
    const readToEnd = await ReadToEnd.now(kafka, companyStatusChanged.name);
    this.producer = kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    // A group of its own per process and no commits: every gateway replica reads everything.
    const consumer = kafka.consumer({ groupId: `${DEAD_LETTER_GROUP}.${randomUUID()}`, maxWaitTimeInMs: 500 });
    this.consumer = consumer;
    readToEnd.attach(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: companyStatusChanged.name, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: ({ partition, message }) => this.take(partition, message),
    });
    await readToEnd.caughtUp();
    this.logger.log({ msg: 'company standings read to the end of the status topic', companies: this.statuses.size });
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** Takes a change unless the one held was made later. */
  apply(change: CompanyStatusChangedPayload, occurredAt: string): void {
    const at = Date.parse(occurredAt);
    const known = this.statuses.get(change.companyId);
    if (!known || known.at <= at) this.statuses.set(change.companyId, { status: change.to, tradingName: change.tradingName, at });
  }

  /** APPROVED, another status, or UNKNOWN when no event about the company has arrived yet. */
  standing(companyId: string): CompanyStatusChangedPayload['to'] | 'UNKNOWN' {
    return this.statuses.get(companyId)?.status ?? 'UNKNOWN';
  }

  /** The company's trading name as last announced. */
  tradingName(companyId: string): string | undefined {
    return this.statuses.get(companyId)?.tradingName;
  }

  private async take(partition: number, message: KafkaMessage): Promise<void> {
    let change;
    try {
      change = lotbookTopics.decode(companyStatusChanged, message.value);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      await this.deadLetter(partition, message, error.message);
      return;
    }
    this.apply(change.payload, change.occurredAt);
  }

  private async deadLetter(partition: number, message: KafkaMessage, reason: string): Promise<void> {
    const topic = companyStatusChanged.name;
    this.logger.error({ msg: 'message dead-lettered', dlq: deadLetterTopicName(topic), partition, offset: message.offset, reason });
    await (this.producer as Producer).send({
      topic: deadLetterTopicName(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...(message.headers ?? {}),
            'x-dlq-reason': reason,
            'x-dlq-original-topic': topic,
            'x-dlq-original-partition': String(partition),
            'x-dlq-original-offset': message.offset,
            'x-dlq-consumer-group': DEAD_LETTER_GROUP,
            'x-dlq-failed-at': new Date().toISOString(),
          },
        },
      ],
    });
  }
}
