/**
 * What went wrong with a GraphQL operation, in the API's own terms: the stable
 * `extensions.code`, the input at fault (`extensions.field`) and the server's message.
 * Screens show `errors.<code>` from the catalogue in the reader's language, at the field when
 * there is one; the server's English message is kept only as a fallback for a code the
 * catalogue does not know yet.
 */
export interface ApiProblem {
  code: string;
  field?: string;
  message: string;
  /** How long to wait before trying again (RATE_LIMITED), when the API says. */
  retryAfterSeconds?: number;
}

/** Client-side codes beside the API's: the request never got an answer, or had no code. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNKNOWN_ERROR = 'UNKNOWN_ERROR';

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; retryAfterSeconds?: unknown } | null;
}

interface CombinedErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: unknown;
  message?: unknown;
}

/** The problems in an urql CombinedError, a GraphQL errors array, or anything thrown. */
export function problemsOf(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (Array.isArray(error)) return error.map(problemOf);
  const combined = error as CombinedErrorLike;
  if (combined.graphQLErrors && combined.graphQLErrors.length > 0) return combined.graphQLErrors.map(problemOf);
  if (combined.networkError)
    return [{ code: NETWORK_ERROR, message: String((combined.networkError as Error).message ?? combined.networkError) }];
  return [problemOf(error as GraphQLErrorLike)];
}

function problemOf(error: GraphQLErrorLike): ApiProblem {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : UNKNOWN_ERROR;
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
  const message = typeof error.message === 'string' ? error.message : String(error);
  const retry = error.extensions?.retryAfterSeconds;
  return { code, ...(field ? { field } : {}), message, ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}) };
}

/**
 * Splits problems into those a form can show at one of its fields (keyed by field; a nested
 * `admin.password` also matches a form field named `password`) and the rest, for the form as
 * a whole.
 */
export function placeProblems(
  problems: readonly ApiProblem[],
  formFields: readonly string[],
): { byField: Record<string, ApiProblem>; general: ApiProblem[] } {
  const byField: Record<string, ApiProblem> = {};
  const general: ApiProblem[] = [];
  for (const problem of problems) {
    const field = problem.field && matchField(problem.field, formFields);
    if (field && !byField[field]) byField[field] = problem;
    else general.push(problem);
  }
  return { byField, general };
}

function matchField(field: string, formFields: readonly string[]): string | undefined {
  if (formFields.includes(field)) return field;
  const last = field.split('.').pop() ?? field;
  return formFields.find((candidate) => candidate === last || candidate.endsWith(`.${last}`));
}

/** An ISO instant in a server message ("locked until 2026-12-02T10:15:00.000Z"), e.g. when a lock ends. */
export function instantIn(message: string): string | undefined {
  return /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(message)?.[0];
}

/** Seconds named in a server message ("try again in 12 s"). */
export function secondsIn(message: string): number | undefined {
  const match = /(\d+)\s*s\b/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** The paths of a form's values, nested ones dotted ("admin.email"), as `extensions.field` names inputs. */
export function fieldPaths(values: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? fieldPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
