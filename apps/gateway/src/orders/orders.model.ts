import { BidRequestStatus, PaymentMode, PriceBasis, SellerOrderOrigin, SellerOrderStatus } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';

export { BidRequestStatus, PaymentMode, PriceBasis, SellerOrderOrigin, SellerOrderStatus };
registerEnumType(BidRequestStatus, {
  name: 'BidRequestStatus',
  description: 'PENDING_APPROVAL waits for an approver; PLACED went to the book; REJECTED, EXPIRED and CANCELLED never did',
});
registerEnumType(SellerOrderStatus, {
  name: 'SellerOrderStatus',
  description:
    'PENDING_APPROVAL → (AWAITING_PAYMENT) → PLACED → CONFIRMED → SHIPPED → DELIVERED → COMPLETED; CANCELLED from the states that allow it',
});
registerEnumType(PaymentMode, {
  name: 'PaymentMode',
  description: 'NET_TERMS: invoiced at delivery, due after the payment term; PREPAY: paid before it moves on',
});
registerEnumType(SellerOrderOrigin, {
  name: 'SellerOrderOrigin',
  description: 'CHECKOUT: from a cart; TRADE: a trade matched in the book',
});
registerEnumType(PriceBasis, {
  name: 'PriceBasis',
  description: 'Why a unit price applies: list price, a volume break, a contract price, or the trade price',
});

@ObjectType({ description: 'One line of a seller order with every figure stored at pricing time, in minor units' })
export class SellerOrderLine {
  @Field(() => ID, { description: 'The line' }) id!: string;
  @Field(() => Int, { description: 'Its position in the order, from 1' }) lineNo!: number;
  @Field(() => ID, { description: 'The listing it buys from' }) listingId!: string;
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field({ description: 'The product’s name' }) productName!: string;
  @Field(() => ID, { description: 'The product’s category (its commission rate)' }) categoryId!: string;
  @Field({ description: 'The seller’s own SKU' }) sellerSku!: string;
  @Field(() => Int, { description: 'Ordered quantity in base units, after any refusal' }) quantity!: number;
  @Field(() => Int, { description: 'Units the seller refused when confirming' }) refusedQuantity!: number;
  @Field(() => Int, { description: 'Units shipped' }) shippedQuantity!: number;
  @Field(() => MinorUnits, { description: 'The unit price that applied to this buyer for this quantity' }) unitPriceMinor!: number;
  @Field(() => PriceBasis, { description: 'Why that unit price applies' }) priceBasis!: PriceBasis;
  @Field({ description: 'The reason for the price, in words' }) priceExplanation!: string;
  @Field(() => MinorUnits, { description: 'quantity × unit price' }) grossMinor!: number;
  @Field(() => MinorUnits, { description: 'This line’s share of the seller volume discount (funded by the seller)' })
  sellerDiscountMinor!: number;
  @Field(() => MinorUnits, { description: 'gross − seller discount' }) netMinor!: number;
  @Field(() => MinorUnits, { description: 'This line’s share of the loyalty discount (funded by the platform)' })
  loyaltyDiscountMinor!: number;
  @Field(() => MinorUnits, { description: 'net − loyalty discount: what the buyer pays for the line' }) payableMinor!: number;
  @Field(() => Int, { description: 'Commission rate of the category, in basis points (1/100 %)' }) commissionRateBp!: number;
  @Field(() => MinorUnits, { description: 'Commission on the line’s net, paid by the seller to the platform' }) commissionMinor!: number;
  @Field(() => Int, { description: 'Restocking fee rate for buyer-fault returns, in basis points' }) restockingRateBp!: number;
}

@ObjectType({ description: 'The seller volume discount rule an order was priced with' })
export class SellerDiscountRule {
  @Field(() => Int, { description: 'Rate in basis points' }) rateBp!: number;
  @Field(() => MinorUnits, { description: 'The seller order’s gross must reach this' }) thresholdMinor!: number;
  @Field({ description: 'Whether the order reached the threshold at checkout' }) applied!: boolean;
}

