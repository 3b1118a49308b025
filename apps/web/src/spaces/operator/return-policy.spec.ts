import { returnPolicyChange, returnPolicyForm, type PolicyInForce } from './return-policy';

const inForce: PolicyInForce = {
  version: 3,
  defaultReturnWindowDays: 14,
  faultByReason: [
    { reason: 'CHANGED_MIND', fault: 'BUYER' },
    { reason: 'DEFECTIVE', fault: 'SELLER' },
    { reason: 'DAMAGED_IN_TRANSIT', fault: 'CARRIER' },
  ],
};
const note = 'Carriers now insure every parcel';

describe('a change to the return policy', () => {
  it('starts from the policy in force, with no note', () => {
    expect(returnPolicyForm(inForce)).toEqual({
      faults: { CHANGED_MIND: 'BUYER', DEFECTIVE: 'SELLER', DAMAGED_IN_TRANSIT: 'CARRIER' },
      defaultReturnWindowDays: '14',
      note: '',
    });
  });

  it('sends only the faults that moved, against the version it was made on', () => {
    const form = { ...returnPolicyForm(inForce), note: `  ${note} ` };
    form.faults.DAMAGED_IN_TRANSIT = 'SELLER';
    expect(returnPolicyChange(form, inForce)).toEqual({
      ok: true,
      input: { expectedVersion: 3, note, faultByReason: [{ reason: 'DAMAGED_IN_TRANSIT', fault: 'SELLER' }] },
    });
  });

  it('sends the window alone when only the window moved', () => {
    expect(returnPolicyChange({ ...returnPolicyForm(inForce), defaultReturnWindowDays: '30', note }, inForce)).toEqual({
      ok: true,
      input: { expectedVersion: 3, note, defaultReturnWindowDays: 30 },
    });
  });

  it('refuses a change that changes nothing', () => {
    expect(returnPolicyChange({ ...returnPolicyForm(inForce), note }, inForce)).toEqual({
      ok: false,
      problems: { changes: 'NOTHING_CHANGED' },
    });
  });

  it.each(['366', '-1', '7.5', 'two weeks', ''])('refuses a window of %p days', (days) => {
    const read = returnPolicyChange({ ...returnPolicyForm(inForce), defaultReturnWindowDays: days, note }, inForce);
    expect(read).toEqual({ ok: false, problems: { defaultReturnWindowDays: 'NOT_A_RETURN_WINDOW' } });
  });

  it('takes a window of 0 to 365 days', () => {
    for (const days of [0, 365]) {
      const read = returnPolicyChange({ ...returnPolicyForm(inForce), defaultReturnWindowDays: String(days), note }, inForce);
      expect(read.ok && read.input.defaultReturnWindowDays).toBe(days);
    }
  });

  it('asks for a note of 10 to 2,000 characters', () => {
    const form = { ...returnPolicyForm(inForce), defaultReturnWindowDays: '30' };
    expect(returnPolicyChange({ ...form, note: ' too short ' }, inForce)).toEqual({ ok: false, problems: { note: 'NOTE_LENGTH' } });
    expect(returnPolicyChange({ ...form, note: 'x'.repeat(2_001) }, inForce)).toEqual({ ok: false, problems: { note: 'NOTE_LENGTH' } });
    expect(returnPolicyChange({ ...form, note: 'x'.repeat(2_000) }, inForce).ok).toBe(true);
  });
});
