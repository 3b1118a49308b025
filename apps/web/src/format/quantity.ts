/** The units the API counts quantities in (its BaseUnit enum). */
export const BASE_UNITS = ['KG', 'T', 'L', 'M', 'M2', 'M3', 'PIECE', 'PACK'] as const;
export type BaseUnitCode = (typeof BASE_UNITS)[number];

/** A whole quantity with its unit's short label, grouped as the locale groups digits ("12 500 кг"). */
export function formatQuantity(quantity: number, unitLabel: string, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(quantity);
  return unitLabel ? `${number}\u00a0${unitLabel}` : number;
}

/** A whole number a person typed ("12 500"), or undefined when it is not one. */
export function parseWholeNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d+$/.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isSafeInteger(value) ? value : undefined;
}
