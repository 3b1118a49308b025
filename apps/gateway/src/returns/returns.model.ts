import { ReturnAction, ReturnAmountName, ReturnFault, ReturnReason, ReturnStatus } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';

export { ReturnAction, ReturnAmountName, ReturnFault, ReturnReason, ReturnStatus };
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description:
    'REQUESTED → ACCEPTED (or DISPUTED → an operator decides → ACCEPTED) → RECEIVED → REFUNDED (at once: Lotbook issues the refund)',
});
registerEnumType(ReturnReason, {
  name: 'ReturnReason',
  description:
    'Why an item goes back; the return policy’s reason → fault table (returnPolicy) decides whose fault it is, and so who pays. The faults below are the defaults',
  valuesMap: {
    DEFECTIVE: { description: 'Seller’s fault by default: it does not work' },
    NOT_AS_DESCRIBED: { description: 'Seller’s fault by default: it is not what the listing said' },
    WRONG_ITEM: { description: 'Seller’s fault by default: another product was sent' },
    CHANGED_MIND: { description: 'Buyer’s reason by default: not wanted any more' },
    ORDERED_BY_MISTAKE: { description: 'Buyer’s reason by default: ordered in error' },
    DAMAGED_IN_TRANSIT: {
      description: 'Carrier’s fault by default: broken on the way (a carrier-fault item waits for an operator to accept the claim)',
    },
  },
});
registerEnumType(ReturnFault, {
  name: 'ReturnFault',
  description: 'Whose fault a returned item is: SELLER, BUYER or CARRIER (the row of the who-pays table)',
});
registerEnumType(ReturnAction, {
  name: 'ReturnAction',
  description:
    'A step of a seller return: filed by the buyer, accepted or disputed by the seller, a carrier claim accepted or a dispute decided by an operator, the parcel received, the refund issued',
});
registerEnumType(ReturnAmountName, {
  name: 'ReturnAmountName',
  description: 'The machine name of an amount of a return quote (the README’s who-pays table names each)',
});

@ObjectType({ description: 'One amount of a return, with its name and why, in minor units' })
export class ReturnAmount {
  @Field(() => ReturnAmountName, { description: 'What the amount is' }) name!: ReturnAmountName;
  @Field(() => MinorUnits, { description: 'The amount' }) amountMinor!: number;
  @Field({ description: 'Why, in words, for the buyer' }) reason!: string;
}

@ObjectType({ description: 'One returned item with every amount of the policy and who pays it' })
export class ReturnItemQuote {
  @Field(() => ID, { description: 'The order line' }) lineId!: string;
  @Field(() => ID, { description: 'Its seller order' }) sellerOrderId!: string;
  @Field(() => Int, { description: 'Units returned' }) quantity!: number;
  @Field(() => ReturnReason, { description: 'Why' }) reason!: ReturnReason;
  @Field(() => ReturnFault, { description: 'Whose fault it is' }) fault!: ReturnFault;
  @Field(() => Int, { description: 'Units of the line earlier returns took: this item holds units (before, before + quantity]' })
  returnedBefore!: number;
  @Field(() => ReturnAmount, { description: 'm: the units’ share of the line’s price after the seller’s volume discount' })
  netShare!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'p: their share of the loyalty discount (platform-funded), not refunded' })
  loyaltyDiscountShare!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'c: their share of the platform’s commission' }) commissionShare!: ReturnAmount;
  @Field(() => ReturnAmount, {
    description: 'f: their part of the outbound fee this return frees (refunded for seller and carrier faults)',
  })
  outboundFeeShare!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'Their part of the return parcel’s label' }) returnLabelShare!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'g: volume discount given back (earlier returns clawed it back)' }) giveBack!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'Their part of the volume-discount clawback, before the refund’s floor' })
  clawbackShare!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The clawback actually deducted' }) clawbackDeducted!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'Restocking fee (buyer fault), before the refund’s floor' }) restockingFee!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The restocking fee actually deducted' }) restockingDeducted!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The label actually deducted (buyer fault)' }) returnLabelDeducted!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What the buyer gets back for the item; never negative' }) refund!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What the seller pays for the item' }) sellerPays!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What the platform pays for the item' }) platformPays!: ReturnAmount;
}

