import { type LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Structured JSON logs (one object a line on stdout) for Nest, kafkajs and our own code.
 * Every line carries the service name; `context` is Nest's logger context.
 */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(service: string, level: LogLevel = 'info') {
    this.pino = pino({
      level,
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    });
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  /** The shape kafkajs and the messaging library log through. */
  forComponent(component: string) {
    const child = this.pino.child({ component });
    return {
      debug: (message: string, context?: Record<string, unknown>) => child.debug(context ?? {}, message),
      info: (message: string, context?: Record<string, unknown>) => child.info(context ?? {}, message),
      warn: (message: string, context?: Record<string, unknown>) => child.warn(context ?? {}, message),
      error: (message: string, context?: Record<string, unknown>) => child.error(context ?? {}, message),
    };
  }

  /**
   * The one line that says the process is up (`"msg":"ready"`), printed whatever the log
   * level: `npm start` and the tests wait for it.
   */
  announceReady(fields: Record<string, unknown>): void {
    this.pino.child({}, { level: 'info' }).info(fields, 'ready');
  }

  /** Flushes synchronously; used right before the process exits on a fatal error. */
  flush(): void {
    this.pino.flush();
  }

  private write(level: LogLevel, message: unknown, optional: unknown[]): void {
    // Nest passes the context as the last string argument, and a stack trace before it for errors.
    const args = [...optional];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (level === 'error' && typeof args[0] === 'string') fields.stack = args.shift();
    if (args.length > 0) fields.details = args;
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
