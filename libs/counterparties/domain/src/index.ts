export { normalizeEmail, PASSWORD_RULE, passwordWeakness } from './credentials';
export {
  canTrade,
  CompanyStatus,
  decideModeration,
  MAX_REASON_LENGTH,
  MIN_REASON_LENGTH,
  ModerationAction,
  MODERATION_TRANSITIONS,
  type ModerationDecision,
} from './moderation';
export { CompanyKind, CompanyRole, rolesAvailableTo, rolesNotAvailableTo } from './roles';
export {
  ADDRESS_ALLOWANCE_FACTOR,
  assessAttempt,
  DEFAULT_THROTTLE_POLICY,
  recordFailure,
  SignInThrottleScope,
  signInThrottleKeys,
  type FailureRecord,
  type SignInThrottleKey,
  type ThrottlePolicy,
  type ThrottleVerdict,
} from './sign-in-throttle';
export { checkRussianInn, isCountryCode, validateTaxId, type TaxIdCheck, type TaxIdKind } from './tax-id';
