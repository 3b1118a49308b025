import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { downloadCsv } from '../../components/download';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert } from '../../components/problems';
import type { SellerStatementQuery } from './gql/graphql';
import { SellerStatementDocument } from './finance-operations';
import { periodBounds, statementFileName, type StatementPeriod } from './seller-finance';

type Line = SellerStatementQuery['sellerStatement']['lines'][number];
const PERIODS: StatementPeriod[] = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'];

/** The seller's statement for a period: opening balance, every sale, commission, refund, label and payout, closing balance; its CSV. */
export function StatementsPage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [period, setPeriod] = useState<StatementPeriod>('thisWeek');
  const [currency, setCurrency] = useState('RUB');
  const bounds = useMemo(() => periodBounds(period, new Date()), [period]);
  const validCurrency = /^[A-Z]{3}$/.test(currency);
  const [{ data, error, fetching }] = useQuery({
    query: SellerStatementDocument,
    variables: { currency, ...bounds },
    pause: !validCurrency,
    requestPolicy: 'cache-and-network',
  });
  const statement = data?.sellerStatement;
  const c = statement?.currency ?? currency;
  const columns = useMemo<DataTableColumn<Line>[]>(
    () => [
      { accessor: 'occurredAt', title: t('statement.when'), sortable: true, render: (line) => dateTime(line.occurredAt) },
      { accessor: 'kind', title: t('statement.kind'), sortable: true, render: (line) => t(`statementKind.${line.kind}` as never) },
      {
        accessor: 'causeId',
        title: t('statement.cause'),
        render: (line) => (
          <Text size="xs" ff="monospace">
            {line.sellerOrderId ?? line.causeId}
          </Text>
        ),
      },
      {
        accessor: 'amountMinor',
        title: t('statement.amount'),
        sortable: true,
        textAlign: 'right',
        render: (line) => money(line.amountMinor, c),
      },
      {
        accessor: 'availableChangeMinor',
        title: t('statement.available'),
        sortable: true,
        textAlign: 'right',
        render: (line) => money(line.availableChangeMinor, c),
      },
    ],
    [t, money, dateTime, c],
  );
  const figures: Array<[string, number | undefined]> = statement
    ? [
        ['opening', statement.openingBalanceMinor],
        ['sales', statement.salesMinor],
        ['commissions', statement.commissionsMinor],
        ['refunds', statement.refundsMinor],
        ['returnLabels', statement.returnLabelsMinor],
        ['payouts', statement.payoutsMinor],
        ['corrections', statement.correctionsMinor],
        ['closing', statement.closingBalanceMinor],
        ['closingAvailable', statement.closingAvailableMinor],
      ]
    : [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('statement.title')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('statement.currency')}
            value={currency}
            maxLength={3}
            w={90}
            error={validCurrency ? undefined : t('errors.UNKNOWN_CURRENCY')}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
          />
          <SegmentedControl
            aria-label={t('statement.period')}
            value={period}
            onChange={(value) => setPeriod(value as StatementPeriod)}
            data={PERIODS.map((value) => ({ value, label: t(`statement.periods.${value}`) }))}
          />
          <Button
            variant="light"
            disabled={!statement}
            onClick={() => statement && downloadCsv(statement.csv, statementFileName(statement.currency, statement.from, statement.to))}
          >
            {t('statement.downloadCsv')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {statement && (
        <Text size="sm" c="dimmed">
          {t('statement.covers', { from: dateTime(statement.from), to: dateTime(statement.to) })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="statement-figures">
        {figures.map(([name, amount]) => (
          <Paper withBorder p="sm" key={name}>
            <Text size="xs" c="dimmed">
              {t(`statement.figure.${name}` as never)}
            </Text>
            <Text fw={600} data-figure={name}>
              {money(amount, c)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <LocalTable
        label={t('statement.linesOf')}
        rows={statement?.lines ?? []}
        columns={columns}
        idAccessor="entryId"
        fetching={fetching && !statement}
        initialSort={{ column: 'occurredAt', direction: 'asc' }}
        emptyText={t('statement.noLines')}
        searchText={(line) => `${line.kind} ${line.causeId} ${line.sellerOrderId ?? ''}`}
      />
    </Stack>
  );
}
