import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { payoutPeriodDays } from './payments';
import { SellerPayoutTermsDocument, SetPayoutTermsDocument } from './payments-operations';

/** How often a seller is paid out, in days (operators); it applies from the seller's next payout on. */
export function PayoutTermsForm({ sellerCompanyId }: { sellerCompanyId: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: SellerPayoutTermsDocument,
    variables: { sellerCompanyId },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching }, save] = useMutation(SetPayoutTermsDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { periodDays: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { INVALID_PERIOD: 'periodDays' } });
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = payoutPeriodDays(values.periodDays);
    if (!read.ok) return form.setFieldError('periodDays', t('payoutTerms.periodInvalid'));
    const variables = { sellerCompanyId, periodDays: read.days };
    const result = await save({ ...variables, idempotencyKey: idempotency.keyFor(variables) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.reset();
    notifications.show({ color: 'green', message: t('payoutTerms.saved', { days: result.data.setPayoutTerms.periodDays }) });
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('payoutTerms.title')}
          </Title>
          <ProblemAlert problems={problemsOf(error)} />
          {data && <Text size="sm">{t('payoutTerms.current', { days: data.payoutTerms.periodDays })}</Text>}
          <Group align="flex-end">
            <TextInput
              label={t('payoutTerms.periodDays')}
              description={t('payoutTerms.periodHelp')}
              inputMode="numeric"
              w={320}
              {...form.getInputProps('periodDays')}
            />
            <Button type="submit" loading={fetching}>
              {t('payoutTerms.save')}
            </Button>
          </Group>
          <ProblemAlert problems={problems} />
        </Stack>
      </form>
    </Paper>
  );
}
