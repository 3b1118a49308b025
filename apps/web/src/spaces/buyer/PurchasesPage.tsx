import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { ProductQuantity } from '../../components/product';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { useOrdersChanged } from '../../components/live-orders';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { mayDo } from '../../session/session-model';
import { useSignedIn } from '../../session/SessionProvider';
import type { PurchaseFieldsFragment } from './gql/graphql';
import { ApprovePurchaseDocument, MyPurchasesDocument, RejectPurchaseDocument } from './orders-operations';
import { QuickOrderReport } from './QuickOrderPage';
import { ConfirmDeliveryDocument, ReorderDocument } from './returns-operations';
import type { ReorderMutation } from './gql/graphql';

export const ORDER_STATUS_COLOURS: Record<string, string> = {
  PENDING_APPROVAL: 'yellow',
  AWAITING_PAYMENT: 'orange',
  PLACED: 'blue',
  CONFIRMED: 'indigo',
  SHIPPED: 'cyan',
  DELIVERED: 'teal',
  COMPLETED: 'green',
  CANCELLED: 'gray',
};

function Decide({ purchase, onDone }: { purchase: PurchaseFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: approving }, approve] = useMutation(ApprovePurchaseDocument);
  const [{ fetching: rejecting }, reject] = useMutation(RejectPurchaseDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'uncontrolled', initialValues: { reason: '' } });
  const showProblems = useShowProblems(form);
  const decide = async (approved: boolean) => {
    const reason = form.getValues().reason.trim();
    const idempotencyKey = idempotency.keyFor({ approved, reason });
    const result = approved
      ? await approve({ purchaseId: purchase.id, reason: reason || null, idempotencyKey })
      : await reject({ purchaseId: purchase.id, reason, idempotencyKey });
    if (result.error) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: approved ? 'green' : 'orange', message: t(approved ? 'purchases.approved' : 'purchases.rejected') });
    onDone();
  };
  return (
    <Stack gap="xs" mt="xs">
      <Textarea
        label={t('purchases.reason')}
        description={t('purchases.reasonHelp')}
        autosize
        minRows={1}
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
      <ProblemAlert problems={problems} />
      <Group>
        <Button color="green" loading={approving} onClick={() => void decide(true)}>
          {t('purchases.approve')}
        </Button>
        <Button color="red" variant="light" loading={rejecting} onClick={() => void decide(false)}>
          {t('purchases.reject')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A shipped order's arrival, confirmed by the buyer: it is then DELIVERED and its return window opens. */
function ConfirmDelivery({ orderId, onDone }: { orderId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, confirm] = useMutation(ConfirmDeliveryDocument);
  const idempotency = useIdempotencyKey();
  const submit = async () => {
    const result = await confirm({ orderId, idempotencyKey: idempotency.keyFor({ orderId }) });
    if (result.error) return setProblems(problemsOf(result.error));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: 'green', message: t('purchases.delivered') });
    onDone();
  };
  return (
    <Stack gap={4} align="flex-end">
      <Button size="compact-xs" loading={fetching} onClick={() => void submit()}>
        {t('purchases.confirmDelivery')}
      </Button>
      <ProblemAlert problems={problems} />
    </Stack>
  );
}

const RETURNABLE = ['DELIVERED', 'COMPLETED'];

