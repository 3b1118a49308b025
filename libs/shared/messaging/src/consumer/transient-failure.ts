import { DomainError, isTransientRefusal } from '@lotbook/contracts';
import { SendTimeoutError } from '../kafka/coalescing-sender';
import { CommandTimeoutError } from '../rpc/command-client';

/**
 * PostgreSQL's SQLSTATE classes and codes that mean "the database, not this event": a lost or
 * refused connection (class 08), the server shutting down or cutting the session (57P01-57P03,
 * what `pg_terminate_backend` does), too many connections (53300), and the conflicts a retry
 * resolves (40001 serialization, 40P01 deadlock), and the connection's own time limits
 * (57014 a statement cancelled at statement_timeout, 55P03 a lock not had within lock_timeout,
 * 25P03 a transaction ended for idling).
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01', '57014', '55P03', '25P03']);
/** Node's and node-postgres's words for a connection that went away or never came. */
const TRANSIENT_MESSAGES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'terminating connection',
];

/**
 * Whether an event handler's failure is the infrastructure's (the database or a service it
 * asked was away) rather than the event's: retried until it passes, never dead-lettered, since
 * the same event applies once the outage is over. Anything else that keeps failing is poison.
 */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof DomainError) return isTransientRefusal(error.code);
  if (error instanceof CommandTimeoutError || error instanceof SendTimeoutError) return true;
  if (!(error instanceof Error)) return false;
  if ((error as { retriable?: unknown }).retriable === true || error.name.startsWith('KafkaJS')) return true;
  // TypeORM's QueryFailedError carries the driver's error; node-postgres's has the SQLSTATE.
  const driver = (error as { driverError?: unknown }).driverError;
  const code = String((driver as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code ?? '');
  if (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code)) return true;
  const message = `${error.message} ${driver instanceof Error ? driver.message : ''}`;
  return TRANSIENT_MESSAGES.some((words) => message.includes(words));
}
