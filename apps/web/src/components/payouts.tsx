import { Badge } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';

/** What every payout row shows, whoever reads it (the seller its own, an operator everyone's). */
export interface PayoutRow {
  number: string;
  status: string;
  scheduledFor: string;
  amountMinor: number;
  currency: string;
  paidAt?: string | null;
  reference?: string | null;
}

const PAYOUT_COLOURS: Record<string, string> = { SCHEDULED: 'blue', DUE: 'orange', PAID: 'green', RETURNED: 'red' };

/** A payout table's columns: number, status, when it falls due, amount, when it was paid and with what reference. */
export function usePayoutColumns<T extends PayoutRow>(): DataTableColumn<T>[] {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  return useMemo<DataTableColumn<T>[]>(
    () => [
      { accessor: 'number', title: t('payouts.number'), sortable: true },
      {
        accessor: 'status',
        title: t('payouts.status'),
        sortable: true,
        render: (payout) => (
          <Badge color={PAYOUT_COLOURS[payout.status] ?? 'gray'} variant="light">
            {t(`payoutStatus.${payout.status}` as never)}
          </Badge>
        ),
      },
      { accessor: 'scheduledFor', title: t('payouts.scheduledFor'), sortable: true, render: (payout) => dateTime(payout.scheduledFor) },
      {
        accessor: 'amountMinor',
        title: t('payouts.amount'),
        sortable: true,
        textAlign: 'right',
        render: (payout) => money(payout.amountMinor, payout.currency),
      },
      {
        accessor: 'paidAt',
        title: t('payouts.paid'),
        sortable: true,
        render: (payout) => (payout.paidAt ? `${dateTime(payout.paidAt)}${payout.reference ? ` · ${payout.reference}` : ''}` : '—'),
      },
    ],
    [t, money, dateTime],
  );
}
