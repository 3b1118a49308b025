/**
 * Company registration numbers. Russia's INN is checked with its check digits (10 digits for
 * an organisation, 12 for a sole proprietor); other countries get a format check of their
 * usual tax or VAT number, or a generic one where we know no stricter rule.
 */
export type TaxIdKind = 'ORGANISATION' | 'SOLE_PROPRIETOR' | 'UNSPECIFIED';

export type TaxIdCheck =
  | { valid: true; normalized: string; kind: TaxIdKind }
  | { valid: false; reason: string };

const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** An ISO 3166-1 alpha-2 country code that names a real country or territory. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  return (weights.reduce((sum, weight, index) => sum + weight * digits[index], 0) % 11) % 10;
}

/** The Russian INN (ИНН) with its control digits. */
export function checkRussianInn(inn: string): TaxIdCheck {
  if (!/^\d+$/.test(inn)) return { valid: false, reason: 'an INN has digits only' };
  const digits = [...inn].map(Number);
  if (digits.length === 10) {
    return checkDigit(digits, INN10_WEIGHTS) === digits[9]
      ? { valid: true, normalized: inn, kind: 'ORGANISATION' }
      : { valid: false, reason: 'the INN check digit does not match' };
  }
  if (digits.length === 12) {
    return checkDigit(digits, INN12_WEIGHTS_11) === digits[10] && checkDigit(digits, INN12_WEIGHTS_12) === digits[11]
      ? { valid: true, normalized: inn, kind: 'SOLE_PROPRIETOR' }
      : { valid: false, reason: 'the INN check digits do not match' };
  }
  return { valid: false, reason: 'an INN has 10 digits (organisation) or 12 digits (sole proprietor)' };
}

/** Usual formats of business tax numbers, after removing spaces, dots and dashes. */
const FORMATS: Record<string, { pattern: RegExp; description: string }> = {
  DE: { pattern: /^(DE)?\d{9}$/, description: 'a VAT number DE + 9 digits' },
  FR: { pattern: /^(FR)?[0-9A-Z]{2}\d{9}$/, description: 'a VAT number FR + 2 characters + 9 digits (SIREN)' },
  GB: { pattern: /^(GB)?(\d{9}|\d{12})$/, description: 'a VAT number GB + 9 or 12 digits' },
  IT: { pattern: /^(IT)?\d{11}$/, description: 'a partita IVA of 11 digits' },
  ES: { pattern: /^(ES)?[0-9A-Z]\d{7}[0-9A-Z]$/, description: 'a NIF/CIF of 9 characters' },
  NL: { pattern: /^(NL)?\d{9}B\d{2}$/, description: 'a VAT number NL + 9 digits + B + 2 digits' },
  PL: { pattern: /^(PL)?\d{10}$/, description: 'a NIP of 10 digits' },
  US: { pattern: /^\d{9}$/, description: 'an EIN of 9 digits' },
  KZ: { pattern: /^\d{12}$/, description: 'a BIN of 12 digits' },
  BY: { pattern: /^\d{9}$/, description: 'a UNP of 9 digits' },
  CN: { pattern: /^[0-9A-Z]{18}$/, description: 'a unified social credit code of 18 characters' },
};

export function validateTaxId(country: string, taxId: string): TaxIdCheck {
  if (!isCountryCode(country)) return { valid: false, reason: `"${country}" is not an ISO 3166 country code` };
  const compact = taxId.replace(/[\s.-]/g, '').toUpperCase();
  if (compact.length === 0) return { valid: false, reason: 'a tax id is required' };
  if (country === 'RU') return checkRussianInn(compact);
  const format = FORMATS[country];
  if (format) {
    return format.pattern.test(compact)
      ? { valid: true, normalized: compact, kind: 'UNSPECIFIED' }
      : { valid: false, reason: `a tax id in ${country} is ${format.description}` };
  }
  return /^[0-9A-Z]{5,20}$/.test(compact)
    ? { valid: true, normalized: compact, kind: 'UNSPECIFIED' }
    : { valid: false, reason: 'a tax id is 5 to 20 letters and digits' };
}
