export { createServiceDataSource, pingDatabase, returnedRows, type ServiceDataSourceOptions } from './data-source.factory';
export { dropDatabase, ensureDatabase, revertLastMigration, runMigrations } from './migration-runner';
export { CoalescedLookup } from './coalesced-lookup';
export { preparedQuery } from './prepared-query';
export { minorUnitsColumn, minorUnitsTransformer } from './money-column.transformer';
