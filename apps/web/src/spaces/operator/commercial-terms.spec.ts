import { termsForm, termsInput } from './commercial-terms';

describe('a company’s commercial terms in the operator’s form', () => {
  it('shows the terms as they stand, amounts in major units', () => {
    expect(
      termsForm({
        accountManager: { id: 'op-1' },
        commercialTerms: { currency: 'RUB', creditLimitMinor: 1_000_000_00, approvalThresholdMinor: null, paymentTermDays: 30 },
      }),
    ).toEqual({ accountManagerId: 'op-1', currency: 'RUB', creditLimit: '1000000.00', approvalThreshold: '', paymentTermDays: '30' });
    expect(termsForm({}).currency).toBe('RUB');
  });

  it('reads amounts exactly into minor units, and leaves out what is empty', () => {
    expect(
      termsInput({
        accountManagerId: ' op-1 ',
        currency: 'RUB',
        creditLimit: '1 000 000,50',
        approvalThreshold: '',
        paymentTermDays: '45',
      }),
    ).toEqual({
      ok: true,
      input: {
        accountManagerId: 'op-1',
        terms: { currency: 'RUB', creditLimitMinor: 100_000_050, approvalThresholdMinor: null, paymentTermDays: 45 },
      },
    });
    expect(termsInput({ accountManagerId: 'op-2', currency: 'RUB', creditLimit: '', approvalThreshold: '', paymentTermDays: '' })).toEqual({
      ok: true,
      input: { accountManagerId: 'op-2', terms: null },
    });
  });

  it('says which field is wrong', () => {
    expect(
      termsInput({ accountManagerId: '', currency: 'RUB', creditLimit: '10.005', approvalThreshold: 'ten', paymentTermDays: '400' }),
    ).toEqual({
      ok: false,
      problems: { creditLimit: 'PRICE_TOO_PRECISE', approvalThreshold: 'NOT_AN_AMOUNT', paymentTermDays: 'NOT_A_NUMBER_OF_DAYS' },
    });
  });
});
