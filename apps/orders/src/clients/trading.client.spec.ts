import { ordersCommands } from '@lotbook/contracts';
import { BOOK_REFUSALS } from './trading.client';

// A refusal orders answers must be one its command declares, or the reply fails its own contract
// and the buyer is told "try again" instead of what the book said.
describe("the book's refusals of a bid, as orders answers them", () => {
  const answeredBy = [ordersCommands.placeBid, ordersCommands.decideBid] as const;

  it.each(Object.entries(BOOK_REFUSALS))('answers trading’s %s with %s, a code placeBid and decideBid declare', (_, ordersCode) => {
    for (const command of answeredBy) expect(command.errors).toContain(ordersCode);
  });

  it('passes the book’s own refusals through by name, never as a "try again"', () => {
    for (const code of ['INVALID_SIDE', 'INVALID_SEQUENCE', 'SEQUENCE_NOT_INCREASING', 'CATALOG_UNAVAILABLE'] as const) {
      expect(BOOK_REFUSALS[code]).toBe(code);
    }
  });
});
