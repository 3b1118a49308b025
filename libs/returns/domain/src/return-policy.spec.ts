import { EMPTY_RETURN_HISTORY, quoteReturn } from './allocation';
import { RETURN_REASONS } from './allocation.types';
import { decideReturnStep } from './return-status';
import {
  assertValidReturnPolicy,
  changeReturnPolicy,
  DEFAULT_RETURN_POLICY,
  differencesOf,
  faultOf,
  returnWindowDaysOf,
  type ReturnPolicy,
  type ReturnPolicyChange,
} from './return-policy';
import { ReturnsDomainError, type ReturnsDomainErrorCode } from './returns-domain-error';
import { item, line, sellerOrder } from './testing/purchases';

const why = 'Sellers asked: a change of mind is on us this quarter';

function refusal(action: () => unknown): ReturnsDomainErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ReturnsDomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the return policy’s defaults (issue 15)', () => {
  it('makes DEFECTIVE, NOT_AS_DESCRIBED and WRONG_ITEM the seller’s fault, CHANGED_MIND and ORDERED_BY_MISTAKE the buyer’s, DAMAGED_IN_TRANSIT the carrier’s', () => {
    expect(RETURN_REASONS.map((reason) => [reason, faultOf(reason, DEFAULT_RETURN_POLICY)])).toEqual([
      ['DEFECTIVE', 'SELLER'],
      ['NOT_AS_DESCRIBED', 'SELLER'],
      ['WRONG_ITEM', 'SELLER'],
      ['CHANGED_MIND', 'BUYER'],
      ['ORDERED_BY_MISTAKE', 'BUYER'],
      ['DAMAGED_IN_TRANSIT', 'CARRIER'],
    ]);
  });

  it('gives 30 days to return from a seller with no window of its own, and a seller’s own window wins', () => {
    expect(DEFAULT_RETURN_POLICY.defaultReturnWindowDays).toBe(30);
    expect(returnWindowDaysOf(null, DEFAULT_RETURN_POLICY)).toBe(30);
    expect(returnWindowDaysOf(14, DEFAULT_RETURN_POLICY)).toBe(14);
    expect(returnWindowDaysOf(0, { ...DEFAULT_RETURN_POLICY, defaultReturnWindowDays: 60 })).toBe(0);
    expect(returnWindowDaysOf(null, { ...DEFAULT_RETURN_POLICY, defaultReturnWindowDays: 60 })).toBe(60);
  });

  it('is a valid policy, and faultOf refuses what is not a reason, prototype names included', () => {
    expect(() => assertValidReturnPolicy(DEFAULT_RETURN_POLICY)).not.toThrow();
    expect(refusal(() => faultOf('LOST' as never, DEFAULT_RETURN_POLICY))).toBe('UNKNOWN_REASON');
    expect(refusal(() => faultOf('constructor' as never, DEFAULT_RETURN_POLICY))).toBe('UNKNOWN_REASON');
  });
});

