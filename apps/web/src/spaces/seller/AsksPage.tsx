import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useFormat } from '../../components/format';
import { useProduct } from '../../components/product';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { LiveBook } from '../../components/trading/LiveBook';
import { OrdersPanel } from '../../components/trading/OrdersPanel';
import { TradesPanel } from '../../components/trading/TradesPanel';
import { parseAmount } from '../../format/money';
import type { PlaceAskMutation } from './gql/graphql';
import { useSellerListings } from './seller-listings';
import { PlaceAskDocument } from './seller-operations';

/** Asks from the seller's listings, the book of the listing's product (live), open asks and trades. */
export function AsksPage() {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  const { listings } = useSellerListings();
  const [listingId, setListingId] = useState<string | null>(null);
  const listing = listings.find((candidate) => candidate.id === listingId) ?? listings.find((candidate) => candidate.status === 'ACTIVE');
  const product = useProduct(listing?.productId);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [placed, setPlaced] = useState<PlaceAskMutation['placeAsk'] | undefined>();
  const [placedCount, setPlacedCount] = useState(0);
  const [{ fetching }, placeAsk] = useMutation(PlaceAskDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { quantity: '' as number | string, limitPrice: '', expiresAt: '' },
    validate: {
      quantity: (value) => (Number(value) > 0 && Number.isInteger(Number(value)) ? null : t('amountProblem.NOT_A_QUANTITY')),
      limitPrice: (value) => {
        const parsed = parseAmount(value, listing?.currency ?? 'RUB');
        return parsed.ok ? null : t(`amountProblem.${parsed.problem}`);
      },
    },
  });
  const showProblems = useShowProblems(form, {
    fieldOf: {
      PRICE_TOO_PRECISE: 'limitPrice',
      NON_POSITIVE_PRICE: 'limitPrice',
      NON_POSITIVE_QUANTITY: 'quantity',
      QUANTITY_BELOW_MINIMUM: 'quantity',
      INSUFFICIENT_STOCK: 'quantity',
      EXPIRY_IN_PAST: 'expiresAt',
    },
  });

  const submit = async (values: { quantity: number | string; limitPrice: string; expiresAt: string }) => {
    if (!listing) return;
    const price = parseAmount(values.limitPrice, listing.currency);
    if (!price.ok) return;
    const result = await placeAsk({
      idempotencyKey: idempotency.keyFor({ listingId: listing.id, ...values }),
      input: {
        listingId: listing.id,
        quantity: Number(values.quantity),
        limitPrice: price.decimal,
        currency: listing.currency,
        expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : undefined,
      },
    });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      setPlaced(result.data.placeAsk);
      setPlacedCount((count) => count + 1);
      form.reset();
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('asks.title')}
      </Title>
      <Paper withBorder p="md">
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-labelledby="ask-title">
          <Title order={2} size="h3" id="ask-title" mb="xs">
            {t('asks.place')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Select
              label={t('asks.listing')}
              data={listings
                .filter((candidate) => candidate.status === 'ACTIVE')
                .map((candidate) => ({ value: candidate.id, label: `${candidate.sellerSku} · ${candidate.productName ?? ''}` }))}
              value={listing?.id ?? null}
              onChange={setListingId}
              searchable
              allowDeselect={false}
            />
            <NumberInput
              label={t('asks.quantity', { unit: product ? t(`units.${product.baseUnit}` as never) : '' })}
              min={1}
              allowDecimal={false}
              required
              key={form.key('quantity')}
              {...form.getInputProps('quantity')}
            />
            <TextInput
              label={t('asks.limitPrice', { currency: listing?.currency ?? '' })}
              description={t('asks.limitPriceHelp')}
              inputMode="decimal"
              required
              key={form.key('limitPrice')}
              {...form.getInputProps('limitPrice')}
            />
            <TextInput
              label={t('bid.expiresAt')}
              description={t('bid.expiresAtHelp')}
              type="datetime-local"
              key={form.key('expiresAt')}
              {...form.getInputProps('expiresAt')}
            />
          </SimpleGrid>
          {listing && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('asks.listingTerms', {
                moq: quantity(listing.minimumOrderQuantity, product?.baseUnit),
                lot: quantity(listing.lotMultiple, product?.baseUnit),
                onHand: quantity(listing.onHand, product?.baseUnit),
                price: money(listing.unitPriceMinor, listing.currency),
              })}
            </Text>
          )}
          <ProblemAlert problems={problems} />
          <Group mt="md">
            <Button type="submit" loading={fetching} disabled={!listing}>
              {t('asks.submit')}
            </Button>
          </Group>
        </form>
        {placed?.order && (
          <Alert mt="md" color={placed.trades.length > 0 ? 'green' : 'blue'} role="status" data-testid="ask-placed">
            {t('bid.placed', {
              sequence: placed.order.sequence,
              status: t(`orderStatus.${placed.order.status}`),
              filled: quantity(placed.order.filledQuantity, product?.baseUnit),
              open: quantity(placed.order.openQuantity, product?.baseUnit),
            })}
          </Alert>
        )}
      </Paper>
      {listing && <LiveBook productId={listing.productId} currency={listing.currency} unit={product?.baseUnit} />}
      <Title order={2} size="h3">
        {t('asks.myAsks')}
      </Title>
      <OrdersPanel side="ASK" refreshKey={placedCount} />
      <Title order={2} size="h3">
        {t('trades.title')}
      </Title>
      <TradesPanel />
    </Stack>
  );
}
