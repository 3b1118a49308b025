/** What the check digits of a tax id say, for the moderation queue. */
export type TaxIdVerdict =
  { kind: 'RU_ORGANISATION' | 'RU_SOLE_PROPRIETOR'; checkDigitsOk: boolean } | { kind: 'RU_MALFORMED' } | { kind: 'NOT_CHECKED' };

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  return (weights.reduce((sum, weight, index) => sum + weight * (digits[index] as number), 0) % 11) % 10;
}

/**
 * A Russian INN's check digits, computed as the tax service defines them: one for the 10 digits
 * of an organisation, two for the 12 of a sole proprietor. Other countries' ids are only
 * format-checked by the API, so nothing is said of them here.
 */
export function taxIdVerdict(country: string, taxId: string): TaxIdVerdict {
  if (country !== 'RU') return { kind: 'NOT_CHECKED' };
  if (!/^\d{10}$|^\d{12}$/.test(taxId)) return { kind: 'RU_MALFORMED' };
  const digits = [...taxId].map(Number);
  if (digits.length === 10) return { kind: 'RU_ORGANISATION', checkDigitsOk: checkDigit(digits, WEIGHTS_10) === digits[9] };
  const ok = checkDigit(digits, WEIGHTS_11) === digits[10] && checkDigit(digits, WEIGHTS_12) === digits[11];
  return { kind: 'RU_SOLE_PROPRIETOR', checkDigitsOk: ok };
}

/** The moderation steps an operator may take from a status (the API's transition table). */
export function actionsFrom(status: string): ('APPROVE' | 'REJECT' | 'SUSPEND' | 'REINSTATE')[] {
  switch (status) {
    case 'PENDING_REVIEW':
      return ['APPROVE', 'REJECT'];
    case 'APPROVED':
      return ['SUSPEND'];
    case 'SUSPENDED':
      return ['REINSTATE'];
    default:
      return [];
  }
}
