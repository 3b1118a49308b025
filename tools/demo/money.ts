// Money and quantities as the demo prints them. Amounts arrive as whole minor units
// (kopecks, cents); they are formatted through strings and bigints, never floats.

/** Currencies whose minor unit is not a hundredth (ISO 4217); every other one has 2 decimals. */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BHD: 3,
  CLP: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  UGX: 0,
  VND: 0,
};

/** How many decimals the currency's minor unit has: 2 for RUB, EUR, USD. */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency.trim().toUpperCase()] ?? 2;
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`expected a whole number of minor units, got ${value}`);
  return BigInt(value);
}

/** Minor units as major units with the currency's decimals, no code: 17_600_000, "RUB" → "176,000.00". */
export function formatMajor(amountMinor: number | bigint, currency: string): string {
  const amount = toBigInt(amountMinor);
  const digits = minorDigits(currency);
  const sign = amount < 0n ? '-' : '';
  const absolute = (amount < 0n ? -amount : amount).toString().padStart(digits + 1, '0');
  const whole = groupThousands(absolute.slice(0, absolute.length - digits));
  const fraction = digits > 0 ? `.${absolute.slice(absolute.length - digits)}` : '';
  return `${sign}${whole}${fraction}`;
}

/** Minor units as major units with the currency code: 17_600_000, "RUB" → "176,000.00 RUB". */
export function formatMoney(amountMinor: number | bigint, currency: string): string {
  return `${formatMajor(amountMinor, currency)} ${currency.trim().toUpperCase()}`;
}

/** quantity × unit price, exactly (bigint: no float, no 2^53 limit). */
export function lineAmountMinor(quantity: number, priceMinor: number): bigint {
  return toBigInt(quantity) * toBigInt(priceMinor);
}

const UNIT_LABELS: Readonly<Record<string, string>> = {
  KG: 'kg',
  T: 't',
  PIECE: 'pcs',
  M: 'm',
  M2: 'm²',
  M3: 'm³',
  L: 'l',
  PACK: 'packs',
};

/** The label of a catalog base unit: KG → "kg". */
export function unitLabel(baseUnit: string): string {
  return UNIT_LABELS[baseUnit] ?? baseUnit.toLowerCase();
}

/** 5000, "KG" → "5,000 kg". */
export function formatQuantity(quantity: number, baseUnit: string): string {
  return `${quantity < 0 ? '-' : ''}${groupThousands(String(Math.abs(toNumber(quantity))))} ${unitLabel(baseUnit)}`;
}

function toNumber(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`expected a whole quantity, got ${value}`);
  return value;
}

/** 8800, "RUB", "KG" → "88.00 RUB/kg". */
export function formatUnitPrice(priceMinor: number, currency: string, baseUnit: string): string {
  return `${formatMoney(priceMinor, currency)}/${unitLabel(baseUnit)}`;
}
