import { healthContracts, SERVICE_NAMES, ServiceName } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { HealthStatus, ServiceHealth, SystemHealth } from './health.model';

@Injectable()
export class GatewayHealthService {
  /** The round of checks under way: every caller meanwhile (aliases of one operation, other requests) shares it. */
  private inFlight: Promise<SystemHealth> | undefined;

  constructor(private readonly rpc: ServiceRpcClient) {}

  /**
   * Asks every service at once; a service that does not answer in time is reported down. One
   * round at a time: `health` asked 300 times in one operation, or by many clients at once, is
   * one request per service, not one per ask.
   */
  check(correlationId?: string): Promise<SystemHealth> {
    this.inFlight ??= this.checkAll(correlationId).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async checkAll(correlationId?: string): Promise<SystemHealth> {
    const services = await Promise.all(SERVICE_NAMES.map((name) => this.checkService(name, correlationId)));
    return {
      status: services.every((service) => service.status === HealthStatus.UP) ? HealthStatus.UP : HealthStatus.DOWN,
      checkedAt: new Date(),
      services,
    };
  }

  private async checkService(name: ServiceName, correlationId?: string): Promise<ServiceHealth> {
    const started = performance.now();
    try {
      const reply = await this.rpc.request(healthContracts[name], {}, { key: 'gateway', correlationId });
      const report = reply.payload;
      return {
        name,
        status: report.status as HealthStatus,
        roundTripMs: Math.round((performance.now() - started) * 100) / 100,
        version: report.version,
        uptimeSeconds: report.uptimeSeconds,
        database: { ...report.dependencies.database, status: report.dependencies.database.status as HealthStatus },
        kafka: { ...report.dependencies.kafka, status: report.dependencies.kafka.status as HealthStatus },
      };
    } catch (error) {
      return { name, status: HealthStatus.DOWN, error: (error as Error).message };
    }
  }
}
