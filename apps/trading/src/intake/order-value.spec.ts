import { orderValueProblem } from './order-value';

const MAX = 100_000_000_000_000;

describe('the most one order may be worth', () => {
  it('takes an order worth exactly the maximum', () => {
    expect(orderValueProblem(1_000_000, 100_000_000, MAX)).toBeUndefined();
  });

  it('refuses one minor unit more, naming the quantity', () => {
    const problem = orderValueProblem(1, MAX + 1, MAX);
    expect(problem).toMatchObject({ code: 'ORDER_VALUE_TOO_LARGE', field: 'quantity' });
  });

  it('computes past the safe range exactly: 2^31 - 1 at 2^53 - 1 is refused, and said as it is', () => {
    const problem = orderValueProblem(2_147_483_647, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    expect(problem?.message).toContain(`${2_147_483_647n * BigInt(Number.MAX_SAFE_INTEGER)} minor units`);
  });
});
