import { randomUUID } from 'node:crypto';
import { companyStatusChanged, lotbookTopics, type CompanyStatusChangedPayload } from '@lotbook/contracts';
import { createKafka } from '@lotbook/messaging';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';

/**
 * The gateway's view of which companies may trade, kept in memory from the compacted
 * `counterparties.company.status-changed` topic, read from the start at every launch (the
 * gateway keeps nothing durable). Services check again against their own projections.
 */
@Injectable()
export class CompanyStandingCache implements OnModuleInit, OnModuleDestroy {
  private readonly statuses = new Map<string, { status: CompanyStatusChangedPayload['to']; tradingName: string; at: string }>();
  private consumer: Consumer | undefined;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async onModuleInit(): Promise<void> {
    const kafka = createKafka({ clientId: 'gateway-standing', brokers: this.config.KAFKA_BROKERS });
    // A group of its own per process and no commits: every gateway replica reads everything.
    const consumer = kafka.consumer({ groupId: `gateway.company-standing.${randomUUID()}`, maxWaitTimeInMs: 500 });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic: companyStatusChanged.name, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        try {
          this.apply(lotbookTopics.decode(companyStatusChanged, message.value).payload, new Date(Number(message.timestamp)).toISOString());
        } catch {
          // A malformed message cannot change anyone's standing; the services dead-letter it.
        }
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.disconnect();
  }

  apply(change: CompanyStatusChangedPayload, at: string): void {
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
}
