import { assertMayApprove, needsApproval, type ApprovalQuestion } from './approval';
import { OrdersDomainError } from './errors';

function errorOf(action: () => unknown): OrdersDomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error;
    throw error;
  }
  throw new Error('expected an OrdersDomainError, nothing was thrown');
}

// A company whose purchases above 500,000.00 RUB (50,000,000 kopecks) need an approver.
const purchase = (change: Partial<ApprovalQuestion>): ApprovalQuestion => ({
  totalMinor: 50_000_001,
  currency: 'RUB',
  approvalThreshold: { amountMinor: 50_000_000, currency: 'RUB' },
  actorRoles: ['PURCHASER'],
  ...change,
});

describe('approval of purchases', () => {
  it('makes a purchaser’s purchase above the threshold wait', () => {
    expect(needsApproval(purchase({ totalMinor: 50_000_001 }))).toBe(true);
  });

  it('lets a purchase exactly at the threshold through: only above waits', () => {
    expect(needsApproval(purchase({ totalMinor: 50_000_000 }))).toBe(false);
  });

  it('lets every purchase through when the company has no threshold', () => {
    expect(needsApproval(purchase({ totalMinor: Number.MAX_SAFE_INTEGER, approvalThreshold: null }))).toBe(false);
  });

  it.each([[['APPROVER']], [['ADMIN']], [['PURCHASER', 'APPROVER']], [['PURCHASER', 'ADMIN']]] as const)(
    'does not make a user with roles %j wait for approval',
    (actorRoles) => {
      expect(needsApproval(purchase({ totalMinor: 90_000_000, actorRoles }))).toBe(false);
    },
  );

  it('makes a purchase in another currency than the threshold’s wait, as it cannot be compared', () => {
    expect(needsApproval(purchase({ totalMinor: 1, currency: 'EUR' }))).toBe(true);
    expect(needsApproval(purchase({ totalMinor: 1, currency: 'EUR', actorRoles: ['APPROVER'] }))).toBe(false);
  });

  it('refuses a total that is not whole minor units', () => {
    expect(errorOf(() => needsApproval(purchase({ totalMinor: 1.5 }))).code).toBe('INVALID_AMOUNT');
    expect(errorOf(() => needsApproval(purchase({ totalMinor: -1 }))).code).toBe('INVALID_AMOUNT');
  });
});

describe('who may approve', () => {
  it('lets an APPROVER decide another user’s purchase', () => {
    expect(() => assertMayApprove({ approverUserId: 'anna', approverRoles: ['APPROVER'], placedByUserId: 'pavel' })).not.toThrow();
  });

  it.each([[['PURCHASER']], [['ADMIN']], [['ACCOUNTANT']], [[]]] as const)(
    'refuses a user with roles %j as not an approver',
    (approverRoles) => {
      expect(errorOf(() => assertMayApprove({ approverUserId: 'anna', approverRoles, placedByUserId: 'pavel' })).code).toBe(
        'NOT_AN_APPROVER',
      );
    },
  );

  it('refuses an approver’s own purchase', () => {
    expect(
      errorOf(() => assertMayApprove({ approverUserId: 'anna', approverRoles: ['APPROVER', 'PURCHASER'], placedByUserId: 'anna' })).code,
    ).toBe('OWN_PURCHASE');
  });
});
