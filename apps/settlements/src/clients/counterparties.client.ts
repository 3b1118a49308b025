import { counterpartiesQueries, type CompanyProfile } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';

/** A company's legal entities (their tax ids: who may pay its invoices by bank transfer), as counterparties has them now. */
@Injectable()
export class CounterpartiesClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: CommandClient;

  constructor(kafka: Kafka) {
    this.client = new CommandClient(kafka, 'settlements-counterparties', [counterpartiesQueries.companyProfile], 10_000);
  }

  async onModuleInit(): Promise<void> {
    await this.client.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  /** The company's profile, or null when counterparties has no such company. */
  async profile(companyId: string): Promise<CompanyProfile | null> {
    let result;
    try {
      result = await this.client.command(counterpartiesQueries.companyProfile, { companyId }, companyId);
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new SettlementsError(Code.COUNTERPARTIES_UNAVAILABLE, 'counterparties did not answer in time; try again');
      throw error;
    }
    if (!result.ok) throw new SettlementsError(Code.COUNTERPARTIES_UNAVAILABLE, `counterparties refused: ${result.error.message}`);
    return result.result;
  }
}
