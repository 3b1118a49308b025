import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { amountInputValue } from '../../format/money';
import type { RefundsPayableQuery } from './gql/graphql';
import { refundPayoutInput } from './payments';
import { PayOutRefundDocument, RefundsPayableDocument } from './payments-operations';

type Payable = RefundsPayableQuery['refundsPayable']['refunds'][number];

/** Pay out (part of) what a buyer is owed in refunds, and record it with the bank's reference. */
function PayOut({ payable, onDone }: { payable: Payable; onDone(): void }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, payOut] = useMutation(PayOutRefundDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: amountInputValue(payable.amountMinor, payable.currency), reference: '' },
  });
  const showProblems = useShowProblems(form, {
    rename: (field) => (field.endsWith('amountMinor') ? 'amount' : field),
    fieldOf: { INSUFFICIENT_BALANCE: 'amount', INVALID_AMOUNT: 'amount' },
  });
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = refundPayoutInput(values, payable);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems))
        form.setFieldError(
          field,
          problem === 'ABOVE_PAYABLE' || problem === 'REFERENCE_TOO_LONG'
            ? t(`payments.problem.${problem}`, { payable: money(payable.amountMinor, payable.currency) })
            : t(`amountProblem.${problem}`),
        );
      return;
    }
    const result = await payOut({ ...read.input, idempotencyKey: idempotency.keyFor(read.input) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    const paid = result.data.payOutRefund;
    notifications.show({ color: 'green', message: t('refundsPayable.paidOut', { amount: money(paid.amountMinor, paid.currency) }) });
    onDone();
  };
  return (
    <Paper withBorder p="md" data-testid="pay-out-refund">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('refundsPayable.payOutTitle', { amount: money(payable.amountMinor, payable.currency) })}{' '}
            <CompanyName companyId={payable.buyerCompanyId} />
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('refundsPayable.amountIn', { currency: payable.currency })} required {...form.getInputProps('amount')} />
            <TextInput
              label={t('payments.reference')}
              description={t('payments.referenceHelp')}
              maxLength={200}
              {...form.getInputProps('reference')}
            />
          </SimpleGrid>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('refundsPayable.payOut')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Refunds owed to buyers beyond their invoices: pay each out and record it; the refunds paid out lately. */
export function RefundsPayablePage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [selected, setSelected] = useState<string | undefined>();
  const [{ data, error }, refetch] = useQuery({ query: RefundsPayableDocument, variables: {}, requestPolicy: 'cache-and-network' });
  const refunds = data?.refundsPayable.refunds ?? [];
  const keyOf = (payable: Payable) => `${payable.buyerCompanyId}/${payable.currency}`;
  const chosen = refunds.find((payable) => keyOf(payable) === selected);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('refundsPayable.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('refundsPayable.explain')}
      </Text>
      <ProblemAlert problems={problemsOf(error)} />
      {data && refunds.length === 0 && <Text c="dimmed">{t('refundsPayable.none')}</Text>}
      {refunds.length > 0 && (
        <Table striped aria-label={t('refundsPayable.title')} data-testid="refunds-payable">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('refundsPayable.buyer')}</Table.Th>
              <Table.Th ta="right">{t('refundsPayable.payable')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {refunds.map((payable) => (
              <Table.Tr key={keyOf(payable)}>
                <Table.Td>
                  <CompanyName companyId={payable.buyerCompanyId} />
                </Table.Td>
                <Table.Td ta="right">{money(payable.amountMinor, payable.currency)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => setSelected(keyOf(payable))}>
                    {t('refundsPayable.payOut')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {chosen && (
        <PayOut
          key={keyOf(chosen)}
          payable={chosen}
          onDone={() => {
            setSelected(undefined);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <Title order={2} size="h3">
        {t('refundsPayable.recent')}
      </Title>
      {data && data.refundsPayable.payouts.length === 0 && <Text c="dimmed">{t('refundsPayable.noneRecent')}</Text>}
      {data && data.refundsPayable.payouts.length > 0 && (
        <Table striped aria-label={t('refundsPayable.recent')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('refundsPayable.when')}</Table.Th>
              <Table.Th>{t('refundsPayable.buyer')}</Table.Th>
              <Table.Th>{t('payments.reference')}</Table.Th>
              <Table.Th ta="right">{t('refundsPayable.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.refundsPayable.payouts.map((payout) => (
              <Table.Tr key={payout.id}>
                <Table.Td>{dateTime(payout.paidAt)}</Table.Td>
                <Table.Td>
                  <CompanyName companyId={payout.buyerCompanyId} />
                </Table.Td>
                <Table.Td>{payout.reference ?? '—'}</Table.Td>
                <Table.Td ta="right">{money(payout.amountMinor, payout.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
