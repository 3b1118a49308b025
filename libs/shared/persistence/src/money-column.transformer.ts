import { type ValueTransformer } from 'typeorm';

/**
 * Maps a PostgreSQL `bigint` column of minor units to a JavaScript number. pg returns
 * bigint as a string; anything outside the safe-integer range is refused rather than
 * silently rounded.
 */
export const minorUnitsTransformer: ValueTransformer = {
  to(value: number | null | undefined): string | null | undefined {
    if (value === null || value === undefined) return value;
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`minor units must be a safe integer, got ${value}`);
    }
    return value.toString();
  },
  from(value: string | number | null): number | null {
    if (value === null) return null;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(parsed) || (typeof value === 'string' && BigInt(value) !== BigInt(parsed))) {
      throw new RangeError(`stored minor units ${value} do not fit a safe integer`);
    }
    return parsed;
  },
};

/** Column options for a money amount in minor units; put the currency in a `char(3)` column beside it. */
export const minorUnitsColumn = { type: 'bigint', transformer: minorUnitsTransformer } as const;