@ObjectType({ description: 'One status change of a seller order: who, when, why' })
export class OrderStatusStep {
  @Field(() => SellerOrderStatus, { nullable: true, description: 'The status before; null when the order was created' })
  from!: SellerOrderStatus | null;
  @Field(() => SellerOrderStatus, { description: 'The status after' }) to!: SellerOrderStatus;
  @Field({ description: 'USER, OPERATOR or SYSTEM (a timer, another service’s event)' }) actorKind!: string;
  @Field(() => ID, { nullable: true, description: 'The user or operator who acted' }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why, in words' }) reason!: string | null;
  @Field(() => Timestamp, { description: 'When' }) at!: string;
}

@ObjectType({ description: 'The figures of one seller’s part of a purchase, as priced' })
export class SellerOrderFigures {
  @Field(() => SellerOrderOrigin, { description: 'From a checkout or a trade' }) origin!: SellerOrderOrigin;
  @Field(() => ID, { nullable: true, description: 'The trade it came from' }) tradeId!: string | null;
  @Field(() => ID, { description: 'The buying company' }) buyerCompanyId!: string;
  @Field(() => ID, { nullable: true, description: 'The buyer’s legal entity it is placed for' }) buyerLegalEntityId!: string | null;
  @Field(() => ID, { description: 'The selling company' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency of every amount' }) currency!: string;
  @Field(() => PaymentMode, { description: 'On net terms or paid in advance' }) paymentMode!: PaymentMode;
  @Field(() => Int, { nullable: true, description: 'Days after delivery the invoice is due (net terms)' }) paymentTermDays!: number | null;
  @Field({ description: 'A prepaying buyer has paid it' }) paid!: boolean;
  @Field({ description: 'The delivery region (it picks the shipping fee)' }) deliveryRegion!: string;
  @Field({ description: 'The delivery address' }) deliveryAddress!: string;
  @Field(() => [SellerOrderLine], { description: 'The lines with their figures' }) lines!: SellerOrderLine[];
  @Field(() => MinorUnits, { description: 'Sum of the lines’ gross' }) grossMinor!: number;
  @Field(() => MinorUnits, { description: 'The seller volume discount (seller-funded)' }) sellerDiscountMinor!: number;
  @Field(() => MinorUnits, { description: 'gross − seller discount' }) netMinor!: number;
  @Field(() => MinorUnits, { description: 'The loyalty discount (platform-funded)' }) loyaltyDiscountMinor!: number;
  @Field(() => Int, { description: 'The buyer’s loyalty tier rate, in basis points' }) loyaltyRateBp!: number;
  @Field(() => MinorUnits, { description: 'Outbound shipping charged; 0 when free' }) shippingFeeMinor!: number;
  @Field(() => MinorUnits, { description: 'The seller’s fee for the region: what a return label costs, even when shipping was free' })
  regionalFeeMinor!: number;
  @Field({ description: 'Shipping was free (the net reached the seller’s free-shipping amount)' }) freeShipping!: boolean;
  @Field(() => MinorUnits, { description: 'Commission the seller pays the platform' }) commissionMinor!: number;
  @Field(() => MinorUnits, { description: 'What the buyer pays: sum(net − loyalty) + shipping' }) buyerPaysMinor!: number;
  @Field(() => SellerDiscountRule, { nullable: true, description: 'The seller discount rule it was priced with' })
  sellerDiscountRule!: SellerDiscountRule | null;
  @Field(() => Int, { description: 'Days after delivery a return may be filed' }) returnWindowDays!: number;
}

@ObjectType({ description: 'One seller’s order: part of a purchase, or a trade' })
export class SellerOrder extends SellerOrderFigures {
  @Field(() => ID, { description: 'The order' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The purchase it is part of; null for a trade order' }) purchaseId!: string | null;
  @Field(() => SellerOrderStatus, { description: 'Where it is in its lifecycle' }) status!: SellerOrderStatus;
  @Field(() => String, { nullable: true, description: 'The carrier it shipped with' }) carrier!: string | null;
  @Field(() => String, { nullable: true, description: 'The carrier’s tracking number' }) trackingNumber!: string | null;
  @Field(() => ID, { nullable: true, description: 'The user who placed it' }) placedByUserId!: string | null;
  @Field(() => Timestamp, { description: 'When it was placed' }) createdAt!: string;
  @Field(() => Timestamp, { description: 'When its status last changed' }) statusChangedAt!: string;
  @Field(() => Timestamp, { nullable: true, description: 'When it shipped' }) shippedAt!: string | null;
  @Field(() => Timestamp, { nullable: true, description: 'When it was delivered' }) deliveredAt!: string | null;
  @Field(() => [OrderStatusStep], { description: 'Every status step, oldest first' }) history!: OrderStatusStep[];
}

@ObjectType({ description: 'Whether a purchase above the company’s threshold was approved' })
export class PurchaseApproval {
  @Field({ description: 'PENDING, APPROVED, REJECTED or EXPIRED' }) status!: string;
  @Field(() => ID, { nullable: true, description: 'The approver who decided' }) decidedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'The approver’s reason' }) reason!: string | null;
  @Field(() => Timestamp, { nullable: true, description: 'When it was decided' }) decidedAt!: string | null;
  @Field(() => Timestamp, { description: 'When it expires if nobody decides (the purchase is then cancelled)' }) expiresAt!: string;
}

@ObjectType({ description: 'A checkout: one seller order per seller' })
export class Purchase {
  @Field(() => ID, { description: 'The purchase' }) id!: string;
  @Field(() => ID, { description: 'The buying company' }) buyerCompanyId!: string;
  @Field(() => ID, { description: 'The legal entity it was placed for' }) buyerLegalEntityId!: string;
  @Field(() => ID, { description: 'The user who placed it' }) placedByUserId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => MinorUnits, { description: 'What the buyer pays for all its seller orders' }) totalMinor!: number;
  @Field(() => PurchaseApproval, { nullable: true, description: 'Set when it needed an approver' }) approval!: PurchaseApproval | null;
  @Field(() => [SellerOrder], { description: 'Its seller orders' }) orders!: SellerOrder[];
  @Field(() => Timestamp, { description: 'When it was placed' }) createdAt!: string;
}

@ObjectType({ description: 'A line of the cart' })
export class CartLine {
  @Field(() => ID, { description: 'The cart line' }) id!: string;
  @Field(() => ID, { description: 'The listing' }) listingId!: string;
  @Field(() => ID, { description: 'The listing’s seller' }) sellerCompanyId!: string;
  @Field({ description: 'The listing’s currency' }) currency!: string;
  @Field(() => Int, { description: 'Quantity in base units' }) quantity!: number;
  @Field(() => Timestamp, { description: 'When it was added' }) addedAt!: string;
}

@ObjectType({ description: 'The company’s cart: lines from any number of sellers, in one currency' })
export class Cart {
  @Field(() => ID, { description: 'The buying company' }) companyId!: string;
  @Field(() => String, { nullable: true, description: 'The cart’s currency; null when empty' }) currency!: string | null;
  @Field(() => [CartLine], { description: 'The lines, oldest first' }) lines!: CartLine[];
}

@ObjectType({ description: 'The cart priced as it would be placed now; nothing is changed or reserved' })
export class CheckoutPreview {
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => [SellerOrderFigures], { description: 'One seller order per seller, with every amount' }) orders!: SellerOrderFigures[];
  @Field(() => MinorUnits, { description: 'What the buyer would pay in all' }) totalMinor!: number;
  @Field(() => PaymentMode, { description: 'How it would be paid' }) paymentMode!: PaymentMode;
  @Field({ description: 'Whether it would wait for an approver' }) needsApproval!: boolean;
}

@InputType({ description: 'For whom and where the cart is placed' })
export class CheckoutInput {
  @Field(() => ID, { description: 'The company’s legal entity the purchase is for' }) legalEntityId!: string;
  @Field({ description: 'The delivery region (it picks each seller’s shipping fee)' }) deliveryRegion!: string;
  @Field({ description: 'The delivery address' }) deliveryAddress!: string;
  @Field(() => String, { nullable: true, description: 'The checkout’s idempotency key, when it is not given as the mutation’s argument' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Units of a line' })
export class OrderLineQuantityInput {
  @Field(() => ID, { description: 'The order line' }) lineId!: string;
  @Field(() => Int, { description: 'Units' }) quantity!: number;
}

@ObjectType({ description: 'A seller’s shipping fee to one region' })
export class RegionFee {
  @Field({ description: 'The destination region' }) region!: string;
  @Field(() => MinorUnits, { description: 'The fee' }) feeMinor!: number;
}

@ObjectType({ description: 'A seller’s volume discount' })
export class VolumeDiscount {
  @Field(() => Int, { description: 'Rate in basis points' }) rateBp!: number;
  @Field(() => MinorUnits, { description: 'A seller order’s gross must reach this' }) thresholdMinor!: number;
}

@ObjectType({ description: 'A seller’s pricing terms in one currency' })
export class SellerTerms {
  @Field(() => ID, { description: 'The seller' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => VolumeDiscount, { nullable: true, description: 'Its volume discount, if any' }) volumeDiscount!: VolumeDiscount | null;
  @Field(() => [RegionFee], { description: 'Shipping fee per destination region; none set ships free everywhere' })
  shippingFees!: RegionFee[];
  @Field(() => MinorUnits, { nullable: true, description: 'Shipping is free from this seller-order net' }) freeShippingFromNetMinor!:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days after delivery a return may be filed; null: none of its own, the return policy’s default applies (returnPolicy)',
  })
  returnWindowDays!: number | null;
  @Field(() => Int, { description: 'Restocking fee for buyer-fault returns, in basis points' }) restockingRateBp!: number;
}

@InputType({ description: 'A seller’s volume discount' })
export class VolumeDiscountInput {
  @Field(() => Int, { description: 'Rate in basis points (1 to 10,000)' }) rateBp!: number;
  @Field(() => MinorUnits, { description: 'A seller order’s gross must reach this' }) thresholdMinor!: number;
}

@InputType({ description: 'A shipping fee to one region' })
export class RegionFeeInput {
  @Field({ description: 'The destination region' }) region!: string;
  @Field(() => MinorUnits, { description: 'The fee' }) feeMinor!: number;
}

@InputType({ description: 'A seller’s pricing terms in one currency' })
export class SellerTermsInput {
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => VolumeDiscountInput, { nullable: true, description: 'A volume discount; none when left out' })
  volumeDiscount?: VolumeDiscountInput | null;
  @Field(() => [RegionFeeInput], { description: 'Shipping fee per destination region' }) shippingFees!: RegionFeeInput[];
  @Field(() => MinorUnits, { nullable: true, description: 'Shipping is free from this seller-order net' }) freeShippingFromNetMinor?:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Days after delivery a return may be filed (0 to 365); leave it out to keep none of your own and follow the return policy’s default (30 unless an operator changed it)',
  })
  returnWindowDays?: number | null;
  @Field(() => Int, { defaultValue: 0, description: 'Restocking fee for buyer-fault returns, in basis points' }) restockingRateBp!: number;
}