@ObjectType({ description: 'Sums over a set of returned items, in minor units' })
export class ReturnTotals {
  @Field(() => MinorUnits, { description: 'Sum of m' }) netShareMinor!: number;
  @Field(() => MinorUnits, { description: 'Sum of p' }) loyaltyDiscountShareMinor!: number;
  @Field(() => MinorUnits, { description: 'Sum of c' }) commissionShareMinor!: number;
  @Field(() => MinorUnits, { description: 'Outbound fee refunded (seller- and carrier-fault items)' }) outboundFeeRefundedMinor!: number;
  @Field(() => MinorUnits, { description: 'Volume discount given back' }) giveBackMinor!: number;
  @Field(() => MinorUnits, { description: 'Clawback deducted' }) clawbackDeductedMinor!: number;
  @Field(() => MinorUnits, { description: 'Restocking fees deducted' }) restockingDeductedMinor!: number;
  @Field(() => MinorUnits, { description: 'Labels deducted from refunds' }) returnLabelDeductedMinor!: number;
  @Field(() => MinorUnits, { description: 'Refunded to the buyer' }) refundMinor!: number;
  @Field(() => MinorUnits, { description: 'Paid by the seller(s)' }) sellerPaysMinor!: number;
  @Field(() => MinorUnits, { description: 'Paid by the platform' }) platformPaysMinor!: number;
}

@ObjectType({ description: 'The volume-discount clawback of one seller order at this return' })
export class ReturnClawback {
  @Field({ description: 'Whether the gross kept (less buyer-fault returns) is now below an applied discount’s threshold' })
  triggered!: boolean;
  @Field(() => MinorUnits, { description: 'Gross of the order’s units not returned for buyer-fault reasons, after this return' })
  keptGrossMinor!: number;
  @Field(() => ReturnAmount, { description: 'The clawback due after this return' }) due!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What earlier returns deducted, net of their give-backs' }) heldBefore!: ReturnAmount;
  @Field(() => MinorUnits, { description: 'due − heldBefore: positive is deducted, negative is given back' }) thisReturnMinor!: number;
  @Field(() => ReturnAmount, { description: 'What this return’s buyer-fault items deducted' }) deducted!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What could not be deducted now and stays due' }) leftDue!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The give-back of this return, paid by the seller' }) giveBack!: ReturnAmount;
}

@ObjectType({ description: 'One seller order’s part of a return: one parcel, one label' })
export class SellerOrderReturnQuote {
  @Field(() => ID, { description: 'The seller order' }) sellerOrderId!: string;
  @Field(() => ID, { description: 'Its seller' }) sellerCompanyId!: string;
  @Field(() => [ID], { description: 'Its lines in this return' }) lineIds!: string[];
  @Field(() => ReturnAmount, { description: 'L: the label of its parcel' }) returnLabel!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The part of its outbound fee this return frees' }) outboundFeeShare!: ReturnAmount;
  @Field(() => ReturnClawback, { description: 'Its volume-discount clawback' }) clawback!: ReturnClawback;
  @Field(() => ReturnTotals, { description: 'Its items’ sums' }) totals!: ReturnTotals;
}

@ObjectType({
  description:
    'Every amount of a return, per item, per seller order and in all, with who pays it. sellersPay + platformPays = refund + returnLabels',
})
export class ReturnQuote {
  @Field({ description: 'ISO 4217 currency of every amount' }) currency!: string;
  @Field(() => [ReturnItemQuote], { description: 'The items, in the order asked' }) items!: ReturnItemQuote[];
  @Field(() => [SellerOrderReturnQuote], { description: 'One part per seller order' }) sellerOrders!: SellerOrderReturnQuote[];
  @Field(() => ReturnAmount, { description: 'The refund to the buyer' }) refund!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What the sellers pay in all' }) sellersPay!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'What the platform pays' }) platformPays!: ReturnAmount;
  @Field(() => ReturnAmount, { description: 'The return labels, one per seller order' }) returnLabels!: ReturnAmount;
  @Field(() => ReturnTotals, { description: 'Sums over every item' }) totals!: ReturnTotals;
  @Field(() => Int, {
    description: 'The version of the return policy the figures follow (give it to fileReturn to file exactly these figures)',
  })
  policyVersion!: number;
}

