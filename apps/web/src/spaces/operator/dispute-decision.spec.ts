import { noteProblem, operatorTask, reasonChanges } from './dispute-decision';

describe('an operator’s decision on a return', () => {
  const items = [
    { lineId: 'a', reason: 'DEFECTIVE', fault: 'SELLER' },
    { lineId: 'b', reason: 'CHANGED_MIND', fault: 'BUYER' },
  ];

  it('changes only the reasons the operator picked anew', () => {
    expect(reasonChanges(items, {})).toEqual([]);
    expect(reasonChanges(items, { a: 'DEFECTIVE', b: '' })).toEqual([]);
    expect(reasonChanges(items, { a: 'CHANGED_MIND', b: 'CHANGED_MIND', c: 'WRONG_ITEM' })).toEqual([
      { lineId: 'a', reason: 'CHANGED_MIND' },
    ]);
  });

  it('is asked for disputes, and for requested returns whose carrier claim waits', () => {
    expect(operatorTask({ status: 'DISPUTED', carrierClaimAccepted: false, items })).toBe('decide');
    expect(operatorTask({ status: 'REQUESTED', carrierClaimAccepted: false, items: [{ fault: 'CARRIER' }] })).toBe('carrierClaim');
    expect(operatorTask({ status: 'REQUESTED', carrierClaimAccepted: true, items: [{ fault: 'CARRIER' }] })).toBeUndefined();
    expect(operatorTask({ status: 'REQUESTED', carrierClaimAccepted: false, items })).toBeUndefined();
  });

  it('needs a note of 10 characters or more to decide a dispute; a carrier claim may go without', () => {
    expect(noteProblem('  long enough  ', true)).toBeUndefined();
    expect(noteProblem('short', true)).toBe('NOTE_REQUIRED');
    expect(noteProblem('', false)).toBeUndefined();
    expect(noteProblem('short', false)).toBe('NOTE_REQUIRED');
    expect(noteProblem('x'.repeat(2001), true)).toBe('NOTE_REQUIRED');
  });
});
