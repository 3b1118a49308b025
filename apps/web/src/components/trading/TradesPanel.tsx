import { Badge } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { MyTradesDocument } from '../../api/product-operations';
import type { MyTradesQuery } from '../../api/gql/graphql';
import { useLiveGeneration } from '../../session/SessionProvider';
import { useFormat } from '../format';
import { LocalTable } from '../LocalTable';
import { ProductName, useProduct } from '../product';
import { ProblemAlert } from '../problems';
import { useLiveTrades } from './live-trades';

type Trade = MyTradesQuery['myTrades'][number];

function TradeQuantity({ trade }: { trade: Trade }) {
  const product = useProduct(trade.productId);
  const { quantity } = useFormat();
  return <>{quantity(trade.quantity, product?.baseUnit)}</>;
}

/** The company's trades, newest first, with the live ones added as they are matched. */
export function TradesPanel() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const live = useLiveTrades();
  const generation = useLiveGeneration();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MyTradesDocument, variables: { first: 200 } });
  useEffect(() => {
    if (live.length > 0 || generation > 0) refetch({ requestPolicy: 'network-only' });
    // every trade matched live is a reason to ask again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live.length, generation]);
  const rows = useMemo(() => {
    const known = new Map((data?.myTrades ?? []).map((trade) => [trade.id, trade]));
    for (const trade of live) if (!known.has(trade.id)) known.set(trade.id, { ...trade, takerSide: trade.side });
    return [...known.values()];
  }, [data, live]);
  const columns = useMemo<DataTableColumn<Trade>[]>(
    () => [
      { accessor: 'matchedAt', title: t('trades.matchedAt'), sortable: true, render: (trade) => dateTime(trade.matchedAt) },
      {
        accessor: 'side',
        title: t('trades.side'),
        sortable: true,
        render: (trade) => (
          <Badge variant="light" color={trade.side === 'BID' ? 'blue' : 'orange'}>
            {t(`side.${trade.side}`)}
          </Badge>
        ),
      },
      { accessor: 'productId', title: t('trades.product'), render: (trade) => <ProductName productId={trade.productId} /> },
      { accessor: 'counterpartyName', title: t('trades.counterparty'), sortable: true },
      {
        accessor: 'quantity',
        title: t('trades.quantity'),
        sortable: true,
        textAlign: 'right',
        render: (trade) => <TradeQuantity trade={trade} />,
      },
      {
        accessor: 'priceMinor',
        title: t('trades.price'),
        sortable: true,
        textAlign: 'right',
        render: (trade) => money(trade.priceMinor, trade.currency),
      },
      {
        accessor: 'amountMinor',
        title: t('trades.amount'),
        sortable: true,
        textAlign: 'right',
        render: (trade) => money(trade.amountMinor, trade.currency),
      },
    ],
    [t, money, dateTime],
  );
  return (
    <>
      <ProblemAlert problems={problemsOf(error)} />
      <LocalTable<Trade>
        label={t('trades.title')}
        rows={rows}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'matchedAt', direction: 'desc' }}
        emptyText={t('trades.none')}
      />
    </>
  );
}
