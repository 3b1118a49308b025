import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import { LedgerSimulation } from './ledger-simulation';
import { type SettlementsHarness, startHarness } from './settlements-harness';

/**
 * The seeded simulation (see ledger-simulation.ts) against a throw-away PostgreSQL database.
 * `npm test` runs a few short seeds; a long run:
 *   SETTLEMENTS_SIM_RUNS=20 SETTLEMENTS_SIM_STEPS=2000 npm test -- apps/settlements/src/simulation
 * and a failure is replayed with the seed it prints: SETTLEMENTS_SIM_SEED=<seed>.
 */
const runs = Number(process.env.SETTLEMENTS_SIM_RUNS ?? 2);
const steps = Number(process.env.SETTLEMENTS_SIM_STEPS ?? 100);
const fixedSeed = process.env.SETTLEMENTS_SIM_SEED === undefined ? undefined : Number(process.env.SETTLEMENTS_SIM_SEED);
const seeds = fixedSeed === undefined ? Array.from({ length: runs }, () => Math.floor(Math.random() * 2 ** 31)) : [fixedSeed];

describe('the ledger under a seeded simulation of deliveries, completions, returns, payments, payouts, redeliveries and replays', () => {
  let database: TestDatabase | undefined;
  let harness: SettlementsHarness | undefined;

  afterEach(async () => {
    await harness?.close();
    await database?.drop();
    harness = undefined;
    database = undefined;
  });

  it.each(seeds)(
    'seed %i: every entry balances, the trial balance is zero per currency, no event posts twice, and every party holds what the model says',
    async (seed) => {
      database = await createTestDatabase(`settlements-sim-${seed}`);
      harness = await startHarness(database.url);
      const started = Date.now();
      const report = await new LedgerSimulation(harness, seed).run(steps);
      console.log(
        `[settlements simulation] seed ${report.seed}: ${report.steps} steps, ${report.entries} entries, ` +
          `model ${JSON.stringify(report.outcomes)}, ${report.refusals} refusals, ${Date.now() - started} ms; ` +
          `operations ${JSON.stringify(report.operations)}`,
      );
      expect(report.entries).toBeGreaterThan(0);
      expect(report.outcomes.DUPLICATE).toBeGreaterThan(0);
    },
    Math.max(60_000, steps * 1_000),
  );
});