@ObjectType({ description: 'One item of a seller return' })
export class SellerReturnItem {
  @Field(() => ID, { description: 'The order line' }) lineId!: string;
  @Field(() => ID, { description: 'The listing it was bought from' }) listingId!: string;
  @Field({ description: 'The product’s name' }) productName!: string;
  @Field({ description: 'The seller’s SKU' }) sellerSku!: string;
  @Field(() => Int, { description: 'Units returned' }) quantity!: number;
  @Field(() => ReturnReason, { description: 'The reason now (an operator may have changed it)' }) reason!: ReturnReason;
  @Field(() => ReturnFault, { description: 'Whose fault, by that reason' }) fault!: ReturnFault;
  @Field(() => ReturnReason, { description: 'The reason the buyer filed' }) filedReason!: ReturnReason;
  @Field(() => String, { nullable: true, description: 'The buyer’s comment' }) comment!: string | null;
}

@ObjectType({ description: 'One step of a seller return: who, when, why' })
export class ReturnStep {
  @Field(() => ReturnAction, { description: 'The step' }) action!: ReturnAction;
  @Field(() => ReturnStatus, { nullable: true, description: 'The status before; null when filed' }) from!: ReturnStatus | null;
  @Field(() => ReturnStatus, { description: 'The status after' }) to!: ReturnStatus;
  @Field({ description: 'USER, OPERATOR or SYSTEM' }) actorKind!: string;
  @Field(() => ID, { nullable: true, description: 'The user or operator who acted' }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why, in words' }) note!: string | null;
  @Field(() => Timestamp, { description: 'When' }) at!: string;
}

@ObjectType({ description: 'One seller’s part of a return: its items, its figures and its lifecycle' })
export class SellerReturn {
  @Field(() => ID, { description: 'The seller return' }) id!: string;
  @Field(() => ID, { description: 'The return request it was filed with' }) requestId!: string;
  @Field(() => ID, { nullable: true, description: 'The purchase; null for a trade order' }) purchaseId!: string | null;
  @Field(() => ID, { description: 'The seller order returned from' }) sellerOrderId!: string;
  @Field(() => ID, { description: 'The buying company' }) buyerCompanyId!: string;
  @Field(() => ID, { description: 'The selling company' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => ReturnStatus, { description: 'Where it stands' }) status!: ReturnStatus;
  @Field({ description: 'Whether an operator has accepted its items damaged in transit' }) carrierClaimAccepted!: boolean;
  @Field(() => [SellerReturnItem], { description: 'Its items' }) items!: SellerReturnItem[];
  @Field(() => ReturnQuote, { description: 'Its figures as they stand' }) allocation!: ReturnQuote;
  @Field(() => Int, {
    description: 'The return policy version it was filed under: a later change of the policy never changes its figures or a decision’s',
  })
  policyVersion!: number;
  @Field(() => ReturnQuote, {
    nullable: true,
    description: 'Its figures before an operator changed a reason (null when none did): both sides see both',
  })
  allocationBeforeDecision!: ReturnQuote | null;
  @Field(() => MinorUnits, { description: 'Refunded to the buyer' }) refundMinor!: number;
  @Field(() => MinorUnits, { description: 'Paid by the seller' }) sellerPaysMinor!: number;
  @Field(() => MinorUnits, { description: 'Paid by the platform' }) platformPaysMinor!: number;
  @Field(() => MinorUnits, { description: 'L: the label of its parcel' }) returnLabelMinor!: number;
  @Field(() => Timestamp, { description: 'When it was filed' }) filedAt!: string;
  @Field(() => Timestamp, { description: 'When its status last changed' }) statusChangedAt!: string;
  @Field(() => Timestamp, { nullable: true, description: 'When the refund was issued' }) refundedAt!: string | null;
  @Field(() => [ReturnStep], { description: 'Every step, oldest first' }) history!: ReturnStep[];
}

@ObjectType({ description: 'A filed return: exactly the quoted figures, one seller return per seller order' })
export class ReturnRequest {
  @Field(() => ID, { description: 'The return request' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The purchase returned from' }) purchaseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The trade order returned from, when it is not a purchase' }) sellerOrderId!:
    string | null;
  @Field(() => ID, { description: 'The buying company' }) buyerCompanyId!: string;
  @Field(() => ID, { description: 'The user who filed it' }) filedByUserId!: string;
  @Field(() => Timestamp, { description: 'When it was filed' }) filedAt!: string;
  @Field(() => ReturnQuote, { description: 'The figures as filed: those of the quote of the same items' }) quote!: ReturnQuote;
  @Field(() => [SellerReturn], { description: 'Its seller returns, one per seller order' }) returns!: SellerReturn[];
}

@ObjectType({ description: 'A line of a purchase: delivered, returned, still returnable' })
export class ReturnableLine {
  @Field(() => ID, { description: 'The order line' }) lineId!: string;
  @Field(() => ID, { description: 'Its seller order' }) sellerOrderId!: string;
  @Field(() => ID, { description: 'Its seller' }) sellerCompanyId!: string;
  @Field(() => ID, { description: 'The listing' }) listingId!: string;
  @Field({ description: 'The product’s name' }) productName!: string;
  @Field({ description: 'The seller’s SKU' }) sellerSku!: string;
  @Field({ description: 'The seller order’s status' }) orderStatus!: string;
  @Field(() => Int, { description: 'Units delivered (0 before delivery)' }) deliveredQuantity!: number;
  @Field(() => Int, { description: 'Units returned so far' }) returnedQuantity!: number;
  @Field(() => Int, { description: 'Units returnable now (0 once the window has closed)' }) returnableQuantity!: number;
  @Field(() => Timestamp, { nullable: true, description: 'When the return window closes (null before delivery)' }) returnWindowClosesAt!:
    string | null;
}

@ObjectType({ description: 'A purchase’s (or trade order’s) returns, and what is still returnable per line' })
export class PurchaseReturns {
  @Field(() => ID, { nullable: true, description: 'The purchase' }) purchaseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The trade order, when it is not a purchase' }) sellerOrderId!: string | null;
  @Field(() => [ReturnableLine], { description: 'Every line of its seller orders' }) lines!: ReturnableLine[];
  @Field(() => [SellerReturn], { description: 'Every seller return filed from it, oldest first' }) returns!: SellerReturn[];
}

@InputType({ description: 'Units of one line to return, and why' })
export class ReturnItemInput {
  @Field(() => ID, { description: 'The order line' }) lineId!: string;
  @Field(() => Int, { description: 'Units to return' }) quantity!: number;
  @Field(() => ReturnReason, { description: 'Why' }) reason!: ReturnReason;
  @Field(() => String, { nullable: true, description: 'Your comment for the seller; kept when the return is filed (a quote ignores it)' })
  comment?: string | null;
}

@InputType({ description: 'A return to quote: items of one purchase, or of one trade order' })
export class ReturnQuoteInput {
  @Field(() => ID, { nullable: true, description: 'The purchase returned from' }) purchaseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Or the trade order returned from (a seller order without a purchase)' }) sellerOrderId?:
    string | null;
  @Field(() => [ReturnItemInput], { description: 'The items: each line at most once' }) items!: ReturnItemInput[];
}

@InputType({ description: 'A return to file: the input of its quote and an idempotency key' })
export class FileReturnInput extends ReturnQuoteInput {
  @Field(() => String, { nullable: true, description: 'The filing’s idempotency key, when it is not given as the mutation’s argument' })
  idempotencyKey?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The policyVersion of the quote you showed the buyer: when an operator has changed the policy since, the filing is refused with RETURN_POLICY_CHANGED (quote again), so the figures filed are the figures shown',
  })
  policyVersion?: number | null;
}

