import { amountInputValue, parseAmount, type AmountProblem } from '../../format/money';
import { parseWholeNumber } from '../../format/quantity';

export type TermsForm = {
  accountManagerId: string;
  currency: string;
  creditLimit: string;
  approvalThreshold: string;
  paymentTermDays: string;
};

export interface TermsInput {
  accountManagerId: string | null;
  terms: {
    currency: string;
    creditLimitMinor: number | null;
    approvalThresholdMinor: number | null;
    paymentTermDays: number | null;
  } | null;
}

type Problem = AmountProblem | 'NOT_A_NUMBER_OF_DAYS';

/** The form as the company's terms stand (empty fields where none are set). */
export function termsForm(company: {
  accountManager?: { id: string } | null;
  commercialTerms?: {
    currency: string;
    creditLimitMinor?: number | null;
    approvalThresholdMinor?: number | null;
    paymentTermDays?: number | null;
  } | null;
}): TermsForm {
  const terms = company.commercialTerms;
  const currency = terms?.currency ?? 'RUB';
  const amount = (minor: number | null | undefined) => (minor === null || minor === undefined ? '' : amountInputValue(minor, currency));
  return {
    accountManagerId: company.accountManager?.id ?? '',
    currency,
    creditLimit: amount(terms?.creditLimitMinor),
    approvalThreshold: amount(terms?.approvalThresholdMinor),
    paymentTermDays: terms?.paymentTermDays === null || terms?.paymentTermDays === undefined ? '' : String(terms.paymentTermDays),
  };
}

/**
 * The mutation's arguments from the form, amounts read exactly into minor units; an empty
 * amount or term is none. Problems are per field, in the catalogue's amountProblem codes.
 */
export function termsInput(
  form: TermsForm,
): { ok: true; input: TermsInput } | { ok: false; problems: Partial<Record<keyof TermsForm, Problem>> } {
  const problems: Partial<Record<keyof TermsForm, Problem>> = {};
  const amount = (field: 'creditLimit' | 'approvalThreshold'): number | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseAmount(form[field], form.currency, { positive: false });
    if (!parsed.ok) {
      problems[field] = parsed.problem;
      return null;
    }
    return parsed.minorUnits;
  };
  const creditLimitMinor = amount('creditLimit');
  const approvalThresholdMinor = amount('approvalThreshold');
  let paymentTermDays: number | null = null;
  if (form.paymentTermDays.trim() !== '') {
    const days = parseWholeNumber(form.paymentTermDays);
    if (days === undefined || days > 365) problems.paymentTermDays = 'NOT_A_NUMBER_OF_DAYS';
    else paymentTermDays = days;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const anyTerm = creditLimitMinor !== null || approvalThresholdMinor !== null || paymentTermDays !== null;
  return {
    ok: true,
    input: {
      accountManagerId: form.accountManagerId.trim() || null,
      terms: anyTerm ? { currency: form.currency.trim().toUpperCase(), creditLimitMinor, approvalThresholdMinor, paymentTermDays } : null,
    },
  };
}
