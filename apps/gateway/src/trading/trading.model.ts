import { OrderChange, OrderCloseReason, OrderSide, OrderStatus } from '@lotbook/contracts';
import { Money } from '@lotbook/money';
import { Field, ID, InputType, Int, ObjectType, registerEnumType, type FieldMiddleware } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';

export { OrderChange, OrderCloseReason, OrderSide, OrderStatus };
registerEnumType(OrderSide, {
  name: 'OrderSide',
  description: 'BID (a buyer’s purchase request) or ASK (a seller’s offer from a listing)',
});
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'OPEN rests in the book; FILLED, CANCELLED, EXPIRED and CLOSED are final',
});
registerEnumType(OrderCloseReason, {
  name: 'OrderCloseReason',
  description: 'Why an order’s remainder was closed: it fell below its own minimum and could never trade',
});

/** A minor-units field of the same object, written as a decimal in major units of its currency ("512.35"). */
const inMajorUnits =
  (minorField: string): FieldMiddleware<Record<string, unknown> & { currency: string }> =>
  ({ source }) =>
    Money.of(source[minorField] as number, source.currency).toDecimal();

@ObjectType({ description: 'One trade: a quantity of a product between a bid and an ask at the resting order’s price' })
export class Trade {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field() currency!: string;
  @Field(() => ID) bidId!: string;
  @Field(() => ID) askId!: string;
  @Field(() => ID) listingId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => MinorUnits) priceMinor!: number;
  @Field(() => MinorUnits, { description: 'quantity × price' }) amountMinor!: number;
  @Field(() => String, { description: 'priceMinor as a decimal in major units ("635.00")', middleware: [inMajorUnits('priceMinor')] })
  price!: string;
  @Field(() => String, { description: 'amountMinor as a decimal in major units', middleware: [inMajorUnits('amountMinor')] })
  amount!: string;
  @Field(() => OrderSide, { description: 'The side whose order arrived and crossed the book' }) takerSide!: OrderSide;
  @Field(() => Timestamp) matchedAt!: string;
}

@ObjectType({ description: 'One of your trades, with your side and the company on the other side' })
export class MyTrade extends Trade {
  @Field(() => OrderSide, { description: 'BID when you bought, ASK when you sold' }) side!: OrderSide;
  @Field(() => ID) counterpartyCompanyId!: string;
  @Field() counterpartyName!: string;
}

@ObjectType({ description: 'A bid or an ask, as the book holds it' })
export class TradingOrder {
  @Field(() => ID) id!: string;
  @Field(() => OrderSide) side!: OrderSide;
  @Field(() => ID) productId!: string;
  @Field() currency!: string;
  @Field(() => ID, { nullable: true }) legalEntityId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The listing an ask sells from' }) listingId!: string | null;
  @Field(() => String, { nullable: true, description: 'Where an ask ships from' }) region!: string | null;
  @Field(() => [String], { description: 'Regions a bid takes goods from; empty is any' }) acceptedRegions!: string[];
  @Field(() => Int, { description: 'As placed, less reductions' }) quantity!: number;
  @Field(() => Int) openQuantity!: number;
  @Field(() => Int) filledQuantity!: number;
  @Field(() => MinorUnits) limitPriceMinor!: number;
  @Field(() => String, {
    description: 'limitPriceMinor as a decimal in major units ("512.35"), as limitPrice is given',
    middleware: [inMajorUnits('limitPriceMinor')],
  })
  limitPrice!: string;
  @Field(() => Int) minimumFill!: number;
  @Field(() => Int) minimumOrderQuantity!: number;
  @Field(() => Int) lotMultiple!: number;
  @Field(() => Timestamp, { nullable: true, description: 'Good till then; null is good till cancelled' }) expiresAt!: string | null;
  @Field(() => OrderStatus) status!: OrderStatus;
  @Field(() => OrderCloseReason, { nullable: true }) closeReason!: OrderCloseReason | null;
  @Field(() => Int, { description: 'Arrival order; earlier wins at the same price' }) sequence!: number;
  @Field(() => Timestamp) placedAt!: string;
}

@ObjectType()
export class MyOrder extends TradingOrder {
  @Field(() => [Trade], { description: 'This order’s trades, oldest first' }) fills!: Trade[];
}

@ObjectType({ description: 'An order just placed: its state after matching, and the trades it made at once' })
export class OrderPlacement {
  @Field(() => TradingOrder) order!: TradingOrder;
  @Field(() => [Trade]) trades!: Trade[];
}

@ObjectType({ description: 'All the orders at one price: how much and how many, never whose' })
export class DepthLevel {
  @Field(() => MinorUnits) priceMinor!: number;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) orderCount!: number;
}

@ObjectType({ description: 'A product’s book in one currency: price levels of each side, best first' })
export class BookDepth {
  @Field(() => ID) productId!: string;
  @Field() currency!: string;
  @Field(() => [DepthLevel], { description: 'Highest price first' }) bids!: DepthLevel[];
  @Field(() => [DepthLevel], { description: 'Lowest price first' }) asks!: DepthLevel[];
}

const LIMIT_PRICE_HELP = (what: string) =>
  `${what}, as a decimal in major units ("512.35"), read exactly in the currency: more decimals than the currency has is refused ` +
  '(PRICE_TOO_PRECISE), never rounded; or give limitPriceMinor';

@InputType({ description: 'A purchase request: the most you pay per base unit, and the smallest trade you accept' })
export class PlaceBidInput {
  @Field(() => ID) productId!: string;
  @Field({ description: 'ISO 4217; the book is one product in one currency' }) currency!: string;
  @Field(() => ID, { nullable: true, description: 'Which of your legal entities buys; your first one when left out' })
  legalEntityId?: string;
  @Field(() => Int, { description: 'Base units of the product' }) quantity!: number;
  @Field(() => MinorUnits, { nullable: true, description: 'The most you pay per base unit, in minor units; or give limitPrice' })
  limitPriceMinor?: number;
  @Field(() => String, { nullable: true, description: LIMIT_PRICE_HELP('The most you pay per base unit') }) limitPrice?: string;
  @Field(() => Int, { defaultValue: 1, description: 'The smallest trade you accept' }) minimumFill!: number;
  @Field(() => [String], { defaultValue: [], description: 'Warehouse regions you take goods from; empty is any' })
  acceptedRegions!: string[];
  @Field(() => Timestamp, { nullable: true, description: 'Good till this instant; good till cancelled when left out' }) expiresAt?: Date;
}

@InputType({ description: 'An offer from one of your listings; its stock is reserved while the ask is open' })
export class PlaceAskInput {
  @Field(() => ID) listingId!: string;
  @Field(() => ID, { nullable: true, description: 'When given, must be the listing’s product' }) productId?: string;
  @Field({ nullable: true, description: 'When given, must be the listing’s currency; required with limitPrice' }) currency?: string;
  @Field(() => Int) quantity!: number;
  @Field(() => MinorUnits, { nullable: true, description: 'The least you take per base unit, in minor units; or give limitPrice' })
  limitPriceMinor?: number;
  @Field(() => String, {
    nullable: true,
    description: LIMIT_PRICE_HELP('The least you take per base unit') + '; name the currency with it',
  })
  limitPrice?: string;
  @Field(() => Timestamp, { nullable: true }) expiresAt?: Date;
}
