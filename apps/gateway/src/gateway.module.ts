import { noDelaySocketFactory, requestReplyConsumerOptions } from '@lotbook/messaging';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthGuard } from './auth/auth.guard';
import { CompanyStandingCache } from './auth/company-standing.cache';
import { CatalogUploadResolver } from './catalog/catalog-upload.resolver';
import { CatalogResolver } from './catalog/catalog.resolver';
import { CounterpartiesResolver } from './counterparties/counterparties.resolver';
import { ErrorCodesResolver } from './errors/error-codes.resolver';
import { GraphQLErrorFilter } from './errors/graphql-error.filter';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config';
import { guardedGraphQLOptions } from './hardening/guarded-graphql-options';
import { HardeningModule } from './hardening/hardening.module';
import { OperationDeadlineInterceptor } from './hardening/operation-deadline.interceptor';
import { OperationLimits } from './hardening/operation-limits';
import { RequestGuard } from './hardening/request-guard';
import { GatewayHealthController } from './health/gateway-health.controller';
import { HealthResolver } from './health/health.resolver';
import { GatewayHealthService } from './health/health.service';
import { KAFKA_RPC_CLIENT, ServiceRpcClient } from './kafka-rpc/service-rpc.client';
import { SettlingClientKafka } from './kafka-rpc/settling-client-kafka';
import { LiveTradingEvents } from './trading/live-trading.events';
import { TradingResolver } from './trading/trading.resolver';
import { OrdersResolver } from './orders/orders.resolver';
import { ReturnsResolver } from './returns/returns.resolver';
import { SettlementsResolver } from './settlements/settlements.resolver';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        HardeningModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GATEWAY_CONFIG, RequestGuard, OperationLimits],
          useFactory: (gatewayConfig: GatewayConfig, guard: RequestGuard, limits: OperationLimits) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // Introspection, limits, allowances, error shaping, graphql-ws for subscriptions only.
            ...guardedGraphQLOptions(gatewayConfig, guard, limits),
          }),
        }),
      ],
      controllers: [GatewayHealthController],
      providers: [
        {
          provide: KAFKA_RPC_CLIENT,
          useFactory: () =>
            new SettlingClientKafka({
              postfixId: '',
              client: {
                clientId: 'gateway',
                brokers: config.KAFKA_BROKERS,
                socketFactory: noDelaySocketFactory,
                logCreator: () => () => undefined,
              },
              consumer: requestReplyConsumerOptions('gateway.replies'),
              // Where the reply consumer is goes to the broker at most once a second, not after
              // every reply: a reply read again after a restart has no caller and is dropped.
              run: { autoCommitInterval: 1_000 },
              producer: { allowAutoTopicCreation: false },
              subscribe: { fromBeginning: false },
            }),
        },
        ServiceRpcClient,
        GatewayHealthService,
        HealthResolver,
        ErrorCodesResolver,
        CounterpartiesResolver,
        CatalogResolver,
        CatalogUploadResolver,
        TradingResolver,
        OrdersResolver,
        ReturnsResolver,
        SettlementsResolver,
        LiveTradingEvents,
        CompanyStandingCache,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: OperationDeadlineInterceptor },
      ],
    };
  }
}
