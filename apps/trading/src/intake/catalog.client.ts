import { stockCommands, type CommandResult, type ErrorCodeOf, type Listing, type PayloadOf, type Reservation } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { TradingError, TradingErrorCode as Code } from '../trading.exception';

export type TradingTerms = { product: { id: string; code: string; status: string; baseUnit: string } | null; listing: Listing | null };

const PRODUCT_CACHE_MS = 60_000;

/** What trading asks of catalog, over Kafka request-reply: product and listing terms, and stock reservations for asks. */
@Injectable()
export class CatalogClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: CommandClient;
  /** Products known to be ACTIVE, with when to ask again. */
  private readonly activeProducts = new Map<string, number>();
  private readonly refreshing = new Set<string>();

  constructor(kafka: Kafka) {
    this.client = new CommandClient(kafka, 'trading', [stockCommands.tradingTerms, stockCommands.reserveForAsk], 5_000);
  }

  async onModuleInit(): Promise<void> {
    await this.client.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  /**
   * Whether the product exists and is ACTIVE. A yes is remembered, since products are not
   * withdrawn; after a minute it is asked again in the background while the yes still answers,
   * so no order waits for catalog once its product has been seen.
   */
  async productIsActive(productId: string): Promise<boolean> {
    const until = this.activeProducts.get(productId);
    if (until !== undefined) {
      if (until <= Date.now() && !this.refreshing.has(productId)) {
        this.refreshing.add(productId);
        void this.askProductIsActive(productId)
          .catch(() => undefined) // catalog busy: the yes stands until the next order asks again
          .finally(() => this.refreshing.delete(productId));
      }
      return true;
    }
    return this.askProductIsActive(productId);
  }

  private async askProductIsActive(productId: string): Promise<boolean> {
    const terms = await this.terms({ productId }, productId);
    const active = terms.product?.status === 'ACTIVE';
    if (active) this.activeProducts.set(productId, Date.now() + PRODUCT_CACHE_MS);
    else this.activeProducts.delete(productId);
    return active;
  }

  /**
   * Reserves stock for an ask from the seller's own listing, which catalog checks against the
   * ask in the same step; the reservation id is the ask's id, so a retried placement reserves once.
   */
  async reserveForAsk(
    input: PayloadOf<typeof stockCommands.reserveForAsk.request>,
  ): Promise<CommandResult<{ reservation: Reservation; listing: Listing }, ErrorCodeOf<typeof stockCommands.reserveForAsk>>> {
    // The reply was validated against the contract, whose schema admits only its declared codes.
    return this.call(() => this.client.command(stockCommands.reserveForAsk, input, input.listingId)) as Promise<
      CommandResult<{ reservation: Reservation; listing: Listing }, ErrorCodeOf<typeof stockCommands.reserveForAsk>>
    >;
  }

  private async terms(request: { productId?: string; listingId?: string }, key: string): Promise<TradingTerms> {
    const result = await this.call(() => this.client.command(stockCommands.tradingTerms, request, key));
    if (!result.ok) throw new TradingError(Code.CATALOG_UNAVAILABLE, `catalog refused: ${result.error.message}`);
    return result.result;
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new TradingError(Code.CATALOG_UNAVAILABLE, 'catalog did not answer in time; try again');
      throw error;
    }
  }
}