@InputType({ description: 'An operator’s new reason for an item' })
export class ReturnReasonChangeInput {
  @Field(() => ID, { description: 'The order line of the item' }) lineId!: string;
  @Field(() => ReturnReason, { description: 'Its new reason' }) reason!: ReturnReason;
}

@ObjectType({ description: 'One row of the return policy’s reason → fault table' })
export class ReturnReasonFault {
  @Field(() => ReturnReason, { description: 'The reason' }) reason!: ReturnReason;
  @Field(() => ReturnFault, { description: 'Whose fault it is: the row of the who-pays table its items take' }) fault!: ReturnFault;
}

export enum ReturnPolicyTable {
  FAULT_BY_REASON = 'FAULT_BY_REASON',
  DEFAULT_RETURN_WINDOW_DAYS = 'DEFAULT_RETURN_WINDOW_DAYS',
}
registerEnumType(ReturnPolicyTable, {
  name: 'ReturnPolicyTable',
  description: 'A table of the return policy an operator may change',
  valuesMap: {
    FAULT_BY_REASON: { description: 'Whose fault each return reason is' },
    DEFAULT_RETURN_WINDOW_DAYS: { description: 'Days after delivery a return may be filed, for sellers that set no window of their own' },
  },
});

@ObjectType({ description: 'What one change of the return policy moved' })
export class ReturnPolicyDifference {
  @Field(() => ReturnPolicyTable, { description: 'The table' }) table!: ReturnPolicyTable;
  @Field(() => ReturnReason, { nullable: true, description: 'The reason whose fault moved (null for the window)' })
  reason!: ReturnReason | null;
  @Field({ description: 'Before: a fault, or a number of days' }) from!: string;
  @Field({ description: 'After: a fault, or a number of days' }) to!: string;
}

