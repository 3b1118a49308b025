import { DomainError, SettlementsErrorCode } from '@lotbook/contracts';

/** The codes are declared with the commands, in the settlements contract; each command lists the ones it may answer. */
export { SettlementsErrorCode };

export class SettlementsError extends DomainError<SettlementsErrorCode> {}
