import { type DynamicModule, Module } from '@nestjs/common';
import { GATEWAY_CONFIG, isProduction, type GatewayConfig } from '../gateway.config';
import { OperationLimits } from './operation-limits';
import { RequestGuard } from './request-guard';

/**
 * The gateway's configuration and its guards against one request taking it down, for every
 * module (the GraphQL module's options are built from them).
 */
@Module({})
export class HardeningModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: HardeningModule,
      global: true,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: OperationLimits, useFactory: () => new OperationLimits(config, isProduction(config)) },
        RequestGuard,
      ],
      exports: [GATEWAY_CONFIG, OperationLimits, RequestGuard],
    };
  }
}
