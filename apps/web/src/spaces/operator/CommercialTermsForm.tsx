import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { useSignedIn } from '../../session/SessionProvider';
import { termsForm, termsInput } from './commercial-terms';
import type { CompanyQuery } from './gql/graphql';
import { SetCommercialTermsDocument } from './operator-operations';

const API_FIELDS: Record<string, string> = {
  creditLimitMinor: 'creditLimit',
  approvalThresholdMinor: 'approvalThreshold',
  paymentTermDays: 'paymentTermDays',
  currency: 'currency',
  accountManagerId: 'accountManagerId',
};

/** The company's account manager and its credit limit, approval threshold and payment term (operators). */
export function CommercialTermsForm({ company, onDone }: { company: CompanyQuery['company']; onDone(): void }) {
  const { t } = useTranslation();
  const session = useSignedIn();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SetCommercialTermsDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: termsForm(company) });
  const showProblems = useShowProblems(form, {
    rename: (field) => API_FIELDS[field.split('.').pop() ?? field] ?? field,
    fieldOf: { UNKNOWN_CURRENCY: 'currency' },
  });
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = termsInput(values);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems))
        form.setFieldError(field, problem === 'NOT_A_NUMBER_OF_DAYS' ? t('terms.daysInvalid') : t(`amountProblem.${problem}`));
      return;
    }
    const result = await save({ companyId: company.id, ...read.input, idempotencyKey: idempotency.keyFor(values) });
    if (result.error) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: 'green', message: t('terms.saved') });
    onDone();
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('terms.title')}
          </Title>
          <Group align="flex-end">
            <TextInput
              label={t('terms.accountManagerId')}
              description={t('terms.accountManagerHelp')}
              w={360}
              {...form.getInputProps('accountManagerId')}
            />
            <Button variant="light" onClick={() => form.setFieldValue('accountManagerId', session.actor.id)}>
              {t('terms.assignMe')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <TextInput label={t('terms.currency')} maxLength={3} {...form.getInputProps('currency')} />
            <TextInput label={t('terms.creditLimit', { currency: form.values.currency })} {...form.getInputProps('creditLimit')} />
            <TextInput
              label={t('terms.approvalThreshold', { currency: form.values.currency })}
              {...form.getInputProps('approvalThreshold')}
            />
            <TextInput label={t('terms.paymentTermDays')} inputMode="numeric" {...form.getInputProps('paymentTermDays')} />
          </SimpleGrid>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('terms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
