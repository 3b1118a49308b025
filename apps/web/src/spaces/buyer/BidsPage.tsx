import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrdersPanel } from '../../components/trading/OrdersPanel';
import { TradesPanel } from '../../components/trading/TradesPanel';
import { BidApprovals } from './BidApprovals';

/** Bids waiting for an approver, every bid of the company with its fills, and its trades, live. */
export function BidsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('bids.title')}
      </Title>
      <BidApprovals />
      <OrdersPanel side="BID" />
      <Title order={2} size="h3">
        {t('trades.title')}
      </Title>
      <TradesPanel />
    </Stack>
  );
}
