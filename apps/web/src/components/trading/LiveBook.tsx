import { Badge, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { BookChangedDocument, BookDepthDocument } from '../../api/product-operations';
import type { BookDepthQuery } from '../../api/gql/graphql';
import { useLiveGeneration } from '../../session/SessionProvider';
import { useFormat } from '../format';

type Depth = BookDepthQuery['bookDepth'];
type Level = Depth['bids'][number];

function Side({
  title,
  levels,
  currency,
  unit,
  testId,
}: {
  title: string;
  levels: Level[];
  currency: string;
  unit?: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  return (
    <Table striped withTableBorder aria-label={title} data-testid={testId}>
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Text fw={600}>{title}</Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('book.price')}</Table.Th>
          <Table.Th>{t('book.quantity')}</Table.Th>
          <Table.Th>{t('book.orders')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={3}>
              <Text size="sm" c="dimmed">
                {t('book.empty')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ) : (
          levels.map((level) => (
            <Table.Tr key={level.priceMinor}>
              <Table.Td>{money(level.priceMinor, currency)}</Table.Td>
              <Table.Td>{quantity(level.quantity, unit)}</Table.Td>
              <Table.Td>{level.orderCount}</Table.Td>
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A product's book in one currency, live: the depth as asked, then every `bookChanged` the
 * gateway pushes over graphql-ws (price levels only, never who).
 */
export function LiveBook({ productId, currency, unit }: { productId: string; currency: string; unit?: string | null }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [{ data }, refetch] = useQuery({ query: BookDepthDocument, variables: { productId, currency }, requestPolicy: 'network-only' });
  const [updatedAt, setUpdatedAt] = useState<string | undefined>();
  // The latest of what was asked and what was pushed; asked again after the socket reconnects,
  // since a change pushed while it was down is lost.
  const [depth, setDepth] = useState<Depth | undefined>();
  useEffect(() => {
    if (data) setDepth(data.bookDepth);
  }, [data]);
  const generation = useLiveGeneration();
  useEffect(() => {
    if (generation > 0) refetch({ requestPolicy: 'network-only' });
  }, [generation, refetch]);
  const [live] = useSubscription(
    { query: BookChangedDocument, variables: { productId, currency } },
    (_previous: { depth: Depth; at: string } | undefined, event): { depth: Depth; at: string } => ({
      depth: event.bookChanged,
      at: new Date().toISOString(),
    }),
  );
  useEffect(() => {
    if (!live.data) return;
    setDepth(live.data.depth);
    setUpdatedAt(live.data.at);
  }, [live.data]);
  return (
    <section aria-labelledby={`book-${productId}-${currency}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={`book-${productId}-${currency}`}>
          {t('book.title', { currency })}
        </Title>
        <Group gap="xs">
          <Badge color={live.error ? 'red' : 'teal'} variant="dot">
            {live.error ? t('book.offline') : t('book.live')}
          </Badge>
          <Text size="xs" c="dimmed" aria-live="polite">
            {updatedAt ? t('book.updated', { when: dateTime(updatedAt) }) : ''}
          </Text>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Side title={t('book.bids')} levels={depth?.bids ?? []} currency={currency} unit={unit} testId="book-bids" />
        <Side title={t('book.asks')} levels={depth?.asks ?? []} currency={currency} unit={unit} testId="book-asks" />
      </SimpleGrid>
    </section>
  );
}
