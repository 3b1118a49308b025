import { runFaultHarness } from './fault-harness';

/**
 * The short version of `npm run faults`: three seeded runs, each killing a part of the
 * marketplace once while it trades, uploads, checks out, delivers, returns and pays, then
 * every invariant; and, so that the checks are known to be able to fail, the same checks
 * after a trade has been applied twice in catalog, a trade's seller order lost, a delivered
 * order's ledger entry lost and an account's balance put off its postings. The long version is in the
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
      operations: 16,
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
        const tradeOrder = await db.query(
          `UPDATE orders.seller_order SET trade_id = NULL WHERE id = (SELECT id FROM orders.seller_order WHERE trade_id IS NOT NULL LIMIT 1)
           RETURNING id`,
        );
        corrupted.push((await check())?.invariant);
        await db.query(
          `UPDATE orders.seller_order SET trade_id = (SELECT id FROM trading.trade t WHERE NOT EXISTS
                          (SELECT 1 FROM orders.seller_order s WHERE s.trade_id = t.id) LIMIT 1) WHERE id = $1`,
          [tradeOrder.rows[0].id],
        );
        expect((await check())?.invariant).toBeUndefined();
        // A delivered order's ledger entry lost: its entry's cause renamed (the ledger refuses updates; the trigger is set aside).
        await db.query(`ALTER TABLE settlements.journal_entry DISABLE TRIGGER journal_entry_append_only`);
        const delivery = await db.query(
          `UPDATE settlements.journal_entry SET cause_type = 'SELLER_ORDER_DELIVERED_LOST'
            WHERE id = (SELECT id FROM settlements.journal_entry WHERE cause_type = 'SELLER_ORDER_DELIVERED' LIMIT 1)`,
        );
        expect(delivery.rowCount).toBe(1); // the workload did deliver
        corrupted.push((await check())?.invariant);
        await db.query(
          `UPDATE settlements.journal_entry SET cause_type = 'SELLER_ORDER_DELIVERED' WHERE cause_type = 'SELLER_ORDER_DELIVERED_LOST'`,
        );
        await db.query(`ALTER TABLE settlements.journal_entry ENABLE TRIGGER journal_entry_append_only`);
        // An account's balance off by one kopeck from its postings.
        await db.query(
          `UPDATE settlements.account SET debits_minor = debits_minor + 1 WHERE key = (SELECT min(key) FROM settlements.account)`,
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
    expect(outcome.unexpectedExits).toEqual([]); // no process died but those killed
    expect(corrupted).toEqual([
      'every trade committed once in catalog (an ask’s sold stock = its fills)',
      'every trade became exactly one seller order',
      'every delivered seller order posted once to the ledger, and invoiced once',
      'the ledger balances: every entry, every currency, every account and kind total its postings',
    ]);
  }, 420_000);
});
