import {
  CompanyKind,
  type CompanyStatus,
  companyStatusChanged,
  createEnvelope,
  type ModerationLogAction,
  type CompanyStatusChangedPayload,
} from '@lotbook/contracts';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';
import { CompanyNotApprovedError, CompanyStatusProjection } from './company-status.projection';

class CompanyStatusTable1700000000002 implements MigrationInterface {
  up = (queryRunner: QueryRunner) => createCompanyStatusTableV1(queryRunner);
  down = (queryRunner: QueryRunner) => dropCompanyStatusTableV1(queryRunner);
}

const companyId = '3f9b8c2e-5d1a-4e7b-9c0d-1a2b3c4d5e6f';
let database: TestDatabase;
let dataSource: DataSource;
let projection: CompanyStatusProjection;

function change(to: `${CompanyStatus}`, action: `${ModerationLogAction}`, at: string) {
  return createEnvelope<CompanyStatusChangedPayload>({
    type: companyStatusChanged.messageType,
    version: 1,
    producer: 'counterparties',
    key: companyId,
    occurredAt: new Date(at),
    payload: {
      companyId,
      tradingName: 'Severstal Trade',
      kind: CompanyKind.BUYER,
      action: action as ModerationLogAction,
      from: null,
      to: to as CompanyStatus,
      reason: `${action} for the test`,
      operatorId: null,
    },
  });
}

async function apply(event: ReturnType<typeof change>): Promise<void> {
  await dataSource.transaction((transaction) => projection.onCompanyStatusChanged(event, transaction));
}

beforeAll(async () => {
  database = await createTestDatabase('company_status');
  dataSource = createServiceDataSource({
    url: database.url,
    schema: 'projection_test',
    entities: [],
    migrations: [CompanyStatusTable1700000000002],
    applicationName: 'company-status-test',
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  projection = new CompanyStatusProjection(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('company status projection', () => {
  it('refuses a company it has never heard of', async () => {
    await expect(projection.assertMayTrade(companyId)).rejects.toThrow(CompanyNotApprovedError);
    expect(await projection.standing(companyId)).toBe('UNKNOWN');
  });

  it('follows registration, approval and suspension, refusing all but APPROVED', async () => {
    await apply(change('PENDING_REVIEW', 'REGISTER', '2026-11-23T10:00:00Z'));
    await expect(projection.assertMayTrade(companyId)).rejects.toThrow(/PENDING_REVIEW and may not trade/);
    await apply(change('APPROVED', 'APPROVE', '2026-11-23T10:05:00Z'));
    await expect(projection.assertMayTrade(companyId)).resolves.toBeUndefined();
    await apply(change('SUSPENDED', 'SUSPEND', '2026-11-23T11:00:00Z'));
    const refusal = await projection.assertMayTrade(companyId).catch((error: CompanyNotApprovedError) => error);
    expect(refusal).toMatchObject({ code: 'COMPANY_NOT_APPROVED', message: expect.stringContaining('SUSPENDED') });
  });

  it('never lets an older change overwrite a newer one', async () => {
    await apply(change('APPROVED', 'APPROVE', '2026-11-23T10:30:00Z')); // older than the suspension
    expect(await projection.standing(companyId)).toBe('SUSPENDED');
    await apply(change('APPROVED', 'REINSTATE', '2026-11-23T12:00:00Z'));
    expect(await projection.standing(companyId)).toBe('APPROVED');
  });
});
