import { Badge, Button, Group, NumberInput, Popover, Select, Stack, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CancelOrderDocument, MyOrdersDocument, ReduceOrderDocument } from '../../api/product-operations';
import type { MyOrdersQuery, OrderSide, OrderStatus } from '../../api/gql/graphql';
import { useLiveGeneration } from '../../session/SessionProvider';
import { useFormat } from '../format';
import { LocalTable } from '../LocalTable';
import { ProductName, useProduct } from '../product';
import { ProblemAlert, useProblemText } from '../problems';
import { useLiveTrades } from './live-trades';

type Order = MyOrdersQuery['myOrders'][number];

const STATUS_COLOURS: Record<OrderStatus, string> = { OPEN: 'blue', FILLED: 'green', CLOSED: 'gray', CANCELLED: 'gray', EXPIRED: 'gray' };

function Quantity({ order, value }: { order: Order; value: number }) {
  const product = useProduct(order.productId);
  const { quantity } = useFormat();
  return <>{quantity(value, product?.baseUnit)}</>;
}

function ReduceButton({ order, onDone }: { order: Order; onDone(): void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState<number | string>(Math.max(0, order.openQuantity - order.lotMultiple));
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, reduce] = useMutation(ReduceOrderDocument);
  const submit = async () => {
    const result = await reduce({ orderId: order.id, openQuantity: Number(value), idempotencyKey: crypto.randomUUID() });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems([]);
    setOpened(false);
    onDone();
  };
  const fieldProblem = problems.find((problem) => problem.field === 'openQuantity' || problem.code === 'INVALID_REDUCTION');
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => setOpened((open) => !open)}
          aria-label={t('orders.reduceOrder', { sequence: order.sequence })}
        >
          {t('orders.reduce')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={240}>
          <NumberInput
            label={t('orders.newOpenQuantity')}
            description={t('orders.reduceHelp', { open: order.openQuantity })}
            min={0}
            max={order.openQuantity - 1}
            value={value}
            onChange={setValue}
            error={fieldProblem ? problemText(fieldProblem) : undefined}
            data-autofocus
          />
          <ProblemAlert problems={problems.filter((problem) => problem !== fieldProblem)} />
          <Button size="xs" onClick={() => void submit()} loading={fetching}>
            {t('orders.confirmReduce')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function CancelButton({ order, onDone }: { order: Order; onDone(): void }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const [{ fetching }, cancel] = useMutation(CancelOrderDocument);
  return (
    <Button
      size="compact-xs"
      color="red"
      variant="light"
      loading={fetching}
      aria-label={t('orders.cancelOrder', { sequence: order.sequence })}
      onClick={async () => {
        const result = await cancel({ orderId: order.id, idempotencyKey: crypto.randomUUID() });
        if (result.error)
          notifications.show({ color: 'red', title: t('orders.cancelFailed'), message: problemsOf(result.error).map(text).join(' ') });
        else onDone();
      }}
    >
      {t('orders.cancel')}
    </Button>
  );
}

/**
 * The company's bids or asks with their fills: reduce or cancel open ones; refreshed when a
 * trade of ours is matched (myTradeMatched) or the screen places an order.
 */
export function OrdersPanel({ side, productId, refreshKey = 0 }: { side: OrderSide; productId?: string; refreshKey?: number }) {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [statusFilter, setStatusFilter] = useState<'OPEN' | 'ALL'>('OPEN');
  const liveTrades = useLiveTrades();
  const generation = useLiveGeneration();
  const statuses: OrderStatus[] | undefined = statusFilter === 'OPEN' ? ['OPEN'] : undefined;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyOrdersDocument,
    variables: { side, productId, statuses, first: 200 },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (liveTrades.length > 0 || refreshKey > 0 || generation > 0) reload();
    // a new trade or placement is the reason to ask again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [liveTrades.length, refreshKey, generation]);

  const columns = useMemo<DataTableColumn<Order>[]>(
    () => [
      { accessor: 'sequence', title: '#', sortable: true },
      { accessor: 'placedAt', title: t('orders.placedAt'), sortable: true, render: (order) => dateTime(order.placedAt) },
      ...(productId
        ? []
        : [{ accessor: 'productId', title: t('orders.product'), render: (order: Order) => <ProductName productId={order.productId} /> }]),
      {
        accessor: 'limitPriceMinor',
        title: t(side === 'BID' ? 'orders.maxPrice' : 'orders.minPrice'),
        sortable: true,
        textAlign: 'right',
        render: (order) => money(order.limitPriceMinor, order.currency),
      },
      {
        accessor: 'quantity',
        title: t('orders.quantity'),
        sortable: true,
        textAlign: 'right',
        render: (order) => <Quantity order={order} value={order.quantity} />,
      },
      {
        accessor: 'filledQuantity',
        title: t('orders.filled'),
        sortable: true,
        textAlign: 'right',
        render: (order) => <Quantity order={order} value={order.filledQuantity} />,
      },
      {
        accessor: 'openQuantity',
        title: t('orders.open'),
        sortable: true,
        textAlign: 'right',
        render: (order) => <Quantity order={order} value={order.openQuantity} />,
      },
      {
        accessor: 'status',
        title: t('orders.status'),
        sortable: true,
        noWrap: true,
        render: (order) => (
          <Tooltip label={order.closeReason ? t(`closeReason.${order.closeReason}`) : ''} disabled={!order.closeReason}>
            <Badge color={STATUS_COLOURS[order.status]} variant="light">
              {t(`orderStatus.${order.status}`)}
            </Badge>
          </Tooltip>
        ),
      },
      {
        accessor: 'actions',
        title: t('common.actions'),
        render: (order) =>
          order.status === 'OPEN' ? (
            <Group gap={4} wrap="nowrap">
              <ReduceButton order={order} onDone={reload} />
              <CancelButton order={order} onDone={reload} />
            </Group>
          ) : null,
      },
    ],
    // reload is stable enough for the render functions
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, money, dateTime, side, productId],
  );

  return (
    <Stack gap="xs">
      {error && <ProblemAlert problems={problemsOf(error)} />}
      <LocalTable<Order>
        label={t(side === 'BID' ? 'orders.bidsLabel' : 'orders.asksLabel')}
        rows={data?.myOrders ?? []}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'sequence', direction: 'desc' }}
        emptyText={t(side === 'BID' ? 'orders.noBids' : 'orders.noAsks')}
        filters={
          <Select
            label={t('orders.show')}
            value={statusFilter}
            onChange={(value) => setStatusFilter((value as 'OPEN' | 'ALL') ?? 'OPEN')}
            allowDeselect={false}
            data={[
              { value: 'OPEN', label: t('orders.onlyOpen') },
              { value: 'ALL', label: t('orders.all') },
            ]}
            w={180}
          />
        }
      />
    </Stack>
  );
}
