export { KafkaRpcTestClient } from './kafka-rpc-client';
export { GraphQLTestClient, type GraphQLErrorResult, type GraphQLResult } from './graphql-client';
export { startServiceProcess, type ServiceProcess } from './service-process';
export { createTestDatabase, testKafkaBrokers, uniqueSuffix, type TestDatabase } from './test-database';
export { waitFor } from './wait-for';
export { MarketplaceStack, type MarketplaceStackOptions } from './marketplace-stack';
