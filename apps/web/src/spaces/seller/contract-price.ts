/** Percent off as typed ("5", "2,5") in basis points (500, 250): at most two decimals. */
export function percentToBasisPoints(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  const [whole, decimals = ''] = normalised.split('.');
  const basisPoints = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return basisPoints >= 1 && basisPoints <= 10_000 ? basisPoints : undefined;
}
