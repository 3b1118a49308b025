import { type ServiceName } from '@lotbook/contracts';

export const SERVICE_CONTEXT = Symbol('SERVICE_CONTEXT');

export interface ServiceContext {
  readonly name: ServiceName;
  readonly version: string;
}
