import { Alert, List } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPaths, instantIn, placeProblems, secondsIn, type ApiProblem } from '../api/errors';
import { useFormat } from './format';

/** A problem in the reader's words: `errors.<code>` from the catalogue, with what the code needs filled in. */
export function useProblemText(): (problem: ApiProblem) => string {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormat();
  return useCallback(
    (problem: ApiProblem) => {
      const key = `errors.${problem.code}`;
      if (!i18n.exists(key)) return t('errors.UNKNOWN_CODE', { code: problem.code, message: problem.message });
      const until = instantIn(problem.message);
      return t(key as never, {
        until: until ? dateTime(until) : '',
        seconds: problem.retryAfterSeconds ?? secondsIn(problem.message) ?? '',
      }) as string;
    },
    [t, i18n, dateTime],
  );
}

/** Problems no field of the form owns, as one alert screen readers announce. */
export function ProblemAlert({ problems, title }: { problems: readonly ApiProblem[]; title?: string }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" title={title ?? t('common.problemTitle')} role="alert" data-testid="problem-alert">
      {problems.length === 1 ? (
        <span data-code={problems[0]?.code}>{text(problems[0] as ApiProblem)}</span>
      ) : (
        <List size="sm">
          {problems.map((problem, index) => (
            <List.Item key={index} data-code={problem.code}>
              {text(problem)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

export interface ShowProblemsOptions {
  /** The field a code always concerns when the API names none (PRICE_TOO_PRECISE → limitPrice). */
  fieldOf?: Record<string, string>;
  /** The form's name for an API input (unitPriceMinor → unitPrice, priceBreaks[1] → priceBreaks.1.unitPrice). */
  rename?: (apiField: string) => string;
}

/**
 * Puts each problem at the form field it concerns (by `extensions.field`, or a `fieldOf` hint
 * for codes that always concern one field) and returns the rest for a ProblemAlert.
 */
export function useShowProblems<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  { fieldOf = {}, rename }: ShowProblemsOptions = {},
) {
  const text = useProblemText();
  return useCallback(
    (problems: readonly ApiProblem[]): ApiProblem[] => {
      const placed = problems.map((problem) => {
        const field = problem.field ?? fieldOf[problem.code];
        return field ? { ...problem, field: rename ? rename(field) : field } : problem;
      });
      const { byField, general } = placeProblems(placed, fieldPaths(form.getValues()));
      form.clearErrors();
      for (const [field, problem] of Object.entries(byField)) form.setFieldError(field, text(problem));
      return general;
    },
    // the options are constants of the screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form, text],
  );
}
