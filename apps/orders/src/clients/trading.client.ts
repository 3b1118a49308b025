import { orderCommands, type ErrorCodeOf, type PayloadOf } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

type PlaceBid = typeof orderCommands.placeBid;

/**
 * Each refusal of a bid by the book, as orders answers it: the same code where orders has it, so
 * the buyer sees what trading said. Every code trading declares must be here (a missing one is a
 * compile error); the index signature lets this map name a code trading is about to declare.
 */
const BOOK_REFUSALS: Record<ErrorCodeOf<PlaceBid>, Code> & Record<string, Code> = {
  FORBIDDEN: Code.FORBIDDEN,
  COMPANY_NOT_APPROVED: Code.COMPANY_NOT_APPROVED,
  INVALID_INPUT: Code.INVALID_INPUT,
  TRY_AGAIN: Code.TRADING_UNAVAILABLE,
  IDEMPOTENCY_KEY_REUSED: Code.DUPLICATE_ORDER_ID,
  NON_POSITIVE_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  NON_POSITIVE_PRICE: Code.NON_POSITIVE_PRICE,
  PRICE_TOO_PRECISE: Code.PRICE_TOO_PRECISE,
  UNKNOWN_CURRENCY: Code.UNKNOWN_CURRENCY,
  QUANTITY_BELOW_MINIMUM: Code.QUANTITY_BELOW_MINIMUM,
  EXPIRY_IN_PAST: Code.EXPIRY_IN_PAST,
  INVALID_MINIMUM_FILL: Code.INVALID_MINIMUM_FILL,
  UNKNOWN_PRODUCT: Code.UNKNOWN_PRODUCT,
  DUPLICATE_ORDER_ID: Code.DUPLICATE_ORDER_ID,
  CATALOG_UNAVAILABLE: Code.TRADING_UNAVAILABLE,
  ORDER_VALUE_TOO_LARGE: Code.AMOUNT_OUT_OF_RANGE,
  INVALID_SIDE: Code.TRADING_UNAVAILABLE,
  INVALID_SEQUENCE: Code.TRADING_UNAVAILABLE,
  SEQUENCE_NOT_INCREASING: Code.TRADING_UNAVAILABLE,
};

/** Orders places the bids it allowed in the book itself; trading never calls orders. */
@Injectable()
export class TradingClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: CommandClient;

  constructor(kafka: Kafka) {
    this.client = new CommandClient(kafka, 'orders-trading', [orderCommands.placeBid], 15_000);
  }

  async onModuleInit(): Promise<void> {
    await this.client.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  /** Places the bid; a refusal by the book is rethrown with its code. The bid's id makes a retry place it once. */
  async placeBid(request: PayloadOf<PlaceBid['request']>) {
    let result;
    try {
      result = await this.client.command(orderCommands.placeBid, request, request.productId);
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new OrdersError(Code.TRADING_UNAVAILABLE, 'the book did not answer in time; try again');
      throw error;
    }
    if (!result.ok)
      throw new OrdersError(
        BOOK_REFUSALS[result.error.code as ErrorCodeOf<PlaceBid>] ?? Code.TRADING_UNAVAILABLE,
        result.error.message,
        result.error.field,
      );
    return result.result;
  }
}
