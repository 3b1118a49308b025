import {
  CompanyKind,
  type CompanyStatus,
  companyStatusChanged,
  createEnvelope,
  type ModerationLogAction,
  type CompanyStatusChangedPayload,
} from '@lotbook/contracts';
import { AfterCommit } from '@lotbook/messaging';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';
import { CompanyNotApprovedError, CompanyStatusProjection, type RecordedStanding } from './company-status.projection';

class CompanyStatusTable1700000000002 implements MigrationInterface {
  up = (queryRunner: QueryRunner) => createCompanyStatusTableV1(queryRunner);
  down = (queryRunner: QueryRunner) => dropCompanyStatusTableV1(queryRunner);
}

const companyId = '3f9b8c2e-5d1a-4e7b-9c0d-1a2b3c4d5e6f';
let database: TestDatabase;
let dataSource: DataSource;
let projection: CompanyStatusProjection;
const told: RecordedStanding[] = [];

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

/** Applies an event the way the event consumer does: in a transaction, then, if it committed, what waits for the commit. */
async function apply(event: ReturnType<typeof change>, options: { rollBack?: boolean } = {}): Promise<void> {
  const afterCommit = new AfterCommit();
  try {
    await dataSource.transaction(async (transaction) => {
      await projection.onCompanyStatusChanged(event, transaction, { afterCommit: afterCommit.add });
      if (options.rollBack) throw new Error('rolled back after the projection wrote');
    });
  } catch (error) {
    if (options.rollBack) return;
    throw error;
  }
  afterCommit.run((error) => {
    throw error;
  });
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
  projection.onChange((standing) => told.push(standing));
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

  it('never lets an older change overwrite a newer one, nor tells its listeners of it', async () => {
    told.length = 0;
    await apply(change('APPROVED', 'APPROVE', '2026-11-23T10:30:00Z')); // older than the suspension
    expect(await projection.standing(companyId)).toBe('SUSPENDED');
    expect(told).toEqual([]);
    await apply(change('APPROVED', 'REINSTATE', '2026-11-23T12:00:00Z'));
    expect(await projection.standing(companyId)).toBe('APPROVED');
    expect(told).toEqual([{ companyId, standing: 'APPROVED', kind: 'BUYER', changedAt: new Date('2026-11-23T12:00:00Z') }]);
  });

  it('tells its listeners of a change only once its transaction has committed, never of one rolled back', async () => {
    told.length = 0;
    let toldBeforeCommit: number | undefined;
    const afterCommit = new AfterCommit();
    await dataSource.transaction(async (transaction) => {
      await projection.onCompanyStatusChanged(change('SUSPENDED', 'SUSPEND', '2026-11-23T13:00:00Z'), transaction, {
        afterCommit: afterCommit.add,
      });
      await new Promise((resolve) => setImmediate(resolve)); // the old projection told its listeners here
      toldBeforeCommit = told.length;
    });
    expect(toldBeforeCommit).toBe(0);
    afterCommit.run((error) => {
      throw error;
    });
    expect(told.map((standing) => standing.standing)).toEqual(['SUSPENDED']);

    told.length = 0;
    await apply(change('APPROVED', 'REINSTATE', '2026-11-23T14:00:00Z'), { rollBack: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toEqual([]);
    expect(await projection.standing(companyId)).toBe('SUSPENDED');
  });

  it('lists every company it has recorded, for a copy in memory', async () => {
    expect(await projection.all()).toEqual([
      { companyId, standing: 'SUSPENDED', kind: 'BUYER', changedAt: new Date('2026-11-23T13:00:00Z') },
    ]);
  });
});
