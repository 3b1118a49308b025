import { DomainError, OrdersErrorCode } from '@lotbook/contracts';

/** The codes are declared with the commands, in the orders contract; each command lists the ones it may answer. */
export { OrdersErrorCode };

export class OrdersError extends DomainError<OrdersErrorCode> {}
