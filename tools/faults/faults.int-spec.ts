import { runFaultHarness } from './fault-harness';

/**
 * The short version of `npm run faults`: three seeded runs, each killing a part of the
 * marketplace once while it trades, uploads and checks out, then every invariant; and, so
 * that the checks are known to be able to fail, the same checks after a trade has been
 * applied twice in catalog and a trade's seller order lost. The long version is in the
 * README. It runs its own broker (killed and restarted here) on a port derived from the
 * test broker's, so that it never touches the other suites' broker.
 */
const testKafkaPort = Number(process.env.LOTBOOK_TEST_KAFKA_PORT ?? 19092);

describe('the fault harness, short', () => {
  it('loses nothing and applies nothing twice while parts of the marketplace are killed (seeds 1 to 3), and says so when something is', async () => {
    const corrupted: Array<string | undefined> = [];
    const outcome = await runFaultHarness({
      seed: 1,
      runs: 3,
      operations: 14,
      concurrency: 3,
      faults: 1,
      quietTimeoutMs: 60_000,
      kafkaPort: testKafkaPort + 700,
      gatewayPort: 4810,
      log: (line) => process.stdout.write(`[faults] ${line}\n`),
      afterRuns: async (db, check) => {
        // A trade committed twice in catalog: its ask's reservation sold one unit more than it filled.
        const { rowCount } = await db.query(
          `UPDATE catalog.reservation SET committed_quantity = committed_quantity + 1
            WHERE id = (SELECT reservation_id FROM trading.trading_order WHERE side = 'ASK' AND filled_quantity > 0 LIMIT 1)`,
        );
        expect(rowCount).toBe(1); // the workload did trade
        corrupted.push((await check())?.invariant);
        await db.query(
          `UPDATE catalog.reservation SET committed_quantity = committed_quantity - 1
            WHERE id = (SELECT reservation_id FROM trading.trading_order WHERE side = 'ASK' AND filled_quantity > 0 LIMIT 1)`,
        );
        // A trade whose seller order was lost.
        await db.query(
          `UPDATE orders.seller_order SET trade_id = NULL WHERE id = (SELECT id FROM orders.seller_order WHERE trade_id IS NOT NULL LIMIT 1)`,
        );
        corrupted.push((await check())?.invariant);
      },
    });
    expect(outcome.results.map((result) => ({ seed: result.seed, broken: result.broken ?? null }))).toEqual([
      { seed: 1, broken: null },
      { seed: 2, broken: null },
      { seed: 3, broken: null },
    ]);
    expect(outcome.results.flatMap((result) => result.faults)).toHaveLength(3);
    expect(corrupted).toEqual([
      'every trade committed once in catalog (an ask’s sold stock = its fills)',
      'every trade became exactly one seller order',
    ]);
  }, 420_000);
});