@ObjectType({ description: 'A loyalty tier: a rate for a year’s purchases within its bounds' })
export class LoyaltyTier {
  @Field({ description: 'Lower bound, a decimal in major units' }) fromMajor!: string;
  @Field({ description: 'Whether exactly fromMajor is in this tier' }) fromInclusive!: boolean;
  @Field(() => String, { nullable: true, description: 'Upper bound; null for the top tier' }) toMajor!: string | null;
  @Field({ description: 'Whether exactly toMajor is in this tier' }) toInclusive!: boolean;
  @Field(() => Int, { description: 'Rate in basis points' }) rateBp!: number;
}

@InputType({ description: 'A loyalty tier' })
export class LoyaltyTierInput {
  @Field({ description: 'Lower bound, a decimal in major units' }) fromMajor!: string;
  @Field({ description: 'Whether exactly fromMajor is in this tier' }) fromInclusive!: boolean;
  @Field(() => String, { nullable: true, description: 'Upper bound; null for the top tier' }) toMajor!: string | null;
  @Field({ description: 'Whether exactly toMajor is in this tier' }) toInclusive!: boolean;
  @Field(() => Int, { description: 'Rate in basis points' }) rateBp!: number;
}

@ObjectType({ description: 'The commission rate of one category' })
export class CategoryCommission {
  @Field(() => ID, { description: 'The category' }) categoryId!: string;
  @Field(() => Int, { description: 'Rate in basis points' }) rateBp!: number;
}

