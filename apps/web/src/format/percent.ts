/** The most basis points a rate may have: 10,000 is 100 %. */
export const MAX_BASIS_POINTS = 10_000;

/**
 * A percentage a person typed ("2.5", "2,25", "10 %") read exactly into whole basis points
 * (250, 225, 1000): at most two decimals, never rounded, never through a float.
 */
export function parsePercent(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  const match = /^(\d{1,5})(?:\.(\d{0,2}))?$/.exec(compact);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Basis points as the percentage a form field shows for editing (250 → "2.5", 1000 → "10"). */
export function percentInputValue(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const hundredths = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return hundredths ? `${whole}.${hundredths}` : String(whole);
}

/** Basis points as a percentage for reading, in the locale's digits ("2.5 %", "2,5 %"); exact, never through a float. */
export function formatPercent(basisPoints: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    percentInputValue(basisPoints) as Intl.StringNumericLiteral,
  );
  return `${number}\u00a0%`;
}