describe('an operator changes the policy’s tables', () => {
  it('moves only the reasons it names and keeps the rest, and says what moved', () => {
    const { policy, differences } = changeReturnPolicy(
      DEFAULT_RETURN_POLICY,
      { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'SELLER' }] },
      why,
    );
    expect(policy.faultByReason).toEqual({ ...DEFAULT_RETURN_POLICY.faultByReason, CHANGED_MIND: 'SELLER' });
    expect(policy.defaultReturnWindowDays).toBe(30);
    expect(differences).toEqual([{ table: 'FAULT_BY_REASON', reason: 'CHANGED_MIND', from: 'BUYER', to: 'SELLER' }]);
    // The current policy is a value: untouched.
    expect(DEFAULT_RETURN_POLICY.faultByReason.CHANGED_MIND).toBe('BUYER');
  });

  it('changes the default window alone, and both tables at once', () => {
    expect(changeReturnPolicy(DEFAULT_RETURN_POLICY, { defaultReturnWindowDays: 14 }, why)).toEqual({
      policy: { ...DEFAULT_RETURN_POLICY, defaultReturnWindowDays: 14 },
      differences: [{ table: 'DEFAULT_RETURN_WINDOW_DAYS', from: 30, to: 14 }],
    });
    const both = changeReturnPolicy(
      DEFAULT_RETURN_POLICY,
      {
        faultByReason: [
          { reason: 'DAMAGED_IN_TRANSIT', fault: 'SELLER' },
          { reason: 'DEFECTIVE', fault: 'SELLER' },
        ],
        defaultReturnWindowDays: 0,
      },
      why,
    );
    // Naming a reason with the fault it has already moves nothing.
    expect(both.differences).toEqual([
      { table: 'FAULT_BY_REASON', reason: 'DAMAGED_IN_TRANSIT', from: 'CARRIER', to: 'SELLER' },
      { table: 'DEFAULT_RETURN_WINDOW_DAYS', from: 30, to: 0 },
    ]);
    expect(() => assertValidReturnPolicy(both.policy)).not.toThrow();
  });

  it.each<[string, ReturnPolicyChange, string, ReturnsDomainErrorCode]>([
    ['an unknown reason', { faultByReason: [{ reason: 'LOST_IN_THE_MAIL', fault: 'CARRIER' }] }, why, 'UNKNOWN_REASON'],
    ['a prototype name as a reason', { faultByReason: [{ reason: '__proto__', fault: 'CARRIER' }] }, why, 'UNKNOWN_REASON'],
    ['an unknown fault', { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'PLATFORM' }] }, why, 'UNKNOWN_FAULT'],
    [
      'a reason named twice',
      {
        faultByReason: [
          { reason: 'CHANGED_MIND', fault: 'SELLER' },
          { reason: 'CHANGED_MIND', fault: 'BUYER' },
        ],
      },
      why,
      'DUPLICATE_REASON',
    ],
    ['a negative window', { defaultReturnWindowDays: -1 }, why, 'INVALID_RETURN_WINDOW'],
    ['a window of a fraction of a day', { defaultReturnWindowDays: 7.5 }, why, 'INVALID_RETURN_WINDOW'],
    ['a window over a year', { defaultReturnWindowDays: 366 }, why, 'INVALID_RETURN_WINDOW'],
    ['no why', { defaultReturnWindowDays: 14 }, '   short  ', 'NOTE_REQUIRED'],
    ['a change that changes nothing', { faultByReason: [{ reason: 'DEFECTIVE', fault: 'SELLER' }] }, why, 'POLICY_UNCHANGED'],
    ['an empty change', {}, why, 'POLICY_UNCHANGED'],
  ])('refuses %s whole, with its code', (_, change, note, code) => {
    const before = structuredClone(DEFAULT_RETURN_POLICY);
    expect(refusal(() => changeReturnPolicy(DEFAULT_RETURN_POLICY, change, note))).toBe(code);
    expect(DEFAULT_RETURN_POLICY).toEqual(before);
  });

  it('refuses a stored policy that misses a reason, names an unknown one, or gives an unknown fault', () => {
    const { DEFECTIVE: _missing, ...rest } = DEFAULT_RETURN_POLICY.faultByReason;
    const broken = (faultByReason: unknown, days = 30) => ({ faultByReason, defaultReturnWindowDays: days }) as ReturnPolicy;
    expect(refusal(() => assertValidReturnPolicy(broken(rest)))).toBe('UNKNOWN_FAULT');
    expect(refusal(() => assertValidReturnPolicy(broken({ ...DEFAULT_RETURN_POLICY.faultByReason, LOST: 'CARRIER' })))).toBe(
      'UNKNOWN_REASON',
    );
    expect(refusal(() => assertValidReturnPolicy(broken({ ...DEFAULT_RETURN_POLICY.faultByReason, DEFECTIVE: 'NOBODY' })))).toBe(
      'UNKNOWN_FAULT',
    );
    expect(refusal(() => assertValidReturnPolicy(broken(DEFAULT_RETURN_POLICY.faultByReason, -3)))).toBe('INVALID_RETURN_WINDOW');
  });

  it('lists no difference between a policy and itself', () => {
    expect(differencesOf(DEFAULT_RETURN_POLICY, DEFAULT_RETURN_POLICY)).toEqual([]);
  });
});

