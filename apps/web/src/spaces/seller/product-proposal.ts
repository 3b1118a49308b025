import type { BaseUnitCode } from '../../format/quantity';
import type { ProductInput } from './gql/graphql';

/** What a product code may be (the API stores it upper case). */
const PRODUCT_CODE = /^[A-Za-z0-9._-]{2,64}$/;
export const PRODUCT_NAME_LENGTH = { min: 2, max: 200 } as const;

export type ProductProposalForm = {
  code: string;
  name: string;
  categoryId: string;
  baseUnit: BaseUnitCode;
  description: string;
  attributes: string;
};

export type ProposalProblem = 'NOT_A_CODE' | 'NAME_LENGTH' | 'CATEGORY_REQUIRED' | 'NOT_AN_ATTRIBUTE' | 'DUPLICATE_ATTRIBUTE';

/** The attributes typed one a line as "key: value" (or "key = value"); blank lines are skipped. */
function readAttributes(text: string): { ok: true; attributes: Record<string, string> } | { ok: false; problem: ProposalProblem } {
  const attributes: Record<string, string> = {};
  for (const line of text.split('\n').map((candidate) => candidate.trim())) {
    if (!line) continue;
    const match = /^([^:=]+)[:=](.+)$/.exec(line);
    const key = match?.[1]?.trim();
    const value = match?.[2]?.trim();
    if (!key || !value) return { ok: false, problem: 'NOT_AN_ATTRIBUTE' };
    if (Object.hasOwn(attributes, key)) return { ok: false, problem: 'DUPLICATE_ATTRIBUTE' };
    attributes[key] = value;
  }
  return { ok: true, attributes };
}

/**
 * proposeProduct's input from the form: the code as the API stores it (upper case), the name and
 * description trimmed, the attributes as a key/value map. Problems are keyed by the form's fields.
 */
export function productProposalInput(
  form: ProductProposalForm,
): { ok: true; input: ProductInput } | { ok: false; problems: Partial<Record<keyof ProductProposalForm, ProposalProblem>> } {
  const problems: Partial<Record<keyof ProductProposalForm, ProposalProblem>> = {};
  const code = form.code.trim();
  if (!PRODUCT_CODE.test(code)) problems.code = 'NOT_A_CODE';
  const name = form.name.trim();
  if (name.length < PRODUCT_NAME_LENGTH.min || name.length > PRODUCT_NAME_LENGTH.max) problems.name = 'NAME_LENGTH';
  if (!form.categoryId) problems.categoryId = 'CATEGORY_REQUIRED';
  const attributes = readAttributes(form.attributes);
  if (!attributes.ok) problems.attributes = attributes.problem;
  if (!attributes.ok || Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      code: code.toUpperCase(),
      name,
      categoryId: form.categoryId,
      baseUnit: form.baseUnit,
      description: form.description.trim(),
      attributes: attributes.attributes,
    },
  };
}
