/**
 * A business rule said no: a typed outcome with a stable code, returned to the caller as
 * `{ ok: false, error }` on a command's reply, never a crash. Each context subclasses it with
 * its own code enum.
 */
export class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
