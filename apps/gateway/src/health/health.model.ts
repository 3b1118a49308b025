import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Timestamp } from '../timestamp.scalar';

export enum HealthStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(HealthStatus, { name: 'HealthStatus', description: 'UP or DOWN' });

@ObjectType({ description: 'A database or broker connection, as one service sees it' })
export class DependencyHealth {
  @Field(() => HealthStatus, { description: 'Whether the connection works' })
  status!: HealthStatus;

  @Field(() => Float, { description: 'How long the check took, in milliseconds' })
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'Why it is down' })
  error?: string | null;
}

@ObjectType({ description: 'One back-end service, asked over Kafka request-reply' })
export class ServiceHealth {
  @Field({ description: 'The service (counterparties, catalog, …)' })
  name!: string;

  @Field(() => HealthStatus, { description: 'UP when it answered and its database and Kafka connections are up' })
  status!: HealthStatus;

  @Field(() => Float, { nullable: true, description: 'Gateway to service and back over Kafka, in milliseconds' })
  roundTripMs?: number | null;

  @Field(() => String, { nullable: true, description: 'The version it runs; null when it did not answer' })
  version?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seconds since it started; null when it did not answer' })
  uptimeSeconds?: number | null;

  @Field(() => DependencyHealth, { nullable: true, description: 'Its PostgreSQL connection, as it sees it' })
  database?: DependencyHealth | null;

  @Field(() => DependencyHealth, { nullable: true, description: 'Its Kafka connection, as it sees it' })
  kafka?: DependencyHealth | null;

  @Field(() => String, { nullable: true, description: 'Why the service is reported down' })
  error?: string | null;
}

@ObjectType({ description: 'The whole marketplace back end' })
export class SystemHealth {
  @Field(() => HealthStatus, { description: 'UP when every service is up' })
  status!: HealthStatus;

  @Field(() => Timestamp, { description: 'When the gateway asked' })
  checkedAt!: Date;

  @Field(() => [ServiceHealth], { description: 'Every back-end service, in start-up order' })
  services!: ServiceHealth[];
}
