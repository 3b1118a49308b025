import { CounterpartiesErrorCode } from '@lotbook/contracts';
import { DomainError } from '@lotbook/platform';

/** The codes are declared with the commands, in the counterparties contract; each command lists the ones it may answer. */
export { CounterpartiesErrorCode };

export class CounterpartiesError extends DomainError<CounterpartiesErrorCode> {}
