import { DependencyHealth, ServiceHealth } from '@lotbook/contracts';
import { pingKafka } from '@lotbook/messaging';
import { pingDatabase } from '@lotbook/persistence';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { SERVICE_CONTEXT, ServiceContext } from '../bootstrap/service-context';

async function check(probe: () => Promise<number>): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    return { status: 'UP', latencyMs: await probe() };
  } catch (error) {
    return { status: 'DOWN', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

/** The service's own view of its health: its database and its Kafka connection. */
@Injectable()
export class HealthService implements OnApplicationShutdown {
  private readonly startedAt = Date.now();
  private admin: Admin | undefined;

  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly dataSource: DataSource,
    @Inject(Kafka) private readonly kafka: Kafka,
  ) {}

  async check(): Promise<ServiceHealth> {
    const [database, kafka] = await Promise.all([
      check(() => pingDatabase(this.dataSource, 2000)),
      check(() => this.pingKafka()),
    ]);
    return {
      service: this.context.name,
      status: database.status === 'UP' && kafka.status === 'UP' ? 'UP' : 'DOWN',
      version: this.context.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      checkedAt: new Date().toISOString(),
      dependencies: { database, kafka },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }

  /** Keeps one admin connection for health checks; a failed check drops it and the next reconnects. */
  private async pingKafka(): Promise<number> {
    try {
      if (!this.admin) {
        const latency = await pingKafka(this.kafka, 2000); // connects afresh: the broker is there
        const admin = this.kafka.admin({ retry: { retries: 0 } });
        await admin.connect();
        this.admin = admin;
        return latency;
      }
      return await pingKafka(this.kafka, 2000, this.admin);
    } catch (error) {
      const stale = this.admin;
      this.admin = undefined;
      await stale?.disconnect().catch(() => undefined);
      throw error;
    }
  }
}