describe('a quote follows the policy it is given', () => {
  // One seller order: a line of 2 units at 10,000 with a 1,000 commission, a delivery fee of 600 and a label of 400.
  const purchase = [sellerOrder('A', { outbound: 600, regional: 400 }, null, [line('A1', 2, 10_000, 0, 0, 1_000)])];
  const changedMindIsTheSellers = changeReturnPolicy(
    DEFAULT_RETURN_POLICY,
    { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'SELLER' }] },
    why,
  ).policy;
  const quote = (policy: ReturnPolicy) =>
    quoteReturn({ sellerOrders: purchase, history: EMPTY_RETURN_HISTORY, items: [item('A1', 1, 'CHANGED_MIND')], policy });

  it('charges a change of mind to the buyer under the defaults: refund m less the label, no fee back', () => {
    const allocation = quote(DEFAULT_RETURN_POLICY);
    const [entry] = allocation.items;
    expect(entry.fault).toBe('BUYER');
    // m = 5,000; f = 300 (not refunded); label 400 deducted.
    expect(entry.refund.amountMinor).toBe(4_600);
    expect(entry.sellerPays.amountMinor).toBe(5_000 - 500);
    expect(allocation.sellersPay.amountMinor + allocation.platformPays.amountMinor).toBe(
      allocation.refund.amountMinor + allocation.returnLabels.amountMinor,
    );
  });

  it('charges it to the seller once the operator moves CHANGED_MIND to the seller’s row: m + f back, the seller pays the label', () => {
    const allocation = quote(changedMindIsTheSellers);
    const [entry] = allocation.items;
    expect(entry.fault).toBe('SELLER');
    expect(entry.refund.amountMinor).toBe(5_000 + 300);
    expect(entry.sellerPays.amountMinor).toBe(5_000 - 500 + 300 + 400);
    expect(entry.platformPays.amountMinor).toBe(500);
    expect(allocation.sellersPay.amountMinor + allocation.platformPays.amountMinor).toBe(
      allocation.refund.amountMinor + allocation.returnLabels.amountMinor,
    );
  });

  it('refuses a quote under a broken policy rather than guess a fault', () => {
    const broken = { ...DEFAULT_RETURN_POLICY, faultByReason: { ...DEFAULT_RETURN_POLICY.faultByReason, CHANGED_MIND: 'NOBODY' } };
    expect(refusal(() => quote(broken as unknown as ReturnPolicy))).toBe('UNKNOWN_FAULT');
  });
});

describe('a return’s steps follow the fault table it was filed under', () => {
  const state = (faultByReason: ReturnPolicy['faultByReason']) => ({
    status: 'REQUESTED' as const,
    sellerCompanyId: 'uralstal',
    items: [{ lineId: 'L1', reason: 'CHANGED_MIND' as const }],
    carrierClaimAccepted: false,
    faultByReason,
  });
  const seller = { side: 'SELLER' as const, companyId: 'uralstal' };
  const note = 'The buyer opened and used the sheet';

  it('lets the seller dispute a change of mind only where the policy makes it the seller’s fault', () => {
    expect(decideReturnStep(state(DEFAULT_RETURN_POLICY.faultByReason), { action: 'DISPUTE', actor: seller, note })).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_DISPUTE',
    });
    const policy = changeReturnPolicy(DEFAULT_RETURN_POLICY, { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'SELLER' }] }, why).policy;
    expect(decideReturnStep(state(policy.faultByReason), { action: 'DISPUTE', actor: seller, note })).toMatchObject({
      ok: true,
      to: 'DISPUTED',
    });
  });

  it('asks an operator’s acceptance for a reason the policy makes the carrier’s', () => {
    const policy = changeReturnPolicy(DEFAULT_RETURN_POLICY, { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'CARRIER' }] }, why).policy;
    expect(decideReturnStep(state(policy.faultByReason), { action: 'ACCEPT', actor: seller })).toMatchObject({
      ok: false,
      code: 'OPERATOR_ACCEPTANCE_REQUIRED',
    });
  });
});
