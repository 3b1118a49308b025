import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Timestamp } from '../timestamp.scalar';

export enum HealthStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(HealthStatus, { name: 'HealthStatus' });

@ObjectType({ description: 'A database or broker connection, as one service sees it' })
export class DependencyHealth {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => Float, { description: 'How long the check took, in milliseconds' })
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error?: string | null;
}

@ObjectType({ description: 'One back-end service, asked over Kafka request-reply' })
export class ServiceHealth {
  @Field()
  name!: string;

  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => Float, { nullable: true, description: 'Gateway to service and back over Kafka, in milliseconds' })
  roundTripMs?: number | null;

  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => Int, { nullable: true })
  uptimeSeconds?: number | null;

  @Field(() => DependencyHealth, { nullable: true })
  database?: DependencyHealth | null;

  @Field(() => DependencyHealth, { nullable: true })
  kafka?: DependencyHealth | null;

  @Field(() => String, { nullable: true, description: 'Why the service is reported down' })
  error?: string | null;
}

@ObjectType({ description: 'The whole marketplace back end' })
export class SystemHealth {
  @Field(() => HealthStatus, { description: 'UP when every service is up' })
  status!: HealthStatus;

  @Field(() => Timestamp)
  checkedAt!: Date;

  @Field(() => [ServiceHealth])
  services!: ServiceHealth[];
}
