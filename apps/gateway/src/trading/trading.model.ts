import { OrderChange, OrderCloseReason, OrderSide, OrderStatus } from '@lotbook/contracts';
import { Money } from '@lotbook/money';
import { Field, ID, InputType, Int, ObjectType, registerEnumType, type FieldMiddleware } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { BidRequest } from '../orders/orders.model';
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
  @Field(() => ID, { description: 'The trade’s id' }) id!: string;
  @Field(() => ID, { description: 'The product traded' }) productId!: string;
  @Field({ description: 'ISO 4217 currency of the price and amount' }) currency!: string;
  @Field(() => ID, { description: 'The bid that traded' }) bidId!: string;
  @Field(() => ID, { description: 'The ask that traded' }) askId!: string;
  @Field(() => ID, { description: 'The listing the ask sells from' }) listingId!: string;
  @Field(() => Int, { description: 'Base units traded' }) quantity!: number;
  @Field(() => MinorUnits, { description: 'The unit price in minor units: the resting order’s limit price' }) priceMinor!: number;
  @Field(() => MinorUnits, { description: 'quantity × price' }) amountMinor!: number;
  @Field(() => String, { description: 'priceMinor as a decimal in major units ("635.00")', middleware: [inMajorUnits('priceMinor')] })
  price!: string;
  @Field(() => String, { description: 'amountMinor as a decimal in major units', middleware: [inMajorUnits('amountMinor')] })
  amount!: string;
  @Field(() => OrderSide, { description: 'The side whose order arrived and crossed the book' }) takerSide!: OrderSide;
  @Field(() => Timestamp, { description: 'When the bid and the ask matched' }) matchedAt!: string;
}

@ObjectType({ description: 'One of your trades, with your side and the company on the other side' })
export class MyTrade extends Trade {
  @Field(() => OrderSide, { description: 'BID when you bought, ASK when you sold' }) side!: OrderSide;
  @Field(() => ID, { description: 'The company on the other side' }) counterpartyCompanyId!: string;
  @Field({ description: 'Its trading name' }) counterpartyName!: string;
}

@ObjectType({ description: 'A bid or an ask, as the book holds it' })
export class TradingOrder {
  @Field(() => ID, { description: 'The order’s id' }) id!: string;
  @Field(() => OrderSide, { description: 'BID or ASK' }) side!: OrderSide;
  @Field(() => ID, { description: 'The product of its book' }) productId!: string;
  @Field({ description: 'ISO 4217 currency of its book' }) currency!: string;
  @Field(() => ID, { nullable: true, description: 'The legal entity a bid buys for; null for asks' }) legalEntityId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The listing an ask sells from' }) listingId!: string | null;
  @Field(() => String, { nullable: true, description: 'Where an ask ships from' }) region!: string | null;
  @Field(() => [String], { description: 'Regions a bid takes goods from; empty is any' }) acceptedRegions!: string[];
  @Field(() => Int, { description: 'As placed, less reductions' }) quantity!: number;
  @Field(() => Int, { description: 'What is still open in the book, in base units' }) openQuantity!: number;
  @Field(() => Int, { description: 'What has traded, in base units' }) filledQuantity!: number;
  @Field(() => MinorUnits, { description: 'The limit unit price in minor units: the most a bid pays, the least an ask takes' })
  limitPriceMinor!: number;
  @Field(() => String, {
    description: 'limitPriceMinor as a decimal in major units ("512.35"), as limitPrice is given',
    middleware: [inMajorUnits('limitPriceMinor')],
  })
  limitPrice!: string;
  @Field(() => Int, { description: 'The smallest trade a bid accepts (1 for asks)' }) minimumFill!: number;
  @Field(() => Int, { description: 'An ask’s listing minimum order quantity (1 for bids)' }) minimumOrderQuantity!: number;
  @Field(() => Int, { description: 'An ask trades whole multiples of this (1 for bids)' }) lotMultiple!: number;
  @Field(() => Timestamp, { nullable: true, description: 'Good till then; null is good till cancelled' }) expiresAt!: string | null;
  @Field(() => OrderStatus, { description: 'OPEN in the book, or how it ended' }) status!: OrderStatus;
  @Field(() => OrderCloseReason, { nullable: true, description: 'Why it was CLOSED; null otherwise' })
  closeReason!: OrderCloseReason | null;
  @Field(() => Int, { description: 'Arrival order; earlier wins at the same price' }) sequence!: number;
  @Field(() => Timestamp, { description: 'When it entered the book' }) placedAt!: string;
}

@ObjectType({ description: 'One of your orders, with its trades' })
export class MyOrder extends TradingOrder {
  @Field(() => [Trade], { description: 'This order’s trades, oldest first' }) fills!: Trade[];
}

@ObjectType({ description: 'An order just placed: its state after matching, and the trades it made at once' })
export class OrderPlacement {
  @Field(() => TradingOrder, { nullable: true, description: 'The order after matching; null while a bid waits for an approver' })
  order!: TradingOrder | null;
  @Field(() => [Trade], { description: 'The trades it made when it was placed, in order' }) trades!: Trade[];
  @Field(() => BidRequest, { nullable: true, description: 'For a bid: how orders took it (placed, or waiting for an approver)' })
  bidRequest?: BidRequest | null;
}

@ObjectType({ description: 'All the orders at one price: how much and how many, never whose' })
export class DepthLevel {
  @Field(() => MinorUnits, { description: 'The price, in minor units per base unit' }) priceMinor!: number;
  @Field(() => Int, { description: 'The open quantity of all orders at this price' }) quantity!: number;
  @Field(() => Int, { description: 'How many orders rest at this price' }) orderCount!: number;
}

@ObjectType({ description: 'A product’s book in one currency: price levels of each side, best first' })
export class BookDepth {
  @Field(() => ID, { description: 'The product of the book' }) productId!: string;
  @Field({ description: 'ISO 4217 currency of the book' }) currency!: string;
  @Field(() => [DepthLevel], { description: 'Highest price first' }) bids!: DepthLevel[];
  @Field(() => [DepthLevel], { description: 'Lowest price first' }) asks!: DepthLevel[];
}

const LIMIT_PRICE_HELP = (what: string) =>
  `${what}, as a decimal in major units ("512.35"), read exactly in the currency: more decimals than the currency has is refused ` +
  '(PRICE_TOO_PRECISE), never rounded; or give limitPriceMinor';

@InputType({ description: 'A purchase request: the most you pay per base unit, and the smallest trade you accept' })
export class PlaceBidInput {
  @Field(() => ID, { description: 'The product to buy (ACTIVE)' }) productId!: string;
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
  @Field(() => ID, { description: 'Your listing the ask sells from: product, currency, region, minimum and lot come from it' })
  listingId!: string;
  @Field(() => ID, { nullable: true, description: 'When given, must be the listing’s product' }) productId?: string;
  @Field({ nullable: true, description: 'When given, must be the listing’s currency; required with limitPrice' }) currency?: string;
  @Field(() => Int, { description: 'Base units to sell: at least the listing’s minimum and a whole number of its lots' }) quantity!: number;
  @Field(() => MinorUnits, { nullable: true, description: 'The least you take per base unit, in minor units; or give limitPrice' })
  limitPriceMinor?: number;
  @Field(() => String, {
    nullable: true,
    description: LIMIT_PRICE_HELP('The least you take per base unit') + '; name the currency with it',
  })
  limitPrice?: string;
  @Field(() => Timestamp, { nullable: true, description: 'Good till this instant; good till cancelled when left out' }) expiresAt?: Date;
}
