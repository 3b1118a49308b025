import { CatalogErrorCode, DomainError } from '@lotbook/contracts';

/** The codes are declared with the commands, in the catalog contract; each command lists the ones it may answer. */
export { CatalogErrorCode };

export class CatalogError extends DomainError<CatalogErrorCode> {}