@ObjectType({
  description:
    'A version of the return policy’s tables. Returns are quoted and filed under the current version and keep it: a change adds a version, it never changes a filed return',
})
export class ReturnPolicy {
  @Field(() => Int, { description: 'The version: 1 is the defaults, each change adds one' }) version!: number;
  @Field(() => [ReturnReasonFault], { description: 'Every reason with whose fault it is, in the policy’s order' })
  faultByReason!: ReturnReasonFault[];
  @Field(() => Int, {
    description: 'Days after delivery a return may be filed from a seller that set no window of its own (a seller’s own window wins)',
  })
  defaultReturnWindowDays!: number;
  @Field(() => Timestamp, { description: 'When this version was set' }) changedAt!: string;
  @Field({ description: 'OPERATOR, or SYSTEM for the defaults' }) changedByKind!: string;
  @Field(() => ID, { nullable: true, description: 'The operator who set it (shown to operators only)' }) changedById!: string | null;
  @Field({ description: 'Why it was set' }) note!: string;
  @Field(() => [ReturnPolicyDifference], { description: 'What it moved from the version before (none for version 1)' })
  differences!: ReturnPolicyDifference[];
}

@InputType({ description: 'A new fault for one reason' })
export class ReturnReasonFaultInput {
  @Field(() => ReturnReason, { description: 'The reason' }) reason!: ReturnReason;
  @Field(() => ReturnFault, { description: 'Whose fault it is from now on' }) fault!: ReturnFault;
}

@InputType({ description: 'An operator’s change of the return policy: only what it names changes' })
export class ReturnPolicyChangeInput {
  @Field(() => [ReturnReasonFaultInput], { nullable: true, description: 'New faults for some reasons; the others keep theirs' })
  faultByReason?: ReturnReasonFaultInput[] | null;
  @Field(() => Int, { nullable: true, description: 'A new default return window, 0 to 365 days' }) defaultReturnWindowDays?: number | null;
  @Field({ description: 'Why (10 to 2,000 characters), kept in the policy’s history' }) note!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The version you changed (from returnPolicy): refused with RETURN_POLICY_CHANGED when another operator changed it since',
  })
  expectedVersion?: number | null;
}
