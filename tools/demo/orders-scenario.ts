// The demo's purchasing part: what Volga Construction's purchaser puts in the cart and where it
// is delivered. Pure: the listings are found through GraphQL and checked against this plan.

/** A cart line of the three-seller checkout: one seller's listing of a product, found by the product's attributes. */
export interface CheckoutLinePlan {
  /** The seller's trading name, as `npm start` seeds it (tools/start/seed-demo.ts). */
  seller: string;
  productCode: string;
  attributes: Readonly<Record<string, string>>;
  /** The product's base unit, for printing quantities (no GraphQL query returns a product's unit with a listing). */
  baseUnit: string;
  quantity: number;
}

/**
 * Five lines from three sellers, sized so that both discounts show: Ural Steel's and Kama Metals'
 * orders reach their volume discount thresholds (300,000.00 and 150,000.00 RUB of gross), Siberian
 * Cable's reaches its free shipping (250,000.00 RUB of net), every order gets the loyalty discount,
 * and the whole stays under Volga Construction's approval threshold (1,500,000.00 RUB), so it is
 * placed at once. None is the sheet the trading scenario trades.
 */
export const CHECKOUT_PLAN: readonly CheckoutLinePlan[] = [
  { seller: 'Ural Steel', productCode: 'HRS-S355-12', attributes: { grade: 'S355', thickness_mm: '12' }, baseUnit: 'KG', quantity: 4_000 },
  { seller: 'Ural Steel', productCode: 'REBAR-A500C-12', attributes: { class: 'A500C', diameter_mm: '12' }, baseUnit: 'T', quantity: 5 },
  { seller: 'Siberian Cable', productCode: 'VVGNG-3X2.5', attributes: { cores: '3', section_mm2: '2.5' }, baseUnit: 'M', quantity: 500 },
  { seller: 'Siberian Cable', productCode: 'KVVG-10X1.5', attributes: { cores: '10', section_mm2: '1.5' }, baseUnit: 'M', quantity: 600 },
  { seller: 'Kama Metals', productCode: 'REBAR-A500C-16', attributes: { class: 'A500C', diameter_mm: '16' }, baseUnit: 'T', quantity: 5 },
];

/**
 * Where the demo's purchases go. The address marks them as the demo's: the next run cancels those
 * still PLACED (a buyer may, before the seller confirms), which gives their stock and their credit back.
 */
export const CHECKOUT_DELIVERY = { region: 'Moscow', address: 'Moscow, Prospekt Mira 12, site 4 (npm run demo)' } as const;

/** A listing's terms as searchListings gives them. */
export interface CheckoutListing {
  minimumOrderQuantity: number;
  lotMultiple: number;
  /** On hand less active reservations. */
  available: number;
}

/** Why the planned quantity cannot go in the cart from this listing, or undefined when it can. */
export function checkoutLineProblem(line: CheckoutLinePlan, listing: CheckoutListing): string | undefined {
  if (line.quantity < listing.minimumOrderQuantity)
    return `${line.quantity} is below the listing's minimum order quantity of ${listing.minimumOrderQuantity}`;
  if (line.quantity % listing.lotMultiple !== 0) return `${line.quantity} is not a whole number of lots of ${listing.lotMultiple}`;
  if (line.quantity > listing.available) return `${line.quantity} is more than the ${listing.available} available`;
  return undefined;
}

/** The sellers of the plan, in the order their first lines come (the order checkout splits the cart in). */
export function sellersOf(plan: readonly CheckoutLinePlan[]): string[] {
  return [...new Set(plan.map((line) => line.seller))];
}
