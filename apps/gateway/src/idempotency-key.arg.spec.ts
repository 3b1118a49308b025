import type { GraphQLError } from 'graphql';
import { idempotencyKeyOf, requiredIdempotencyKey } from './idempotency-key.arg';

function refusal(act: () => unknown): { code: unknown; message: string } {
  try {
    act();
  } catch (error) {
    return { code: (error as GraphQLError).extensions?.code, message: (error as GraphQLError).message };
  }
  throw new Error('expected a refusal');
}

describe('an idempotency key', () => {
  it('is optional where a mutation does not need one, and carried as given', () => {
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
    expect(idempotencyKeyOf(null)).toBeUndefined();
    expect(idempotencyKeyOf('k-1')).toBe('k-1');
  });

  it('has 1 to 200 characters', () => {
    expect(idempotencyKeyOf('x'.repeat(200))).toHaveLength(200);
    expect(refusal(() => idempotencyKeyOf('x'.repeat(201))).code).toBe('INVALID_INPUT');
    expect(refusal(() => idempotencyKeyOf('')).code).toBe('INVALID_INPUT');
  });
});

describe('a mutation that needs a key (a checkout, a filed return)', () => {
  it('takes it as the argument or in its input, or both when they are the same', () => {
    expect(requiredIdempotencyKey('a checkout', 'k-1', undefined)).toBe('k-1');
    expect(requiredIdempotencyKey('a checkout', null, 'k-2')).toBe('k-2');
    expect(requiredIdempotencyKey('a checkout', 'k-3', 'k-3')).toBe('k-3');
  });

  it('is refused without one, saying that it needs one', () => {
    expect(refusal(() => requiredIdempotencyKey('filing a return', undefined, null))).toEqual({
      code: 'INVALID_INPUT',
      message: 'filing a return needs an idempotency key, as the argument or in its input',
    });
  });

  it('is refused with two different ones', () => {
    expect(refusal(() => requiredIdempotencyKey('a checkout', 'k-1', 'k-2'))).toEqual({
      code: 'INVALID_INPUT',
      message: 'a checkout takes one idempotency key: as the argument or in its input, not two different ones',
    });
  });
});
