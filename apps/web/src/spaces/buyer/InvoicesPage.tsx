import { Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { parseAmount } from '../../format/money';
import { mayDo } from '../../session/session-model';
import { useSignedIn } from '../../session/SessionProvider';
import type { InvoiceFieldsFragment } from './gql/graphql';
import { invoiceShown, summariseDue, type InvoiceFilter } from './invoice-summary';
import { BuyerInvoicesDocument, RecordPaymentDocument } from './invoices-operations';

export const INVOICE_STATUS_COLOURS: Record<string, string> = {
  ISSUED: 'blue',
  PARTIALLY_PAID: 'yellow',
  OVERDUE: 'red',
  PAID: 'green',
  VOID: 'gray',
};

/** One invoice's payments and the refunds set against it. */
function InvoiceDetail({ invoice }: { invoice: InvoiceFieldsFragment }) {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const rows = [
    ...invoice.payments.map((payment) => ({
      key: payment.paymentId,
      at: payment.receivedAt,
      kind: t('invoices.payment'),
      amount: payment.amountMinor,
    })),
    ...invoice.credits.map((credit) => ({ key: credit.returnId, at: credit.at, kind: t('invoices.credit'), amount: credit.amountMinor })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card withBorder data-testid="invoice-detail">
      <Title order={2} size="h4">
        {t('invoices.detailTitle', { number: invoice.number })}
      </Title>
      <Text size="sm">
        {t('invoices.figures', {
          amount: money(invoice.amountMinor, invoice.currency),
          paid: money(invoice.paidMinor, invoice.currency),
          credited: money(invoice.creditedMinor, invoice.currency),
          outstanding: money(invoice.outstandingMinor, invoice.currency),
        })}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoices.nothingPaid')}
        </Text>
      ) : (
        <Table aria-label={t('invoices.paymentsOf', { number: invoice.number })} striped mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.when')}</Table.Th>
              <Table.Th>{t('invoices.what')}</Table.Th>
              <Table.Th ta="right">{t('invoices.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.kind}-${row.key}`}>
                <Table.Td>{dateTime(row.at)}</Table.Td>
                <Table.Td>{row.kind}</Table.Td>
                <Table.Td ta="right">{money(row.amount, invoice.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** A payment the company's accountant records: against one invoice, or the oldest due first; the rest stays as credit. */
function RecordPayment({ invoices, companyId, onDone }: { invoices: InvoiceFieldsFragment[]; companyId: string; onDone(): void }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, record] = useMutation(RecordPaymentDocument);
  const idempotency = useIdempotencyKey();
  const currencies = [...new Set(invoices.map((invoice) => invoice.currency))];
  const form = useForm({
    mode: 'controlled',
    initialValues: { currency: currencies[0] ?? 'RUB', amount: '', invoiceId: '', reference: '' },
  });
  const showProblems = useShowProblems(form, {
    rename: (field) => (field.endsWith('amountMinor') ? 'amount' : field.replace(/^input\./, '')),
    fieldOf: { FOREIGN_INVOICE: 'invoiceId', UNKNOWN_INVOICE: 'invoiceId', INVOICE_CURRENCY_MISMATCH: 'invoiceId' },
  });
  const unpaid = invoices.filter((invoice) => invoice.outstandingMinor > 0 && invoice.currency === form.values.currency);
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const parsed = parseAmount(values.amount, values.currency);
    if (!parsed.ok) return form.setFieldError('amount', t(`amountProblem.${parsed.problem}`));
    const result = await record({
      input: {
        buyerCompanyId: companyId,
        currency: values.currency,
        amountMinor: parsed.minorUnits,
        reference: values.reference.trim() || null,
        allocations: values.invoiceId ? [{ invoiceId: values.invoiceId, amountMinor: parsed.minorUnits }] : null,
      },
      idempotencyKey: idempotency.keyFor(values),
    });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.reset();
    const payment = result.data.recordPayment.payment;
    notifications.show({
      color: 'green',
      message: t('invoices.recorded', {
        amount: money(payment.amountMinor, payment.currency),
        credit: money(payment.creditMinor, payment.currency),
      }),
    });
    onDone();
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('invoices.recordTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <Select
              label={t('invoices.currency')}
              data={currencies.length ? currencies : ['RUB']}
              allowDeselect={false}
              {...form.getInputProps('currency')}
            />
            <TextInput label={t('invoices.amountIn', { currency: form.values.currency })} required {...form.getInputProps('amount')} />
            <Select
              label={t('invoices.pays')}
              placeholder={t('invoices.oldestFirst')}
              clearable
              data={unpaid.map((invoice) => ({
                value: invoice.id,
                label: `${invoice.number} · ${money(invoice.outstandingMinor, invoice.currency)}`,
              }))}
              {...form.getInputProps('invoiceId')}
            />
            <TextInput label={t('invoices.reference')} {...form.getInputProps('reference')} />
          </SimpleGrid>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('invoices.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The company's invoices: what is due and overdue per currency, each invoice's payments and credits; accountants record payments. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const session = useSignedIn();
  const [filter, setFilter] = useState<InvoiceFilter>('unpaid');
  const [selected, setSelected] = useState<string | undefined>();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: BuyerInvoicesDocument,
    variables: {},
    requestPolicy: 'cache-and-network',
  });
  const companyId = session.actor.companyId ?? '';
  const invoices = useMemo(() => (data?.invoices ?? []).filter((invoice) => invoice.buyerCompanyId === companyId), [data, companyId]);
  const summary = useMemo(() => summariseDue(invoices), [invoices]);
  const shown = useMemo(() => invoices.filter((invoice) => invoiceShown(invoice, filter)), [invoices, filter]);
  const detail = invoices.find((invoice) => invoice.id === selected);
  const columns = useMemo<DataTableColumn<InvoiceFieldsFragment>[]>(
    () => [
      {
        accessor: 'number',
        title: t('invoices.number'),
        sortable: true,
        render: (invoice) => (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setSelected(invoice.id)}
            aria-label={t('invoices.open', { number: invoice.number })}
          >
            {invoice.number}
          </Button>
        ),
      },
      {
        accessor: 'sellerCompanyId',
        title: t('invoices.seller'),
        render: (invoice) => <CompanyName companyId={invoice.sellerCompanyId} />,
      },
      { accessor: 'issuedAt', title: t('invoices.issued'), sortable: true, render: (invoice) => dateTime(invoice.issuedAt) },
      { accessor: 'dueAt', title: t('invoices.due'), sortable: true, render: (invoice) => dateTime(invoice.dueAt) },
      {
        accessor: 'amountMinor',
        title: t('invoices.amount'),
        sortable: true,
        textAlign: 'right',
        render: (invoice) => money(invoice.amountMinor, invoice.currency),
      },
      {
        accessor: 'outstandingMinor',
        title: t('invoices.outstanding'),
        sortable: true,
        textAlign: 'right',
        render: (invoice) => money(invoice.outstandingMinor, invoice.currency),
      },
      {
        accessor: 'status',
        title: t('invoices.status'),
        sortable: true,
        render: (invoice) => (
          <Badge color={INVOICE_STATUS_COLOURS[invoice.status] ?? 'gray'} variant="light">
            {t(`invoiceStatus.${invoice.status}`)}
          </Badge>
        ),
      },
    ],
    [t, money, dateTime],
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('invoices.title')}
      </Title>
      <ProblemAlert problems={problemsOf(error)} />
      <SimpleGrid cols={{ base: 1, md: 3 }} data-testid="invoices-due">
        {summary.length === 0 && <Text c="dimmed">{t('invoices.nothingDue')}</Text>}
        {summary.map((sum) => (
          <Paper withBorder p="md" key={sum.currency}>
            <Text size="sm" c="dimmed">
              {t('invoices.dueIn', { currency: sum.currency, n: sum.openCount })}
            </Text>
            <Text size="xl" fw={700}>
              {money(sum.outstandingMinor, sum.currency)}
            </Text>
            <Text size="sm" c={sum.overdueMinor > 0 ? 'red.9' : 'dimmed'}>
              {t('invoices.overdueOf', { amount: money(sum.overdueMinor, sum.currency), n: sum.overdueCount })}
            </Text>
            {sum.nextDueAt && (
              <Text size="xs" c="dimmed">
                {t('invoices.nextDue', { when: dateTime(sum.nextDueAt) })}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      <LocalTable
        label={t('invoices.title')}
        rows={shown}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'dueAt', direction: 'asc' }}
        emptyText={t('invoices.none')}
        searchText={(invoice) => `${invoice.number} ${invoice.status} ${invoice.currency}`}
        filters={
          <Select
            label={t('invoices.show')}
            value={filter}
            allowDeselect={false}
            onChange={(value) => setFilter((value as InvoiceFilter) ?? 'unpaid')}
            data={(['unpaid', 'overdue', 'paid', 'all'] as const).map((value) => ({ value, label: t(`invoices.filter.${value}`) }))}
            w={200}
          />
        }
      />
      {detail && <InvoiceDetail invoice={detail} />}
      {mayDo(session.actor, 'pay') && (
        <RecordPayment invoices={invoices} companyId={companyId} onDone={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </Stack>
  );
}
