import { counterpartiesQueries, type CompanyProfile } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

/** A company's legal entities, terms and account manager, as counterparties has them now. */
@Injectable()
export class CounterpartiesClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: CommandClient;

  constructor(kafka: Kafka) {
    this.client = new CommandClient(kafka, 'orders-counterparties', [counterpartiesQueries.companyProfile], 10_000);
  }

  async onModuleInit(): Promise<void> {
    await this.client.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  async profile(companyId: string): Promise<CompanyProfile> {
    let result;
    try {
      result = await this.client.command(counterpartiesQueries.companyProfile, { companyId }, companyId);
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new OrdersError(Code.COUNTERPARTIES_UNAVAILABLE, 'counterparties did not answer in time; try again');
      throw error;
    }
    if (!result.ok) throw new OrdersError(Code.COUNTERPARTIES_UNAVAILABLE, `counterparties refused: ${result.error.message}`);
    if (!result.result) throw new OrdersError(Code.FORBIDDEN, `no company ${companyId}`);
    return result.result;
  }
}
