import { BaseUnit, ListingStatus, ProductStatus } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json-object.scalar';
import { MinorUnits } from '../minor-units.scalar';

export { BaseUnit, ListingStatus, ProductStatus };
registerEnumType(BaseUnit, { name: 'BaseUnit', description: 'The unit quantities are counted in, always whole' });
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'DRAFT (not shown), ACTIVE (on sale) or PAUSED (hidden, its asks cancelled)',
});
registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: 'PROPOSED by a seller (waiting for an operator), ACTIVE (listable, visible) or REJECTED (with a reason)',
});

@ObjectType({ description: 'A category of the tree operators manage; every product sits in one' })
export class Category {
  @Field(() => ID, { description: 'The category’s id' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The category above it; null at the root' }) parentId!: string | null;
  @Field({ description: 'Its name, unique among its siblings' }) name!: string;
  @Field(() => [String], { description: 'Names from the root down to this category' }) path!: string[];
}

@ObjectType({ description: 'A product shared by all sellers' })
export class Product {
  @Field(() => ID, { description: 'The product’s id' }) id!: string;
  @Field({ description: 'Its unique code, upper case (e.g. HRS-S355-10)' }) code!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field({ description: 'What it is, in words' }) description!: string;
  @Field(() => ID, { description: 'The category it sits in' }) categoryId!: string;
  @Field(() => BaseUnit, { description: 'The unit its quantities are counted in' }) baseUnit!: BaseUnit;
  @Field(() => GraphQLJSONObject, { description: 'Filterable key/value attributes, e.g. {"grade": "S355"}' }) attributes!: Record<
    string,
    string
  >;
  @Field(() => ProductStatus, { description: 'Whether it may be listed and is visible' }) status!: ProductStatus;
  @Field(() => ID, { nullable: true, description: 'The seller company that proposed it; null when an operator created it' }) proposedBy!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Why an operator rejected it' }) rejectionReason!: string | null;
}

@ObjectType({ description: 'A volume price: from a quantity on, a lower unit price' })
@InputType('PriceBreakInput', { description: 'A volume price: from a quantity on, a lower unit price' })
export class PriceBreak {
  @Field(() => Int, { description: 'From this quantity (base units) on…' }) fromQuantity!: number;
  @Field(() => MinorUnits, { description: '…the unit price is this' }) unitPriceMinor!: number;
}

@ObjectType({ description: 'One seller’s offer of one product from one warehouse region' })
export class Listing {
  @Field(() => ID, { description: 'The listing’s id' }) id!: string;
  @Field(() => ID, { description: 'The seller company' }) sellerCompanyId!: string;
  @Field(() => ID, { description: 'The product it offers' }) productId!: string;
  @Field({ description: 'The seller’s own SKU; one listing per SKU' }) sellerSku!: string;
  @Field({ description: 'The warehouse region it ships from' }) region!: string;
  @Field({ description: 'ISO 4217 currency of its prices' }) currency!: string;
  @Field(() => MinorUnits, { description: 'The list unit price, in minor units per base unit' }) unitPriceMinor!: number;
  @Field(() => [PriceBreak], { description: 'Volume prices, rising in quantity' }) priceBreaks!: PriceBreak[];
  @Field(() => Int, { description: 'The smallest quantity sold, in base units' }) minimumOrderQuantity!: number;
  @Field(() => Int, { description: 'Quantities are whole multiples of this' }) lotMultiple!: number;
  @Field(() => Int, { description: 'Days from order to shipment' }) leadTimeDays!: number;
  @Field(() => Int, { description: 'Stock on hand, in base units (reservations not deducted)' }) onHand!: number;
  @Field(() => ListingStatus, { description: 'Whether it is on sale' }) status!: ListingStatus;
}

@InputType({ description: 'A product to create (operators) or propose (sellers)' })
export class ProductInput {
  @Field({ description: '2 to 64 letters, digits, dots, dashes or underscores; stored upper case, unique' }) code!: string;
  @Field({ description: 'Its name, 2 to 200 characters' }) name!: string;
  @Field({ defaultValue: '', description: 'What it is, in words' }) description!: string;
  @Field(() => ID, { description: 'The category it sits in' }) categoryId!: string;
  @Field(() => BaseUnit, { description: 'The unit its quantities are counted in' }) baseUnit!: BaseUnit;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filterable key/value attributes, e.g. {"grade": "S355"}' })
  attributes?: Record<string, string>;
}

@InputType({ description: 'A listing’s terms, keyed by your SKU: saving it creates the listing or updates the one with that SKU' })
export class ListingInput {
  @Field(() => ID, { description: 'The product offered (ACTIVE); an SKU always lists the same product' }) productId!: string;
  @Field({ description: 'Your own SKU, 1 to 64 characters' }) sellerSku!: string;
  @Field({ description: 'The warehouse region it ships from, 2 to 80 characters' }) region!: string;
  @Field({ description: 'ISO 4217' }) currency!: string;
  @Field(() => MinorUnits, { description: 'The list unit price, in minor units per base unit, above zero' }) unitPriceMinor!: number;
  @Field(() => [PriceBreak], { defaultValue: [], description: 'Volume prices: rising in quantity, never raising the price' })
  priceBreaks!: PriceBreak[];
  @Field(() => Int, { description: 'The smallest quantity sold, a multiple of the lot' }) minimumOrderQuantity!: number;
  @Field(() => Int, { defaultValue: 1, description: 'Quantities are whole multiples of this' }) lotMultiple!: number;
  @Field(() => Int, { defaultValue: 0, description: 'Days from order to shipment, 0 to 365' }) leadTimeDays!: number;
  @Field(() => Int, { description: 'Stock on hand, in base units; not below what is reserved' }) onHand!: number;
  @Field(() => ListingStatus, { defaultValue: ListingStatus.ACTIVE, description: 'Whether it is on sale' }) status!: ListingStatus;
}

@ObjectType({ description: 'Why a quantity cannot be quoted' })
export class QuoteRefusal {
  @Field({ description: 'NON_POSITIVE_QUANTITY, BELOW_MINIMUM_ORDER_QUANTITY, NOT_A_LOT_MULTIPLE or MORE_THAN_AVAILABLE' }) reason!: string;
  @Field({ description: 'The refusal, for people' }) message!: string;
}

@ObjectType({ description: 'The unit price and line total of a quantity for you, and why; or why not' })
export class PriceQuote {
  @Field({ description: 'True when the quantity can be quoted; otherwise see refusal' }) ok!: boolean;
  @Field(() => ID, { description: 'The listing quoted' }) listingId!: string;
  @Field(() => Int, { nullable: true, description: 'The quantity quoted, in base units' }) quantity?: number;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the prices' }) currency?: string;
  @Field(() => MinorUnits, { nullable: true, description: 'Your unit price, in minor units' }) unitPriceMinor?: number;
  @Field(() => MinorUnits, { nullable: true, description: 'quantity × unit price, in minor units' }) lineTotalMinor?: number;
  @Field(() => String, { nullable: true, description: 'LIST_PRICE, PRICE_BREAK or CONTRACT' }) basis?: string;
  @Field(() => String, { nullable: true, description: 'Why this price, for people' }) explanation?: string;
  @Field(() => QuoteRefusal, { nullable: true, description: 'Why not, when ok is false' }) refusal?: QuoteRefusal;
}

@ObjectType({ description: 'A seller’s personal price for one buyer company' })
export class ContractPrice {
  @Field(() => ID, { description: 'The contract price’s id' }) id!: string;
  @Field(() => ID, { description: 'The seller company that gives it' }) sellerCompanyId!: string;
  @Field(() => ID, { description: 'The buyer company it is for' }) buyerCompanyId!: string;
  @Field(() => ID, { nullable: true, description: 'The one listing it applies to; null for a category' }) listingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The whole category, sub-categories included' }) categoryId!: string | null;
  @Field(() => MinorUnits, { nullable: true, description: 'A unit price in minor units, for a listing' }) unitPriceMinor!: number | null;
  @Field(() => Int, { nullable: true, description: 'Percentage off in basis points: 500 = 5 %' }) percentOffBasisPoints!: number | null;
}

@ObjectType({ description: 'A listing found by search, with what a buyer needs to compare offers' })
export class ListingHit {
  @Field(() => Listing, { description: 'The listing found' }) listing!: Listing;
  @Field({ description: 'Its product’s code' }) productCode!: string;
  @Field({ description: 'Its product’s name' }) productName!: string;
  @Field(() => [String], { description: 'Category names from the root down to the product’s' }) categoryPath!: string[];
  @Field({ description: 'The seller’s trading name' }) sellerTradingName!: string;
  @Field(() => Int, { description: 'On hand less active reservations' }) available!: number;
  @Field(() => Number, { nullable: true, description: 'Full-text relevance, when searching by text' }) relevance!: number | null;
}

@ObjectType({ description: 'One page of search results' })
export class ListingSearchPage {
  @Field(() => [ListingHit], { description: 'The listings found, in the order asked for' }) hits!: ListingHit[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field({ description: 'Whether there are more results' }) hasNextPage!: boolean;
}

export enum ListingSort {
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ListingSort, {
  name: 'ListingSort',
  description: 'PRICE_ASC (cheapest first), PRICE_DESC, or RELEVANCE (best text match first; needs search text)',
});

@InputType({ description: 'Every filter is optional; they combine with AND' })
export class ListingSearchFilter {
  @Field({ nullable: true, description: 'Words to find in product codes, names and descriptions' }) text?: string;
  @Field(() => ID, { nullable: true, description: 'This category and everything under it' }) categoryId?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Products having all these attributes' }) attributes?: Record<
    string,
    string
  >;
  @Field({ nullable: true, description: 'Listings shipping from this warehouse region' }) region?: string;
  @Field({ nullable: true, description: 'Listings priced in this ISO 4217 currency' }) currency?: string;
  @Field(() => MinorUnits, { nullable: true, description: 'A list unit price of at least this, in minor units' }) minPriceMinor?: number;
  @Field(() => MinorUnits, { nullable: true, description: 'A list unit price of at most this, in minor units' }) maxPriceMinor?: number;
  @Field({ nullable: true, defaultValue: false, description: 'Only listings with stock available' }) inStockOnly?: boolean;
  @Field(() => ID, { nullable: true, description: 'Only this seller company’s listings' }) sellerCompanyId?: string;
}

@ObjectType({ description: 'One seller’s offer of a product, quoted for you' })
export class ProductOffer {
  @Field(() => Listing, { description: 'The seller’s listing' }) listing!: Listing;
  @Field({ description: 'The seller’s trading name' }) sellerTradingName!: string;
  @Field(() => Int, { description: 'On hand less active reservations' }) available!: number;
  @Field(() => PriceQuote, { description: 'Your price at the quantity asked (or the listing’s minimum), or why not' }) quote!: PriceQuote;
}
