import { actionsFrom, taxIdVerdict } from './tax-id';

describe('what the check digits of a Russian INN say', () => {
  it('finds the check digit of real organisations’ 10-digit INNs correct', () => {
    for (const inn of ['7707083893', '7736050003', '7736207543']) {
      expect(taxIdVerdict('RU', inn)).toEqual({ kind: 'RU_ORGANISATION', checkDigitsOk: true });
    }
  });

  it('finds both check digits of a sole proprietor’s 12-digit INN correct', () => {
    expect(taxIdVerdict('RU', '500100732259')).toEqual({ kind: 'RU_SOLE_PROPRIETOR', checkDigitsOk: true });
  });

  it('catches one wrong digit anywhere in the number', () => {
    expect(taxIdVerdict('RU', '7707083894')).toEqual({ kind: 'RU_ORGANISATION', checkDigitsOk: false });
    expect(taxIdVerdict('RU', '7707083993')).toEqual({ kind: 'RU_ORGANISATION', checkDigitsOk: false });
    expect(taxIdVerdict('RU', '500100732258')).toEqual({ kind: 'RU_SOLE_PROPRIETOR', checkDigitsOk: false });
    expect(taxIdVerdict('RU', '500100732249')).toEqual({ kind: 'RU_SOLE_PROPRIETOR', checkDigitsOk: false });
  });

  it('calls anything but 10 or 12 digits not an INN, and says nothing of other countries', () => {
    expect(taxIdVerdict('RU', '77070838')).toEqual({ kind: 'RU_MALFORMED' });
    expect(taxIdVerdict('RU', '77070838 93')).toEqual({ kind: 'RU_MALFORMED' });
    expect(taxIdVerdict('KZ', '123456789012')).toEqual({ kind: 'NOT_CHECKED' });
  });
});

describe('the moderation steps offered from each status', () => {
  it('follows the transition table: approve or reject a pending company, suspend an approved one, reinstate a suspended one', () => {
    expect(actionsFrom('PENDING_REVIEW')).toEqual(['APPROVE', 'REJECT']);
    expect(actionsFrom('APPROVED')).toEqual(['SUSPEND']);
    expect(actionsFrom('SUSPENDED')).toEqual(['REINSTATE']);
    expect(actionsFrom('REJECTED')).toEqual([]);
  });
});
