import { Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { ProductQuantity } from '../../components/product';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { useOrdersChanged } from '../../components/live-orders';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import type { SellerOrderFieldsFragment, SellerOrderStatus } from './gql/graphql';
import { CancelSellerOrderDocument, ConfirmSellerOrderDocument, SellerOrdersDocument, ShipSellerOrderDocument } from './seller-operations';

const STATUS_COLOURS: Record<string, string> = {
  PENDING_APPROVAL: 'yellow',
  AWAITING_PAYMENT: 'orange',
  PLACED: 'blue',
  CONFIRMED: 'indigo',
  SHIPPED: 'cyan',
  DELIVERED: 'teal',
  COMPLETED: 'green',
  CANCELLED: 'gray',
};
const FILTERS: Record<string, SellerOrderStatus[] | null> = {
  todo: ['PLACED', 'CONFIRMED'],
  all: null,
};

/** Confirm a placed order (refusing what cannot be delivered), ship a confirmed one, or cancel with a reason. */
function OrderActions({ order, onDone }: { order: SellerOrderFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'confirm' | 'ship' | 'cancel' | undefined>();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmSellerOrderDocument);
  const [{ fetching: shipping }, ship] = useMutation(ShipSellerOrderDocument);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelSellerOrderDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      reason: '',
      carrier: '',
      trackingNumber: '',
      refusals: Object.fromEntries(order.lines.map((line) => [line.id, 0])) as Record<string, number | string>,
    },
  });
  const showProblems = useShowProblems(form);
  const finish = (error: unknown, message: string) => {
    if (error) return setProblems(showProblems(problemsOf(error)));
    idempotency.done();
    setProblems([]);
    setMode(undefined);
    notifications.show({ color: 'green', message });
    onDone();
  };
  const submit = async () => {
    const values = form.getValues();
    const idempotencyKey = idempotency.keyFor({ mode, values });
    if (mode === 'confirm') {
      const refusals = Object.entries(values.refusals)
        .map(([lineId, quantity]) => ({ lineId, quantity: Number(quantity) || 0 }))
        .filter((refusal) => refusal.quantity > 0);
      const result = await confirm({
        orderId: order.id,
        refusals: refusals.length ? refusals : null,
        reason: values.reason.trim() || null,
        idempotencyKey,
      });
      finish(result.error, t('sellerOrders.confirmed'));
    } else if (mode === 'ship') {
      const result = await ship({
        orderId: order.id,
        carrier: values.carrier.trim(),
        trackingNumber: values.trackingNumber.trim(),
        idempotencyKey,
      });
      finish(result.error, t('sellerOrders.shipped'));
    } else if (mode === 'cancel') {
      const result = await cancel({ orderId: order.id, reason: values.reason.trim(), idempotencyKey });
      finish(result.error, t('sellerOrders.cancelled'));
    }
  };
  const can = { confirm: order.status === 'PLACED', ship: order.status === 'CONFIRMED', cancel: order.status === 'PLACED' };
  if (!can.confirm && !can.ship && !can.cancel) return null;
  return (
    <Stack gap="xs" mt="xs">
      <Group gap="xs">
        {can.confirm && (
          <Button size="xs" variant={mode === 'confirm' ? 'filled' : 'light'} onClick={() => setMode('confirm')}>
            {t('sellerOrders.confirm')}
          </Button>
        )}
        {can.ship && (
          <Button size="xs" variant={mode === 'ship' ? 'filled' : 'light'} onClick={() => setMode('ship')}>
            {t('sellerOrders.ship')}
          </Button>
        )}
        {can.cancel && (
          <Button size="xs" color="red" variant={mode === 'cancel' ? 'filled' : 'light'} onClick={() => setMode('cancel')}>
            {t('sellerOrders.cancel')}
          </Button>
        )}
      </Group>
      {mode && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            {mode === 'confirm' && (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {order.lines.map((line) => (
                  <NumberInput
                    key={line.id}
                    label={t('sellerOrders.refuse', { product: line.productName })}
                    min={0}
                    max={line.quantity}
                    allowDecimal={false}
                    {...form.getInputProps(`refusals.${line.id}`)}
                  />
                ))}
              </SimpleGrid>
            )}
            {mode === 'ship' && (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <TextInput label={t('sellerOrders.carrier')} required key={form.key('carrier')} {...form.getInputProps('carrier')} />
                <TextInput
                  label={t('sellerOrders.tracking')}
                  required
                  key={form.key('trackingNumber')}
                  {...form.getInputProps('trackingNumber')}
                />
              </SimpleGrid>
            )}
            {mode !== 'ship' && (
              <Textarea
                label={t(mode === 'cancel' ? 'sellerOrders.cancelReason' : 'sellerOrders.confirmReason')}
                required={mode === 'cancel'}
                autosize
                minRows={1}
                key={form.key('reason')}
                {...form.getInputProps('reason')}
              />
            )}
            <ProblemAlert problems={problems} />
            <Group>
              <Button type="submit" size="xs" loading={confirming || shipping || cancelling} color={mode === 'cancel' ? 'red' : undefined}>
                {t(`sellerOrders.submit.${mode}`)}
              </Button>
              <Button size="xs" variant="default" onClick={() => setMode(undefined)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The seller's orders, live: to confirm (refusing lines), ship (carrier, tracking) and follow, each with its status steps. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [filter, setFilter] = useState<'todo' | 'all'>('todo');
  const [{ data, error }, refetch] = useQuery({
    query: SellerOrdersDocument,
    variables: { statuses: FILTERS[filter] },
    requestPolicy: 'cache-and-network',
  });
  const changes = useOrdersChanged();
  useEffect(() => {
    if (changes > 0) refetch({ requestPolicy: 'network-only' });
  }, [changes, refetch]);
  const orders = data?.sellerOrders ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('sellerOrders.title')}
        </Title>
        <Select
          label={t('sellerOrders.show')}
          value={filter}
          onChange={(value) => setFilter((value as 'todo' | 'all') ?? 'todo')}
          allowDeselect={false}
          data={[
            { value: 'todo', label: t('sellerOrders.todo') },
            { value: 'all', label: t('sellerOrders.all') },
          ]}
          w={220}
        />
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {orders.length === 0 && <Text c="dimmed">{t('sellerOrders.none')}</Text>}
      {orders.map((order) => (
        <Card withBorder key={order.id} data-testid="seller-order">
          <Group justify="space-between">
            <Text fw={600}>
              <CompanyName companyId={order.buyerCompanyId} /> · {dateTime(order.createdAt)} · {order.deliveryRegion}
            </Text>
            <Badge color={STATUS_COLOURS[order.status] ?? 'gray'} variant="light" data-testid="seller-order-status">
              {t(`sellerOrderStatus.${order.status}`)}
            </Badge>
          </Group>
          <Table mt="xs" striped aria-label={t('sellerOrders.linesOf')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sellerOrders.product')}</Table.Th>
                <Table.Th ta="right">{t('sellerOrders.quantity')}</Table.Th>
                <Table.Th ta="right">{t('sellerOrders.refused')}</Table.Th>
                <Table.Th ta="right">{t('sellerOrders.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('sellerOrders.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    {line.productName}{' '}
                    <Text span size="xs" c="dimmed">
                      ({line.sellerSku})
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <ProductQuantity productId={line.productId} quantity={line.quantity} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {line.refusedQuantity ? <ProductQuantity productId={line.productId} quantity={line.refusedQuantity} /> : '—'}
                  </Table.Td>
                  <Table.Td ta="right">{money(line.unitPriceMinor, order.currency)}</Table.Td>
                  <Table.Td ta="right">{money(line.netMinor, order.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" mt="xs">
            {t('sellerOrders.figures', {
              gross: money(order.grossMinor, order.currency),
              discount: money(order.sellerDiscountMinor, order.currency),
              commission: money(order.commissionMinor, order.currency),
              shipping: money(order.shippingFeeMinor, order.currency),
            })}
          </Text>
          {order.trackingNumber && (
            <Text size="sm" c="dimmed">
              {t('purchases.tracking', { carrier: order.carrier ?? '', tracking: order.trackingNumber })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {order.history
              .map((step) => `${dateTime(step.at)}: ${t(`sellerOrderStatus.${step.to}`)}${step.reason ? ` (${step.reason})` : ''}`)
              .join(' → ')}
          </Text>
          <OrderActions order={order} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        </Card>
      ))}
    </Stack>
  );
}