@ObjectType({ description: 'A currency’s loyalty tier table' })
export class CurrencyLoyaltyTiers {
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => [LoyaltyTier], { description: 'Its tiers' }) tiers!: LoyaltyTier[];
}

@ObjectType({ description: 'The operator’s commission and loyalty tables' })
export class PricingTables {
  @Field(() => Int, { description: 'Commission for categories without their own rate, in basis points' }) defaultCommissionRateBp!: number;
  @Field(() => [CategoryCommission], { description: 'Commission per category' }) categoryCommissions!: CategoryCommission[];
  @Field(() => [CurrencyLoyaltyTiers], { description: 'Loyalty tables set per currency (others use the default table)' })
  loyaltyTiers!: CurrencyLoyaltyTiers[];
  @Field(() => Int, {
    description: 'How long a purchase or bid waiting for an approver keeps its stock or credit before it lapses, in seconds',
  })
  approvalExpirySeconds!: number;
  @Field({ description: 'Whether an operator set it (setApprovalExpiry); false: the deployment’s default applies' })
  approvalExpirySetByOperator!: boolean;
}

@ObjectType({ description: 'Another offer that could fill a quick-order row' })
export class QuickOrderAlternative {
  @Field(() => ID, { description: 'The listing' }) listingId!: string;
  @Field(() => ID, { description: 'Its seller' }) sellerCompanyId!: string;
  @Field(() => MinorUnits, { description: 'Its unit price for you' }) unitPriceMinor!: number;
  @Field(() => Int, { description: 'Available now' }) available!: number;
}

