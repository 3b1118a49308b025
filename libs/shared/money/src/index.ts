export { allocateMinorUnits } from './allocation';
export {
  allCurrencyCodes,
  assertCurrency,
  isCurrencyCode,
  minorUnitExponent,
  MoneyError,
  type CurrencyCode,
  type MoneyErrorCode,
} from './currency';
export { applyBasisPoints, Money } from './money';
