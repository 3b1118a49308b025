import { catalogOrderQueries, stockCommands, type CommandResult, type PricedLine, type Reservation } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

/** What orders asks of catalog: prices for a buyer, and the stock reservations of its orders (orders is their only owner). */
@Injectable()
export class CatalogClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: CommandClient;

  constructor(kafka: Kafka) {
    this.client = new CommandClient(
      kafka,
      'orders-catalog',
      [
        catalogOrderQueries.priceLines,
        catalogOrderQueries.resolveReferences,
        catalogOrderQueries.settleReservation,
        stockCommands.reserveLines,
        stockCommands.releaseStock,
        stockCommands.commitStock,
      ],
      10_000,
    );
  }

  async onModuleInit(): Promise<void> {
    await this.client.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  async priceLines(buyerCompanyId: string, lines: ReadonlyArray<{ listingId: string; quantity: number }>): Promise<PricedLine[]> {
    return (await this.ok(() => this.client.command(catalogOrderQueries.priceLines, { buyerCompanyId, lines: [...lines] }, buyerCompanyId)))
      .lines;
  }

  async resolveReferences(buyerCompanyId: string, rows: ReadonlyArray<{ reference: string; quantity: number }>) {
    return (
      await this.ok(() => this.client.command(catalogOrderQueries.resolveReferences, { buyerCompanyId, rows: [...rows] }, buyerCompanyId))
    ).rows;
  }

  /**
   * Reserves every line or none, in one call (catalog decides them in one transaction). A refusal
   * (not enough stock, a listing paused) comes back as data, its field naming the line's listing.
   */
  reserveLines(input: {
    lines: Array<{ reservationId: string; listingId: string; quantity: number; ownerRef: string }>;
    ttlSeconds: number;
  }): Promise<CommandResult<{ reservations: Reservation[] }>> {
    return this.call(() => this.client.command(stockCommands.reserveLines, input, input.lines[0].listingId));
  }

  async release(reservationId: string): Promise<void> {
    const result = await this.call(() => this.client.command(stockCommands.releaseStock, { reservationId }, reservationId));
    // Released already, or committed: either way nothing is held any more.
    if (!result.ok && result.error.code !== 'RESERVATION_NOT_ACTIVE' && result.error.code !== 'UNKNOWN_RESERVATION') {
      throw new OrdersError(Code.CATALOG_UNAVAILABLE, `catalog refused to release ${reservationId}: ${result.error.message}`);
    }
  }

  settle(reservationId: string, commitQuantity: number, releaseQuantity: number) {
    return this.ok(() =>
      this.client.command(catalogOrderQueries.settleReservation, { reservationId, commitQuantity, releaseQuantity }, reservationId),
    );
  }

  private async ok<T>(send: () => Promise<CommandResult<T>>): Promise<T> {
    const result = await this.call(send);
    if (!result.ok) throw new OrdersError(Code.CATALOG_UNAVAILABLE, `catalog refused: ${result.error.message}`);
    return result.result;
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new OrdersError(Code.CATALOG_UNAVAILABLE, 'catalog did not answer in time; try again');
      throw error;
    }
  }
}