@ObjectType({ description: 'What happened to one row of a quick order or a reorder' })
export class QuickOrderRow {
  @Field(() => Int, { description: 'Line number in the list' }) line!: number;
  @Field({ description: 'The SKU or product code as given' }) reference!: string;
  @Field(() => Int, { nullable: true, description: 'The quantity as given' }) quantity!: number | null;
  @Field({ description: 'ADDED to the cart or REJECTED' }) outcome!: string;
  @Field(() => ID, { nullable: true, description: 'The listing chosen' }) listingId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected (an error code)' }) code!: string | null;
  @Field(() => String, { nullable: true, description: 'Why, in words' }) message!: string | null;
  @Field(() => [QuickOrderAlternative], { description: 'Other offers that could fill it' }) alternatives!: QuickOrderAlternative[];
}

@ObjectType({ description: 'A quick order’s or a reorder’s report and the cart after it' })
export class QuickOrderResult {
  @Field(() => [QuickOrderRow], { description: 'One row per line' }) rows!: QuickOrderRow[];
  @Field(() => Cart, { description: 'The cart after' }) cart!: Cart;
}

@ObjectType({ description: 'A bid as orders took it: waiting for an approver, or placed in the book' })
export class BidRequest {
  @Field(() => ID, { description: 'The bid’s id, the same in the book once placed' }) id!: string;
  @Field(() => ID, { description: 'The buying company' }) buyerCompanyId!: string;
  @Field(() => ID, { nullable: true, description: 'The legal entity it buys for' }) legalEntityId!: string | null;
  @Field(() => ID, { description: 'The user who placed it' }) placedByUserId!: string;
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Int, { description: 'Quantity in base units' }) quantity!: number;
  @Field(() => MinorUnits, { description: 'The most it pays per unit' }) limitPriceMinor!: number;
  @Field(() => MinorUnits, { description: 'quantity × limit price: what the approval rule and the credit check weigh' })
  maxValueMinor!: number;
  @Field(() => BidRequestStatus, { description: 'Where it is' }) status!: BidRequestStatus;
  @Field(() => ID, { nullable: true, description: 'The approver who decided' }) decidedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'The approver’s reason' }) reason!: string | null;
  @Field(() => Timestamp, { description: 'When it was placed' }) createdAt!: string;
  @Field(() => Timestamp, { nullable: true, description: 'When a waiting bid expires if nobody decides' }) expiresAt!: string | null;
}
