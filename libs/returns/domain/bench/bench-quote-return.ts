// The pure allocator's speed: quotes per second for a purchase of 3 sellers and 30 lines
// (10 per seller), with a history of earlier returns. Run:
//   node tools/run-ts.mjs libs/returns/domain/bench/bench-quote-return.ts
// Ends with one JSON line, for tools/bench to pick up.
import {
  DEFAULT_RETURN_POLICY,
  EMPTY_RETURN_HISTORY,
  historyAfter,
  quoteReturn,
  RETURN_REASONS,
  type ReturnItemRequest,
  type SellerOrderFigures,
} from '../src';

function purchase(): SellerOrderFigures[] {
  return [0, 1, 2].map((seller) => ({
    sellerOrderId: `SO${seller}`,
    sellerCompanyId: `seller-${seller}`,
    currency: 'RUB',
    outboundFeeMinor: 150_000 + seller * 7_777,
    regionalFeeMinor: 120_000 + seller * 3_333,
    sellerDiscount: { rateBp: 500, thresholdMinor: 4_000_000, applied: true },
    lines: Array.from({ length: 10 }, (_, index) => {
      const quantity = 3 + ((index * 7 + seller) % 17);
      const gross = quantity * (12_345 + index * 10_007 + seller * 999);
      const sd = Math.round(gross * 0.05);
      const net = gross - sd;
      return {
        lineId: `SO${seller}-L${index}`,
        quantity,
        grossMinor: gross,
        sellerDiscountMinor: sd,
        netMinor: net,
        loyaltyDiscountMinor: Math.round(net * 0.03),
        commissionMinor: Math.round(net * 0.08),
        restockingRateBp: index % 3 === 0 ? 1_000 : 0,
      };
    }),
  }));
}

function measure(name: string, sellerOrders: SellerOrderFigures[], items: ReturnItemRequest[], history = EMPTY_RETURN_HISTORY) {
  const input = { sellerOrders, history, items, policy: DEFAULT_RETURN_POLICY };
  for (let warm = 0; warm < 20_000; warm++) quoteReturn(input);
  const rounds = 100_000;
  const started = process.hrtime.bigint();
  let sink = 0;
  for (let round = 0; round < rounds; round++) sink += quoteReturn(input).refund.amountMinor;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Reading the results keeps the loop from being optimised away.
  if (sink !== quoteReturn(input).refund.amountMinor * rounds) throw new Error('a quote changed between two runs on the same input');
  const perSecond = Math.round(rounds / seconds);
  console.log(
    `${name}: ${items.length} items, ${perSecond.toLocaleString('en')} quotes/s (${((seconds / rounds) * 1e6).toFixed(1)} µs each)`,
  );
  return perSecond;
}

const sellerOrders = purchase();
const lines = sellerOrders.flatMap((order) => order.lines);
// A typical return: two lines of each seller, mixed reasons, after an earlier return of the same purchase.
const earlier = quoteReturn({
  sellerOrders,
  history: EMPTY_RETURN_HISTORY,
  policy: DEFAULT_RETURN_POLICY,
  items: [0, 10, 20].map((index) => ({ lineId: lines[index].lineId, quantity: 1, reason: 'CHANGED_MIND' as const })),
});
const history = historyAfter(EMPTY_RETURN_HISTORY, earlier);
const typical = [0, 5, 10, 15, 20, 25].map((index, position) => ({
  lineId: lines[index].lineId,
  quantity: 2,
  reason: RETURN_REASONS[position % RETURN_REASONS.length],
}));
const whole = lines.map((line, index) => ({
  lineId: line.lineId,
  quantity: line.quantity,
  reason: RETURN_REASONS[index % RETURN_REASONS.length],
}));

const typicalPerSecond = measure('typical return (6 items, 3 sellers, with history)', sellerOrders, typical, history);
const wholePerSecond = measure('whole purchase (30 items)', sellerOrders, whole);
console.log(
  JSON.stringify({
    bench: 'returns-allocator',
    sellers: 3,
    lines: 30,
    typicalItems: typical.length,
    typicalQuotesPerSecond: typicalPerSecond,
    wholeQuotesPerSecond: wholePerSecond,
  }),
);
