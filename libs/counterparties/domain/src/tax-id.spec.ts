import { checkRussianInn, isCountryCode, validateTaxId } from './tax-id';

describe('Russian INN check digits', () => {
  // Published INNs of well-known organisations (10 digits) and a sole proprietor (12 digits).
  it.each([
    ['7707083893', 'Sberbank'],
    ['7736050003', 'Gazprom'],
    ['7736207543', 'Yandex'],
    ['7702070139', 'VTB Bank'],
  ])('accepts %s (%s) as an organisation', (inn) => {
    expect(checkRussianInn(inn)).toEqual({ valid: true, normalized: inn, kind: 'ORGANISATION' });
  });

  it('accepts a 12-digit INN of a sole proprietor', () => {
    expect(checkRussianInn('500100732259')).toEqual({ valid: true, normalized: '500100732259', kind: 'SOLE_PROPRIETOR' });
  });

  it.each([
    ['7707083894', 'the INN check digit does not match'],
    ['7736050004', 'the INN check digit does not match'],
    ['500100732258', 'the INN check digits do not match'],
    ['500100732269', 'the INN check digits do not match'],
    ['770708389', 'an INN has 10 digits (organisation) or 12 digits (sole proprietor)'],
    ['77070838931', 'an INN has 10 digits (organisation) or 12 digits (sole proprietor)'],
    ['77070838A3', 'an INN has digits only'],
  ])('refuses %s: %s', (inn, reason) => {
    expect(checkRussianInn(inn)).toEqual({ valid: false, reason });
  });
});

describe('validateTaxId', () => {
  it('uses the INN rule for Russia, ignoring spaces', () => {
    expect(validateTaxId('RU', ' 7707 083 893 ')).toMatchObject({ valid: true, normalized: '7707083893' });
    expect(validateTaxId('RU', '7707083894')).toMatchObject({ valid: false });
  });

  it('checks the usual format elsewhere', () => {
    expect(validateTaxId('DE', 'DE 123456789')).toMatchObject({ valid: true, normalized: 'DE123456789' });
    expect(validateTaxId('DE', '12345678')).toEqual({ valid: false, reason: 'a tax id in DE is a VAT number DE + 9 digits' });
    expect(validateTaxId('US', '12-3456789')).toMatchObject({ valid: true, normalized: '123456789' });
    expect(validateTaxId('BR', '12.345.678/0001')).toEqual({ valid: false, reason: 'a tax id is 5 to 20 letters and digits' });
    expect(validateTaxId('BR', '12345678000195')).toMatchObject({ valid: true });
  });

  it('refuses a country that is not an ISO 3166 code', () => {
    expect(validateTaxId('XX', '123456789')).toEqual({ valid: false, reason: '"XX" is not an ISO 3166 country code' });
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('ru')).toBe(false);
    expect(isCountryCode('KZ')).toBe(true);
  });
});
