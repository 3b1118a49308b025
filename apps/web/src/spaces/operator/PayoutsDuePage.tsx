import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { downloadCsv } from '../../components/download';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { LocalTable } from '../../components/LocalTable';
import { usePayoutColumns } from '../../components/payouts';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import type { OperatorPayoutFieldsFragment, PayoutStatus } from './gql/graphql';
import { bankReference, dueByCurrency, payoutsDueFileName } from './payments';
import { MarkPayoutPaidDocument, OperatorPayoutsDocument, PayoutsDueDocument, ReturnPayoutDocument } from './payments-operations';

/** Mark one DUE payout paid with the bank's reference: it is posted to the ledger. */
function MarkPaid({ payout, onDone }: { payout: OperatorPayoutFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, markPaid] = useMutation(MarkPayoutPaidDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { reference: '' } });
  const showProblems = useShowProblems(form);
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = bankReference(values.reference);
    if (!read.ok) return form.setFieldError('reference', t(`payments.problem.${read.problem}`));
    const result = await markPaid({
      payoutId: payout.id,
      reference: read.reference,
      idempotencyKey: idempotency.keyFor({ payoutId: payout.id, ...values }),
    });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    const paid = result.data.markPayoutPaid;
    notifications.show({ color: 'green', message: t('payments.markedPaid', { number: paid.number }) });
    onDone();
  };
  return (
    <Paper withBorder p="md" data-testid="mark-payout-paid">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('payments.markPaidTitle', { number: payout.number, amount: money(payout.amountMinor, payout.currency) })}
          </Title>
          <Text size="sm">
            {t('payments.paidTo')} <CompanyName companyId={payout.sellerCompanyId} />
          </Text>
          <TextInput
            label={t('payments.reference')}
            description={t('payments.referenceHelp')}
            maxLength={200}
            w={420}
            {...form.getInputProps('reference')}
          />
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('payments.markPaid')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Record that the bank sent one PAID payout back, with why: its posting is reversed and the amount paid out again later. */
function ReturnPayout({ payout, onDone }: { payout: OperatorPayoutFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, returnPayout] = useMutation(ReturnPayoutDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const showProblems = useShowProblems(form);
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    if (!values.reason.trim()) return form.setFieldError('reason', t('payments.returnReasonRequired'));
    const result = await returnPayout({
      payoutId: payout.id,
      reason: values.reason.trim(),
      idempotencyKey: idempotency.keyFor({ payoutId: payout.id, ...values }),
    });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: 'green', message: t('payments.returned', { number: result.data.returnPayout.number }) });
    onDone();
  };
  return (
    <Paper withBorder p="md" data-testid="return-payout">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('payments.returnTitle', { number: payout.number, amount: money(payout.amountMinor, payout.currency) })}
          </Title>
          <Text size="sm">{t('payments.returnExplain')}</Text>
          <TextInput
            label={t('payments.returnReason')}
            description={t('payments.returnReasonHelp')}
            required
            maxLength={500}
            w={420}
            {...form.getInputProps('reason')}
          />
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('payments.returnPayout')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Seller payouts for operators: what is due per currency and its CSV for the bank; each DUE payout marked paid. */
export function PayoutsDuePage() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const client = useClient();
  const [status, setStatus] = useState<string>('DUE');
  const [selected, setSelected] = useState<string | undefined>();
  const [exportProblems, setExportProblems] = useState<ApiProblem[]>([]);
  const [exporting, setExporting] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OperatorPayoutsDocument,
    variables: { statuses: status === 'all' ? null : [status as PayoutStatus] },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: due }, refetchDue] = useQuery({
    query: OperatorPayoutsDocument,
    variables: { statuses: ['DUE'] },
    requestPolicy: 'cache-and-network',
  });
  const payouts = data?.payouts ?? [];
  const totals = useMemo(() => dueByCurrency(due?.payouts ?? []), [due]);
  const chosen = payouts.find((payout) => payout.id === selected && payout.status === 'DUE');
  const returning = payouts.find((payout) => payout.id === selected && payout.status === 'PAID');
  const done = () => {
    setSelected(undefined);
    refetch({ requestPolicy: 'network-only' });
    refetchDue({ requestPolicy: 'network-only' });
  };
  const exportDue = async () => {
    setExporting(true);
    const result = await client.query(PayoutsDueDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    setExporting(false);
    if (result.error || !result.data) return setExportProblems(problemsOf(result.error));
    setExportProblems([]);
    downloadCsv(result.data.payoutsDue.csv, payoutsDueFileName(new Date()));
  };
  const payoutColumns = usePayoutColumns<OperatorPayoutFieldsFragment>();
  const columns = useMemo<DataTableColumn<OperatorPayoutFieldsFragment>[]>(
    () => [
      payoutColumns[0],
      { accessor: 'sellerCompanyId', title: t('payments.seller'), render: (payout) => <CompanyName companyId={payout.sellerCompanyId} /> },
      ...payoutColumns.slice(1),
      {
        accessor: 'id',
        title: t('common.actions'),
        render: (payout) =>
          payout.status === 'DUE' ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setSelected(payout.id)}
              aria-label={t('payments.markPaidOf', { number: payout.number })}
            >
              {t('payments.markPaid')}
            </Button>
          ) : payout.status === 'PAID' ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setSelected(payout.id)}
              aria-label={t('payments.returnPayoutOf', { number: payout.number })}
            >
              {t('payments.returnPayout')}
            </Button>
          ) : null,
      },
    ],
    [t, payoutColumns],
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('payments.payoutsTitle')}
        </Title>
        <Button variant="light" loading={exporting} disabled={totals.length === 0} onClick={() => void exportDue()}>
          {t('payments.downloadDue')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('payments.payoutsExplain')}
      </Text>
      <ProblemAlert problems={[...problemsOf(error), ...exportProblems]} />
      <SimpleGrid cols={{ base: 1, md: 3 }} data-testid="payouts-due">
        {due && totals.length === 0 && <Text c="dimmed">{t('payments.nothingDue')}</Text>}
        {totals.map((total) => (
          <Paper withBorder p="md" key={total.currency}>
            <Text size="sm" c="dimmed">
              {t('payments.dueIn', { currency: total.currency, n: total.count })}
            </Text>
            <Text size="xl" fw={700}>
              {money(total.amountMinor, total.currency)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <LocalTable
        label={t('payments.payoutsTitle')}
        rows={payouts}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'scheduledFor', direction: 'asc' }}
        emptyText={t('payouts.none')}
        searchText={(payout) => `${payout.number} ${payout.reference ?? ''}`}
        filters={
          <Select
            label={t('payouts.show')}
            value={status}
            allowDeselect={false}
            onChange={(value) => setStatus(value ?? 'DUE')}
            data={[
              ...(['DUE', 'SCHEDULED', 'PAID', 'RETURNED'] as const).map((value) => ({ value, label: t(`payoutStatus.${value}`) })),
              { value: 'all', label: t('payouts.all') },
            ]}
            w={180}
          />
        }
      />
      {returning && <ReturnPayout key={returning.id} payout={returning} onDone={done} />}
      {chosen && <MarkPaid key={chosen.id} payout={chosen} onDone={done} />}
    </Stack>
  );
}
