// Strict ISO 8601 reading. Date.parse alone accepts "02.03.2026" and "2026-02-30" (as
// 2 March); events, statements and bank files must not be read by a guess.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date `YYYY-MM-DD` as its UTC midnight in milliseconds, or null when it is not one. */
export function parseIsoDate(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  return isCalendarDate(year, month, day) ? Date.UTC(year, month - 1, day) : null;
}

/**
 * A date-time with its offset (`2026-03-02T10:00:00Z`, `2026-03-02T13:00:00.123+03:00`) in
 * milliseconds since the epoch, or null when it is not one. The offset is required: an
 * instant without one would be read in the machine's zone.
 */
export function parseIsoInstant(text: string): number | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = match[7];
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return null;
  return Date.parse(text);
}
