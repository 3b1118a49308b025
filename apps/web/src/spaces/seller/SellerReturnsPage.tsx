import { Alert, Button, Card, Group, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { LineQuantity, QuoteTable, ReturnHistory, ReturnStatusBadge } from '../../components/returns/ReturnParts';
import type { ReturnStatus, SellerReturnFieldsFragment } from './gql/graphql';
import { AcceptReturnDocument, ConfirmReturnReceiptDocument, DisputeReturnDocument, SellerReturnsDocument } from './finance-operations';
import { returnActions } from './seller-finance';

const FILTERS: Record<string, ReturnStatus[] | null> = {
  todo: ['REQUESTED', 'ACCEPTED'],
  disputed: ['DISPUTED'],
  all: null,
};

/** Accept a requested return, dispute its seller-fault reasons with a note, or confirm the parcel arrived. */
function ReturnActions({ sellerReturn, onDone }: { sellerReturn: SellerReturnFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const can = returnActions(sellerReturn);
  const [disputing, setDisputing] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: accepting }, accept] = useMutation(AcceptReturnDocument);
  const [{ fetching: sending }, dispute] = useMutation(DisputeReturnDocument);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmReturnReceiptDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'uncontrolled', initialValues: { note: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { NOTE_REQUIRED: 'note' } });
  const finish = (error: unknown, message: string) => {
    if (error) return setProblems(showProblems(problemsOf(error)));
    idempotency.done();
    setProblems([]);
    setDisputing(false);
    notifications.show({ color: 'green', message });
    onDone();
  };
  const returnId = sellerReturn.id;
  if (!can.accept && !can.dispute && !can.confirmReceipt && !can.waitsForCarrierClaim) return null;
  return (
    <Stack gap="xs" mt="xs">
      {can.waitsForCarrierClaim && (
        <Alert color="grape" role="status">
          {t('sellerReturns.waitsForCarrierClaim')}
        </Alert>
      )}
      <Group gap="xs">
        {can.accept && (
          <Button
            size="xs"
            loading={accepting}
            onClick={async () =>
              finish(
                (await accept({ returnId, idempotencyKey: idempotency.keyFor({ returnId, accept: true }) })).error,
                t('sellerReturns.accepted'),
              )
            }
          >
            {t('sellerReturns.accept')}
          </Button>
        )}
        {can.dispute && (
          <Button size="xs" color="red" variant={disputing ? 'filled' : 'light'} onClick={() => setDisputing(true)}>
            {t('sellerReturns.dispute')}
          </Button>
        )}
        {can.confirmReceipt && (
          <Button
            size="xs"
            loading={confirming}
            onClick={async () =>
              finish(
                (await confirm({ returnId, idempotencyKey: idempotency.keyFor({ returnId, receipt: true }) })).error,
                t('sellerReturns.received'),
              )
            }
          >
            {t('sellerReturns.confirmReceipt')}
          </Button>
        )}
      </Group>
      {disputing && (
        <form
          noValidate
          onSubmit={form.onSubmit(async ({ note }) =>
            finish(
              (await dispute({ returnId, note: note.trim(), idempotencyKey: idempotency.keyFor({ returnId, note }) })).error,
              t('sellerReturns.disputed'),
            ),
          )}
        >
          <Stack gap="xs">
            <Textarea
              label={t('sellerReturns.note')}
              description={t('sellerReturns.noteHelp')}
              required
              autosize
              minRows={2}
              key={form.key('note')}
              {...form.getInputProps('note')}
            />
            <Group>
              <Button type="submit" size="xs" color="red" loading={sending}>
                {t('sellerReturns.submitDispute')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDisputing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ProblemAlert problems={problems} />
    </Stack>
  );
}

/** The returns of the seller's orders: to accept or dispute, to confirm received; each with its figures and steps. */
export function SellerReturnsPage() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [filter, setFilter] = useState('todo');
  const [{ data, error }, refetch] = useQuery({
    query: SellerReturnsDocument,
    variables: { statuses: FILTERS[filter] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const returns = data?.sellerReturns ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('sellerReturns.title')}
        </Title>
        <Select
          label={t('sellerReturns.show')}
          value={filter}
          onChange={(value) => setFilter(value ?? 'todo')}
          allowDeselect={false}
          data={[
            { value: 'todo', label: t('sellerReturns.todo') },
            { value: 'disputed', label: t('sellerReturns.disputedOnes') },
            { value: 'all', label: t('sellerReturns.all') },
          ]}
          w={220}
        />
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {returns.length === 0 && <Text c="dimmed">{t('sellerReturns.none')}</Text>}
      {returns.map((sellerReturn) => {
        const names = Object.fromEntries(sellerReturn.items.map((item) => [item.lineId, item]));
        return (
          <Card withBorder key={sellerReturn.id} data-testid="seller-return">
            <Group justify="space-between">
              <Text fw={600}>
                <CompanyName companyId={sellerReturn.buyerCompanyId} /> · {t('returns.filedAt', { when: dateTime(sellerReturn.filedAt) })}
              </Text>
              <ReturnStatusBadge status={sellerReturn.status} />
            </Group>
            <Table mt="xs" striped aria-label={t('returns.itemsOf')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('returns.product')}</Table.Th>
                  <Table.Th ta="right">{t('returns.quantity')}</Table.Th>
                  <Table.Th>{t('returns.reason')}</Table.Th>
                  <Table.Th>{t('sellerReturns.buyerComment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sellerReturn.items.map((item) => (
                  <Table.Tr key={item.lineId}>
                    <Table.Td>
                      {item.productName}{' '}
                      <Text span size="xs" c="dimmed">
                        ({item.sellerSku})
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <LineQuantity sellerOrderId={sellerReturn.sellerOrderId} lineId={item.lineId} quantity={item.quantity} />
                    </Table.Td>
                    <Table.Td>
                      {t(`returnReason.${item.reason}`)} ({t(`returnFault.${item.fault}`)})
                    </Table.Td>
                    <Table.Td>{item.comment ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs" data-testid="seller-return-figures">
              {t('sellerReturns.figures', {
                refund: money(sellerReturn.refundMinor, sellerReturn.currency),
                youPay: money(sellerReturn.sellerPaysMinor, sellerReturn.currency),
                platform: money(sellerReturn.platformPaysMinor, sellerReturn.currency),
              })}
            </Text>
            <QuoteTable quote={sellerReturn.allocation} label={t('returns.figuresOf')} names={names} />
            <ReturnHistory history={sellerReturn.history} />
            <ReturnActions sellerReturn={sellerReturn} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          </Card>
        );
      })}
    </Stack>
  );
}
