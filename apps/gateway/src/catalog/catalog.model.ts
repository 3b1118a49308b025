import { BaseUnit, ListingStatus, ProductStatus } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json-object.scalar';
import { MinorUnits } from '../minor-units.scalar';

export { BaseUnit, ListingStatus, ProductStatus };
registerEnumType(BaseUnit, { name: 'BaseUnit', description: 'The unit quantities are counted in, always whole' });
registerEnumType(ListingStatus, { name: 'ListingStatus' });
registerEnumType(ProductStatus, { name: 'ProductStatus' });

@ObjectType()
export class Category {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() name!: string;
  @Field(() => [String], { description: 'Names from the root down to this category' }) path!: string[];
}

@ObjectType({ description: 'A product shared by all sellers' })
export class Product {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => BaseUnit) baseUnit!: BaseUnit;
  @Field(() => GraphQLJSONObject, { description: 'Filterable key/value attributes, e.g. {"grade": "S355"}' }) attributes!: Record<string, string>;
  @Field(() => ProductStatus) status!: ProductStatus;
  @Field(() => ID, { nullable: true }) proposedBy!: string | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
}

@ObjectType()
@InputType('PriceBreakInput')
export class PriceBreak {
  @Field(() => Int, { description: 'From this quantity (base units) on…' }) fromQuantity!: number;
  @Field(() => MinorUnits, { description: '…the unit price is this' }) unitPriceMinor!: number;
}

@ObjectType({ description: 'One seller’s offer of one product from one warehouse region' })
export class Listing {
  @Field(() => ID) id!: string;
  @Field(() => ID) sellerCompanyId!: string;
  @Field(() => ID) productId!: string;
  @Field() sellerSku!: string;
  @Field() region!: string;
  @Field() currency!: string;
  @Field(() => MinorUnits) unitPriceMinor!: number;
  @Field(() => [PriceBreak]) priceBreaks!: PriceBreak[];
  @Field(() => Int) minimumOrderQuantity!: number;
  @Field(() => Int) lotMultiple!: number;
  @Field(() => Int) leadTimeDays!: number;
  @Field(() => Int) onHand!: number;
  @Field(() => ListingStatus) status!: ListingStatus;
}

@InputType()
export class ProductInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ defaultValue: '' }) description!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => BaseUnit) baseUnit!: BaseUnit;
  @Field(() => GraphQLJSONObject, { nullable: true }) attributes?: Record<string, string>;
}

@InputType()
export class ListingInput {
  @Field(() => ID) productId!: string;
  @Field() sellerSku!: string;
  @Field() region!: string;
  @Field({ description: 'ISO 4217' }) currency!: string;
  @Field(() => MinorUnits) unitPriceMinor!: number;
  @Field(() => [PriceBreak], { defaultValue: [] }) priceBreaks!: PriceBreak[];
  @Field(() => Int) minimumOrderQuantity!: number;
  @Field(() => Int, { defaultValue: 1 }) lotMultiple!: number;
  @Field(() => Int, { defaultValue: 0 }) leadTimeDays!: number;
  @Field(() => Int) onHand!: number;
  @Field(() => ListingStatus, { defaultValue: ListingStatus.ACTIVE }) status!: ListingStatus;
}

@ObjectType({ description: 'Why a quantity cannot be quoted' })
export class QuoteRefusal {
  @Field({ description: 'NON_POSITIVE_QUANTITY, BELOW_MINIMUM_ORDER_QUANTITY, NOT_A_LOT_MULTIPLE or MORE_THAN_AVAILABLE' }) reason!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'The unit price and line total of a quantity for you, and why; or why not' })
export class PriceQuote {
  @Field() ok!: boolean;
  @Field(() => ID) listingId!: string;
  @Field(() => Int, { nullable: true }) quantity?: number;
  @Field(() => String, { nullable: true }) currency?: string;
  @Field(() => MinorUnits, { nullable: true }) unitPriceMinor?: number;
  @Field(() => MinorUnits, { nullable: true }) lineTotalMinor?: number;
  @Field(() => String, { nullable: true, description: 'LIST_PRICE, PRICE_BREAK or CONTRACT' }) basis?: string;
  @Field(() => String, { nullable: true }) explanation?: string;
  @Field(() => QuoteRefusal, { nullable: true }) refusal?: QuoteRefusal;
}

@ObjectType({ description: 'A seller’s personal price for one buyer company' })
export class ContractPrice {
  @Field(() => ID) id!: string;
  @Field(() => ID) sellerCompanyId!: string;
  @Field(() => ID) buyerCompanyId!: string;
  @Field(() => ID, { nullable: true }) listingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The whole category, sub-categories included' }) categoryId!: string | null;
  @Field(() => MinorUnits, { nullable: true }) unitPriceMinor!: number | null;
  @Field(() => Int, { nullable: true, description: 'Percentage off in basis points: 500 = 5 %' }) percentOffBasisPoints!: number | null;
}

@ObjectType({ description: 'A listing found by search, with what a buyer needs to compare offers' })
export class ListingHit {
  @Field(() => Listing) listing!: Listing;
  @Field() productCode!: string;
  @Field() productName!: string;
  @Field(() => [String]) categoryPath!: string[];
  @Field() sellerTradingName!: string;
  @Field(() => Int, { description: 'On hand less active reservations' }) available!: number;
  @Field(() => Number, { nullable: true, description: 'Full-text relevance, when searching by text' }) relevance!: number | null;
}

@ObjectType()
export class ListingSearchPage {
  @Field(() => [ListingHit]) hits!: ListingHit[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

export enum ListingSort {
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ListingSort, { name: 'ListingSort' });

@InputType({ description: 'Every filter is optional; they combine with AND' })
export class ListingSearchFilter {
  @Field({ nullable: true, description: 'Words to find in product codes, names and descriptions' }) text?: string;
  @Field(() => ID, { nullable: true, description: 'This category and everything under it' }) categoryId?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Products having all these attributes' }) attributes?: Record<string, string>;
  @Field({ nullable: true }) region?: string;
  @Field({ nullable: true }) currency?: string;
  @Field(() => MinorUnits, { nullable: true }) minPriceMinor?: number;
  @Field(() => MinorUnits, { nullable: true }) maxPriceMinor?: number;
  @Field({ nullable: true, defaultValue: false }) inStockOnly?: boolean;
  @Field(() => ID, { nullable: true }) sellerCompanyId?: string;
}

@ObjectType({ description: 'One seller’s offer of a product, quoted for you' })
export class ProductOffer {
  @Field(() => Listing) listing!: Listing;
  @Field() sellerTradingName!: string;
  @Field(() => Int) available!: number;
  @Field(() => PriceQuote) quote!: PriceQuote;
}
