import { z } from 'zod';
import { defineCommand, idempotencyScope, idempotentId } from './command-contract';
import { createEnvelope } from './envelope';
import { ContractViolation } from './contract-violation.exception';
import { TopicRegistry } from './topic-registry';

enum ShelfErrorCode {
  SHELF_FULL = 'SHELF_FULL',
  UNKNOWN_SHELF = 'UNKNOWN_SHELF',
}

const stockShelf = defineCommand({
  context: 'shelves',
  name: 'stock-shelf',
  messageType: 'StockShelf',
  description: 'Puts a quantity on a shelf',
  keyDescription: 'shelf id',
  request: z.object({ shelfId: z.string(), quantity: z.int() }),
  result: z.object({ onShelf: z.int() }),
  errors: [ShelfErrorCode.SHELF_FULL],
  retrySafe: true,
});

const readShelf = defineCommand({
  context: 'shelves',
  name: 'read-shelf',
  messageType: 'ReadShelf',
  description: 'What a shelf holds',
  keyDescription: 'shelf id',
  request: z.object({ shelfId: z.string() }),
  result: z.object({ onShelf: z.int() }),
  errors: [ShelfErrorCode.UNKNOWN_SHELF],
});

const registry = new TopicRegistry([stockShelf.request, stockShelf.reply, readShelf.request, readShelf.reply]);

const reply = (contract: typeof stockShelf | typeof readShelf, payload: unknown) =>
  registry.validate(
    contract.reply.name,
    createEnvelope({ type: contract.reply.messageType, version: 1, producer: 'test', key: 'k', payload }),
  );
const refusal = (code: string) => ({ ok: false, error: { code, message: 'no' } });

describe('a command declares the refusal codes it may answer', () => {
  it('lists its own codes and the platform’s, sorted', () => {
    expect(stockShelf.errors).toEqual(['IDEMPOTENCY_KEY_REUSED', 'INVALID_INPUT', 'SHELF_FULL', 'TRY_AGAIN']);
    expect(readShelf.errors).toEqual(['INVALID_INPUT', 'TRY_AGAIN', 'UNKNOWN_SHELF']);
  });

  it('accepts a reply refused with a declared code', () => {
    expect(reply(stockShelf, refusal('SHELF_FULL')).payload).toEqual(refusal('SHELF_FULL'));
    expect(reply(readShelf, refusal('TRY_AGAIN')).payload).toEqual(refusal('TRY_AGAIN'));
  });

  it('refuses a reply with a code its contract does not declare: a contract violation on the service’s side', () => {
    expect(() => reply(readShelf, refusal('SHELF_FULL'))).toThrow(ContractViolation);
    expect(() => reply(stockShelf, refusal('UNKNOWN_SHELF'))).toThrow(/INVALID_PAYLOAD/);
    // Only a retry-safe command may say its key was reused.
    expect(() => reply(readShelf, refusal('IDEMPOTENCY_KEY_REUSED'))).toThrow(ContractViolation);
  });

  it('gives a retry-safe command an optional idempotency key, and only that one', () => {
    const request = (contract: typeof stockShelf | typeof readShelf, payload: unknown) =>
      registry.validate(
        contract.request,
        createEnvelope({ type: contract.request.messageType, version: 1, producer: 'test', key: 'k', payload }),
      );
    expect(request(stockShelf, { shelfId: 'A', quantity: 2, idempotencyKey: 'k-1' }).payload).toEqual({
      shelfId: 'A',
      quantity: 2,
      idempotencyKey: 'k-1',
    });
    expect(request(stockShelf, { shelfId: 'A', quantity: 2 }).payload).toEqual({ shelfId: 'A', quantity: 2 });
    expect(() => request(stockShelf, { shelfId: 'A', quantity: 2, idempotencyKey: '' })).toThrow(ContractViolation);
    expect(request(readShelf, { shelfId: 'A', idempotencyKey: 'k-1' }).payload).toEqual({ shelfId: 'A' }); // not part of its request
    expect(stockShelf.retrySafe).toBe(true);
    expect(readShelf.retrySafe).toBe(false);
  });
});

describe('idempotency scopes and derived ids', () => {
  const company = '5c0e4f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
  const user = { kind: 'USER' as const, id: '0f0e0d0c-0b0a-4908-8706-050403020100', companyId: company, roles: ['ADMIN'] };

  it('scopes a key to the company a user acts for, to the operator, or to anonymous callers as one scope', () => {
    expect(idempotencyScope(user)).toBe(`company:${company}`);
    expect(idempotencyScope({ ...user, id: '11111111-1111-4111-8111-111111111111' })).toBe(`company:${company}`);
    expect(idempotencyScope({ kind: 'OPERATOR', id: user.id, companyId: null, roles: [] })).toBe(`operator:${user.id}`);
    expect(idempotencyScope(undefined)).toBe('public');
  });

  it('derives the same version-5 UUID from the same purpose, scope and key, and another from anything else', () => {
    const id = idempotentId('order', `company:${company}`, 'retry-me');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentId('order', `company:${company}`, 'retry-me')).toBe(id);
    expect(idempotentId('order', `company:${company}`, 'retry-me-2')).not.toBe(id);
    expect(idempotentId('upload', `company:${company}`, 'retry-me')).not.toBe(id);
    expect(idempotentId('order', 'public', 'retry-me')).not.toBe(id);
  });
});
