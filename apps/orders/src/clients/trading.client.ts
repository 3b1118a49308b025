import { orderCommands, type ErrorCodeOf, type PayloadOf } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError } from '@lotbook/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

type PlaceBid = typeof orderCommands.placeBid;

/**
 * Each refusal of a bid by the book, as orders answers it: the same code, so the buyer sees what
 * trading said, except where orders words it its own way. Every code trading declares is here
 * and nothing else: a code trading adds fails to compile until it is given its answer.
 */
export const BOOK_REFUSALS: { readonly [TCode in ErrorCodeOf<PlaceBid>]: Code } = {
  FORBIDDEN: Code.FORBIDDEN,
  COMPANY_NOT_APPROVED: Code.COMPANY_NOT_APPROVED,
  INVALID_INPUT: Code.INVALID_INPUT,
  TRY_AGAIN: Code.TRADING_UNAVAILABLE,
  // The bid's id is orders' own, made once per bid request: a key reused is an id reused.
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
  CATALOG_UNAVAILABLE: Code.CATALOG_UNAVAILABLE,
  ORDER_VALUE_TOO_LARGE: Code.AMOUNT_OUT_OF_RANGE,
  INVALID_SIDE: Code.INVALID_SIDE,
  INVALID_SEQUENCE: Code.INVALID_SEQUENCE,
  SEQUENCE_NOT_INCREASING: Code.SEQUENCE_NOT_INCREASING,
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
    if (!result.ok) throw new OrdersError(BOOK_REFUSALS[result.error.code], result.error.message, result.error.field);
    return result.result;
  }
}
