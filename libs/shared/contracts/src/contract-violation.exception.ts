/** A message that does not match its topic's contract: unknown topic, bad JSON, bad envelope or bad payload. */
export type ContractViolationCode = 'UNKNOWN_TOPIC' | 'NOT_JSON' | 'INVALID_ENVELOPE' | 'WRONG_TYPE' | 'INVALID_PAYLOAD';

export class ContractViolation extends Error {
  constructor(
    readonly code: ContractViolationCode,
    readonly topic: string,
    readonly detail: string,
  ) {
    super(`${code} on ${topic}: ${detail}`);
    this.name = 'ContractViolation';
  }
}
