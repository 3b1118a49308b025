import { Card, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { usePayoutColumns } from '../../components/payouts';
import { ProblemAlert } from '../../components/problems';
import type { PayoutsQuery, PayoutStatus } from './gql/graphql';
import { PayoutsDocument } from './finance-operations';

type Payout = PayoutsQuery['payouts'][number];

/** The seller's payouts, newest first: what each is made of, when it falls due, when it was paid. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [status, setStatus] = useState<string>('all');
  const [selected, setSelected] = useState<string | undefined>();
  const [{ data, error, fetching }] = useQuery({
    query: PayoutsDocument,
    variables: { statuses: status === 'all' ? null : [status as PayoutStatus] },
    requestPolicy: 'cache-and-network',
  });
  const payouts = data?.payouts ?? [];
  const detail = payouts.find((payout) => payout.id === selected);
  const columns = usePayoutColumns<Payout>();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('payouts.title')}
      </Title>
      {data && (
        <Text size="sm" c="dimmed">
          {t('payouts.terms', { days: data.payoutTerms.periodDays })}
        </Text>
      )}
      <ProblemAlert problems={problemsOf(error)} />
      <LocalTable
        label={t('payouts.title')}
        rows={payouts}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'scheduledFor', direction: 'desc' }}
        emptyText={t('payouts.none')}
        onRowClick={(payout) => setSelected(payout.id)}
        filters={
          <Select
            label={t('payouts.show')}
            value={status}
            allowDeselect={false}
            onChange={(value) => setStatus(value ?? 'all')}
            data={[
              { value: 'all', label: t('payouts.all') },
              ...(['SCHEDULED', 'DUE', 'PAID', 'RETURNED'] as const).map((value) => ({ value, label: t(`payoutStatus.${value}`) })),
            ]}
            w={180}
          />
        }
      />
      {detail && (
        <Card withBorder data-testid="payout-detail">
          <Title order={2} size="h4">
            {t('payouts.itemsOf', { number: detail.number })}
          </Title>
          <Table striped aria-label={t('payouts.itemsOf', { number: detail.number })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.when')}</Table.Th>
                <Table.Th>{t('statement.kind')}</Table.Th>
                <Table.Th>{t('statement.cause')}</Table.Th>
                <Table.Th ta="right">{t('statement.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.items.map((item) => (
                <Table.Tr key={item.entryId}>
                  <Table.Td>{dateTime(item.occurredAt)}</Table.Td>
                  <Table.Td>{t(`ledgerCause.${item.causeType}`)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {item.sellerOrderId ?? item.causeId}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{money(item.amountMinor, detail.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
