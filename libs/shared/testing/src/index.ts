export { createTestDatabase, testKafkaBrokers, uniqueSuffix, type TestDatabase } from './test-database';
export { waitFor } from './wait-for';