/** An earlier purchase's lines put into the cart again at today's prices, with a report per line. */
function Reorder({ purchaseId }: { purchaseId: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [result, setResult] = useState<ReorderMutation['reorder'] | undefined>();
  const [{ fetching }, reorder] = useMutation(ReorderDocument);
  const idempotency = useIdempotencyKey();
  const submit = async () => {
    const answer = await reorder({ purchaseId, idempotencyKey: idempotency.keyFor({ purchaseId }) });
    if (answer.error || !answer.data) return setProblems(problemsOf(answer.error));
    idempotency.done();
    setProblems([]);
    setResult(answer.data.reorder);
  };
  return (
    <Stack gap="xs">
      <Button size="compact-sm" variant="light" loading={fetching} onClick={() => void submit()}>
        {t('purchases.reorder')}
      </Button>
      <ProblemAlert problems={problems} />
      {result && (
        <QuickOrderReport
          rows={result.rows.map((row) => ({ ...row, alternatives: row.alternatives }))}
          currency={result.cart.currency}
          label={t('purchases.reorderReport')}
        />
      )}
    </Stack>
  );
}

/** The company's purchases with each seller order's status step, live; approvers decide the ones waiting for them. */
export function PurchasesPage() {
  const { t } = useTranslation();
  const { money, dateTime, quantity } = useFormat();
  const session = useSignedIn();
  const isApprover = session.actor.roles.includes('APPROVER');
  const [waitingOnly, setWaitingOnly] = useState(isApprover ? 'waiting' : 'all');
  const [{ data, error }, refetch] = useQuery({
    query: MyPurchasesDocument,
    variables: { awaitingApprovalOnly: waitingOnly === 'waiting' },
    requestPolicy: 'cache-and-network',
  });
  const changes = useOrdersChanged();
  useEffect(() => {
    if (changes > 0) refetch({ requestPolicy: 'network-only' });
  }, [changes, refetch]);
  const purchases = data?.myPurchases ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('purchases.title')}
        </Title>
        <SegmentedControl
          aria-label={t('purchases.show')}
          value={waitingOnly}
          onChange={setWaitingOnly}
          data={[
            { value: 'all', label: t('purchases.all') },
            { value: 'waiting', label: t('purchases.waiting') },
          ]}
        />
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {purchases.length === 0 && <Text c="dimmed">{t('purchases.none')}</Text>}
      {purchases.map((purchase) => (
        <Card withBorder key={purchase.id} data-testid="purchase">
          <Group justify="space-between">
            <Text fw={600}>
              {t('purchases.heading', { when: dateTime(purchase.createdAt), total: money(purchase.totalMinor, purchase.currency) })}
            </Text>
            {purchase.approval && (
              <Badge
                color={purchase.approval.status === 'PENDING' ? 'yellow' : purchase.approval.status === 'APPROVED' ? 'green' : 'red'}
                variant="light"
                data-testid="approval-status"
              >
                {t(`approvalStatus.${purchase.approval.status}` as never)}
              </Badge>
            )}
          </Group>
          {purchase.approval?.reason && (
            <Text size="sm" c="dimmed">
              {t('purchases.approverSaid', { reason: purchase.approval.reason })}
            </Text>
          )}
          <Table mt="xs" aria-label={t('purchases.ordersOf')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchases.seller')}</Table.Th>
                <Table.Th>{t('purchases.lines')}</Table.Th>
                <Table.Th>{t('purchases.status')}</Table.Th>
                <Table.Th ta="right">{t('purchases.pays')}</Table.Th>
                <Table.Th ta="right">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {purchase.orders.map((order) => (
                <Table.Tr key={order.id}>
                  <Table.Td>
                    <CompanyName companyId={order.sellerCompanyId} />
                  </Table.Td>
                  <Table.Td>
                    {order.lines.map((line) => (
                      <Text key={line.id} size="xs">
                        {line.productName}: <ProductQuantity productId={line.productId} quantity={line.quantity} />
                        {line.refusedQuantity > 0 ? ` (${t('purchases.refused', { quantity: quantity(line.refusedQuantity) })})` : ''}
                      </Text>
                    ))}
                    {order.trackingNumber && (
                      <Text size="xs" c="dimmed">
                        {t('purchases.tracking', { carrier: order.carrier ?? '', tracking: order.trackingNumber })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={ORDER_STATUS_COLOURS[order.status] ?? 'gray'} variant="light" data-testid="order-status">
                      {t(`sellerOrderStatus.${order.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{money(order.buyerPaysMinor, order.currency)}</Table.Td>
                  <Table.Td ta="right">
                    {order.status === 'SHIPPED' && (
                      <ConfirmDelivery orderId={order.id} onDone={() => refetch({ requestPolicy: 'network-only' })} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group mt="xs" align="flex-start">
            {purchase.orders.some((order) => RETURNABLE.includes(order.status)) && (
              <Anchor component={Link} to={`/buy/purchases/${purchase.id}/return`} size="sm" data-testid="return-items">
                {t('purchases.returnItems')}
              </Anchor>
            )}
            {mayDo(session.actor, 'order') && <Reorder purchaseId={purchase.id} />}
          </Group>
          {purchase.approval?.status === 'PENDING' && isApprover && (
            <Decide purchase={purchase} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          )}
        </Card>
      ))}
    </Stack>
  );
}
