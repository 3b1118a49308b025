import { Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { ProblemAlert } from '../../components/problems';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { LineQuantity, QuoteTable, ReturnHistory, ReturnStatusBadge } from '../../components/returns/ReturnParts';
import type { BuyerReturnFieldsFragment, ReturnStatus } from './gql/graphql';
import { BuyerReturnsDocument } from './returns-operations';

const OPEN: ReturnStatus[] = ['REQUESTED', 'DISPUTED', 'ACCEPTED', 'RECEIVED'];

/** A filed return as the buyer follows it: its items, where it stands, every step, and its figures. */
export function ReturnCard({ sellerReturn }: { sellerReturn: BuyerReturnFieldsFragment }) {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [figures, setFigures] = useState(false);
  const names = Object.fromEntries(sellerReturn.items.map((item) => [item.lineId, item]));
  return (
    <Card withBorder data-testid="buyer-return">
      <Group justify="space-between">
        <Text fw={600}>
          <CompanyName companyId={sellerReturn.sellerCompanyId} /> · {t('returns.filedAt', { when: dateTime(sellerReturn.filedAt) })}
        </Text>
        <ReturnStatusBadge status={sellerReturn.status} />
      </Group>
      <Table mt="xs" striped aria-label={t('returns.itemsOf')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('returns.product')}</Table.Th>
            <Table.Th ta="right">{t('returns.quantity')}</Table.Th>
            <Table.Th>{t('returns.reason')}</Table.Th>
            <Table.Th>{t('returns.comment')}</Table.Th>
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
                {t(`returnReason.${item.reason}`)}
                {item.reason !== item.filedReason && (
                  <Text size="xs" c="dimmed">
                    {t('returns.filedAs', { reason: t(`returnReason.${item.filedReason}`) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.comment ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs" justify="space-between">
        <Text size="sm" data-testid="return-refund">
          {sellerReturn.refundedAt
            ? t('returns.refunded', {
                amount: money(sellerReturn.refundMinor, sellerReturn.currency),
                when: dateTime(sellerReturn.refundedAt),
              })
            : t('returns.refundDue', { amount: money(sellerReturn.refundMinor, sellerReturn.currency) })}
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={() => setFigures((open) => !open)} aria-expanded={figures}>
          {t(figures ? 'returns.hideFigures' : 'returns.showFigures')}
        </Button>
      </Group>
      {figures && <QuoteTable audience="buyer" quote={sellerReturn.allocation} label={t('returns.figuresOf')} names={names} />}
      <ReturnHistory history={sellerReturn.history} />
    </Card>
  );
}

/** The company's returns, open ones first: where each stands and every step, as sellers and operators act. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const [show, setShow] = useState<'open' | 'all'>('open');
  const [{ data, error }] = useQuery({
    query: BuyerReturnsDocument,
    variables: { statuses: show === 'open' ? OPEN : null },
    requestPolicy: 'cache-and-network',
  });
  const returns = data?.sellerReturns ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('returns.title')}
        </Title>
        <SegmentedControl
          aria-label={t('returns.show')}
          value={show}
          onChange={(value) => setShow(value as 'open' | 'all')}
          data={[
            { value: 'open', label: t('returns.open') },
            { value: 'all', label: t('returns.all') },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('returns.howTo')}{' '}
        <Anchor component={Link} to="/buy/purchases" size="sm" underline="always">
          {t('buyer.section.purchases')}
        </Anchor>
      </Text>
      <ProblemAlert problems={problemsOf(error)} />
      {returns.length === 0 && <Text c="dimmed">{t('returns.none')}</Text>}
      {returns.map((sellerReturn) => (
        <ReturnCard key={sellerReturn.id} sellerReturn={sellerReturn} />
      ))}
    </Stack>
  );
}
