import { DomainError, ReturnsErrorCode } from '@lotbook/contracts';

/** The codes are declared with the commands, in the returns contract; each command lists the ones it may answer. */
export { ReturnsErrorCode };

export class ReturnsError extends DomainError<ReturnsErrorCode> {}
