import { DomainError } from '@lotbook/contracts';
import { QueryFailedError } from 'typeorm';
import { SendTimeoutError } from '../kafka/coalescing-sender';
import { CommandTimeoutError } from '../rpc/command-client';
import { isTransientFailure } from './transient-failure';

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isTransientFailure (retried until it passes, never dead-lettered)', () => {
  it('takes a service that did not answer, or a send the broker did not take, as transient', () => {
    expect(isTransientFailure(new CommandTimeoutError('catalog.reserve', 10_000))).toBe(true);
    expect(isTransientFailure(new SendTimeoutError(10_000))).toBe(true);
    expect(isTransientFailure(new DomainError('CATALOG_UNAVAILABLE', 'catalog did not answer in time'))).toBe(true);
    expect(isTransientFailure(new DomainError('TRY_AGAIN', 'commit failed'))).toBe(true);
  });

  it('takes a lost database connection, a cut session or a deadlock as transient', () => {
    const terminated = new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'));
    expect(isTransientFailure(terminated)).toBe(true);
    expect(isTransientFailure(new QueryFailedError('UPDATE t', [], pgError('40P01', 'deadlock detected')))).toBe(true);
    expect(isTransientFailure(pgError('08006', 'connection failure'))).toBe(true);
    expect(isTransientFailure(pgError('55P03', 'canceling statement due to lock timeout'))).toBe(true);
    expect(isTransientFailure(pgError('57014', 'canceling statement due to statement timeout'))).toBe(true);
    expect(isTransientFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientFailure(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(
      isTransientFailure(Object.assign(new Error('The group is rebalancing'), { name: 'KafkaJSProtocolError', retriable: true })),
    ).toBe(true);
  });

  it('takes a refusal that is an answer, a broken constraint or a handler bug as the event’s (poison)', () => {
    expect(isTransientFailure(new DomainError('UNKNOWN_ORDER', 'no such order'))).toBe(false);
    expect(isTransientFailure(new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key value violates unique constraint')))).toBe(
      false,
    );
    expect(isTransientFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isTransientFailure('a string')).toBe(false);
  });
});
