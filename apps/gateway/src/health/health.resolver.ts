import { SERVICE_NAMES } from '@lotbook/contracts';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { SERVICE_CALL_COST } from '../hardening/operation-limits';
import { SystemHealth } from './health.model';
import { GatewayHealthService } from './health.service';

@Resolver(() => SystemHealth)
export class HealthResolver {
  constructor(private readonly gatewayHealth: GatewayHealthService) {}

  @Public()
  @Query(() => SystemHealth, {
    description: 'Every service’s status and round-trip time, asked over Kafka',
    // It asks every service: its cost in an operation's budget is that many commands.
    complexity: SERVICE_NAMES.length * SERVICE_CALL_COST,
  })
  health(): Promise<SystemHealth> {
    return this.gatewayHealth.check();
  }
}
