import * as net from 'node:net';
import * as tls from 'node:tls';
import { Kafka, logLevel, type ISocketFactory, type LogEntry, type logCreator } from 'kafkajs';
import { fixKafkajsIdleSpin } from './kafkajs-idle-fix';

// Every process that makes kafkajs clients loads this module before it connects (the services'
// transports and clients, the gateway, the benches): from here on, its idle connections stop
// spinning (see kafkajs-idle-fix.ts).
fixKafkajsIdleSpin();

export interface MessagingLogger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const silentLogger: MessagingLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  logger?: MessagingLogger;
  /** How long one connection attempt may take. */
  connectionTimeoutMs?: number;
  /** How many times kafkajs retries a failed request before giving up. */
  retries?: number;
}

/**
 * kafkajs's sockets (its own factory, which leaves Nagle's algorithm on), with TCP_NODELAY
 * set as Kafka's Java client sets it. With Nagle on, a small request written while the
 * connection still waits for the ACK of an earlier one (a heartbeat or an offset commit
 * behind a fetch the broker is holding, a producer's next batch) sits in the kernel until
 * that ACK comes. On `bench:trading` the difference is within the runs' noise (at 50/s over
 * 40 s, p99 placement → trade event 71–75 ms with Nagle, 49–100 ms without).
 */
export const noDelaySocketFactory: ISocketFactory = ({ host, port, ssl, onConnect }) => {
  const socket = ssl
    ? tls.connect({ host, port, ...(net.isIP(host) ? {} : { servername: host }), ...ssl }, onConnect)
    : net.connect({ host, port }, onConnect);
  socket.setKeepAlive(true, 60_000);
  socket.setNoDelay(true);
  return socket;
};

/** kafkajs's log lines through our structured logger: errors and warnings, but the transient ones kafkajs retries itself. */
export function kafkaLogCreator(logger: MessagingLogger): logCreator {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...rest } = log;
      const context = { source: 'kafkajs', ...rest };
      // Races between services creating the same topics and a fresh broker's loading
      // coordinator are retried by kafkajs and handled by us; they are not errors.
      const transient = message.startsWith('Response CreateTopics') || String(rest.error ?? '').includes('coordinator is loading');
      if (level === logLevel.ERROR && !transient) logger.error(message, context);
      else if (level === logLevel.ERROR) logger.debug(message, context);
      // We re-send failed outbox batches ourselves and deduplicate in the inbox, so the
      // idempotent producer's bounded retries are intended, not a lost guarantee.
      else if (level === logLevel.WARN && !message.startsWith('Limiting retries for the idempotent producer')) {
        logger.warn(message, context);
      } else logger.debug(message, context);
    };
}

/** A kafkajs client whose logs go through our structured logger (warnings and errors only). */
export function createKafka(options: KafkaClientOptions): Kafka {
  const logger = options.logger ?? silentLogger;
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    socketFactory: noDelaySocketFactory,
    connectionTimeout: options.connectionTimeoutMs ?? 3000,
    requestTimeout: 30_000,
    retry: { retries: options.retries ?? 8, initialRetryTime: 100, maxRetryTime: 2000 },
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
  });
}

/**
 * Consumer settings for NestJS's Kafka request-reply (servers and clients alike): a short
 * session so a dead replica's partitions move on quickly, and idle fetches that return within
 * 500 ms so shutdowns do not wait kafkajs's default 5 s.
 */
export function requestReplyConsumerOptions(groupId: string) {
  return { groupId, allowAutoTopicCreation: false, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 500 };
}
