/** E-mail addresses are compared lower-cased; the format is the practical subset of RFC 5322. */
export function normalizeEmail(email: string): string | undefined {
  const trimmed = email.trim().toLowerCase();
  return /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(trimmed) &&
    trimmed.length <= 254
    ? trimmed
    : undefined;
}

export const PASSWORD_RULE =
  'a password has 12 to 128 characters, at least one letter and one digit, and does not contain the e-mail name';

/** Returns undefined when the password is acceptable, or the rule it breaks. */
export function passwordWeakness(password: string, email: string): string | undefined {
  if (password.length < 12 || password.length > 128) return PASSWORD_RULE;
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return PASSWORD_RULE;
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 3 && password.toLowerCase().includes(name)) return PASSWORD_RULE;
  return undefined;
}
