import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { SystemHealth } from './health.model';
import { GatewayHealthService } from './health.service';

@Resolver(() => SystemHealth)
export class HealthResolver {
  constructor(private readonly gatewayHealth: GatewayHealthService) {}

  @Public()
  @Query(() => SystemHealth, { description: 'Every service’s status and round-trip time, asked over Kafka' })
  health(): Promise<SystemHealth> {
    return this.gatewayHealth.check();
  }
}
