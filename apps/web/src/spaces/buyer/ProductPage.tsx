import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useProblemText, useShowProblems } from '../../components/problems';
import { LiveBook } from '../../components/trading/LiveBook';
import { OrdersPanel } from '../../components/trading/OrdersPanel';
import { parseAmount } from '../../format/money';
import { parseWholeNumber } from '../../format/quantity';
import { mayDo } from '../../session/session-model';
import { useSignedIn } from '../../session/SessionProvider';
import type { PlaceBidMutation, ProductOffersQuery } from './gql/graphql';
import { PlaceBidDocument, ProductDetailDocument, ProductOffersDocument } from './buyer-operations';
import { AddToCartDocument } from './orders-operations';

type Offer = ProductOffersQuery['productOffers'][number];

const BASIS_COLOURS: Record<string, string> = { LIST_PRICE: 'gray', PRICE_BREAK: 'blue', CONTRACT: 'grape' };

/** One product: every seller's offer side by side at this buyer's own price and why, the live book, and a bid. */
export function ProductPage() {
  const { productId = '' } = useParams();
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  const session = useSignedIn();
  const [{ data: productData, error: productError }] = useQuery({ query: ProductDetailDocument, variables: { id: productId } });
  const product = productData?.product;
  const [quantityText, setQuantityText] = useState('');
  const wanted = parseWholeNumber(quantityText);
  const [{ data: offersData, fetching, error: offersError }] = useQuery({
    query: ProductOffersDocument,
    variables: { productId, quantity: wanted },
  });
  const offers = useMemo(() => offersData?.productOffers ?? [], [offersData]);
  const currencies = useMemo(() => [...new Set(offers.map((offer) => offer.listing.currency))], [offers]);
  const [bookCurrency, setBookCurrency] = useState<string | null>(null);
  const currency = bookCurrency ?? currencies[0] ?? 'RUB';
  const [placedCount, setPlacedCount] = useState(0);

  return (
    <Stack>
      <ProblemAlert problems={problemsOf(productError)} />
      {product && (
        <Stack gap={4}>
          <Title order={1} size="h2">
            {product.name}
          </Title>
          <Group gap="xs">
            <Code>{product.code}</Code>
            <Badge variant="light">{t('product.unit', { unit: t(`units.${product.baseUnit}`) })}</Badge>
            {Object.entries(product.attributes as Record<string, string>).map(([key, value]) => (
              <Badge key={key} variant="outline" color="gray">
                {key}: {value}
              </Badge>
            ))}
          </Group>
          {product.description && <Text size="sm">{product.description}</Text>}
        </Stack>
      )}

      <section aria-labelledby="offers-title">
        <Group justify="space-between" align="flex-end" mb="xs">
          <Title order={2} size="h3" id="offers-title">
            {t('offers.title')}
          </Title>
          <TextInput
            label={t('offers.quantity')}
            description={t('offers.quantityHelp')}
            value={quantityText}
            onChange={(event) => setQuantityText(event.currentTarget.value)}
            inputMode="numeric"
            w={220}
            error={quantityText && wanted === undefined ? t('amountProblem.NOT_A_QUANTITY') : undefined}
          />
        </Group>
        <ProblemAlert problems={problemsOf(offersError)} />
        <DataTable<Offer>
          aria-label={t('offers.title')}
          withTableBorder
          striped
          minHeight={offers.length ? undefined : 150}
          fetching={fetching}
          records={offers}
          idAccessor={(offer) => offer.listing.id}
          noRecordsText={t('offers.none')}
          columns={[
            { accessor: 'sellerTradingName', title: t('offers.seller') },
            { accessor: 'region', title: t('offers.region'), render: (offer) => offer.listing.region },
            {
              accessor: 'available',
              title: t('offers.available'),
              textAlign: 'right',
              render: (offer) => quantity(offer.available, product?.baseUnit),
            },
            {
              accessor: 'listPrice',
              title: t('offers.listPrice'),
              textAlign: 'right',
              render: (offer) => money(offer.listing.unitPriceMinor, offer.listing.currency),
            },
            {
              accessor: 'yourPrice',
              title: t('offers.yourPrice'),
              textAlign: 'right',
              render: (offer) =>
                offer.quote.ok ? (
                  <Text fw={600}>{money(offer.quote.unitPriceMinor, offer.quote.currency ?? offer.listing.currency)}</Text>
                ) : (
                  '—'
                ),
            },
            {
              accessor: 'basis',
              title: t('offers.basis'),
              render: (offer) =>
                offer.quote.ok && offer.quote.basis ? (
                  <Tooltip label={offer.quote.explanation ?? ''} disabled={!offer.quote.explanation} multiline w={280}>
                    <Badge color={BASIS_COLOURS[offer.quote.basis] ?? 'gray'} variant="light" data-basis={offer.quote.basis}>
                      {t(`priceBasis.${offer.quote.basis}` as never)}
                    </Badge>
                  </Tooltip>
                ) : (
                  <Text size="sm" c="red" data-refusal={offer.quote.refusal?.reason}>
                    {offer.quote.refusal
                      ? t(`quoteRefusal.${offer.quote.refusal.reason}` as never, { defaultValue: offer.quote.refusal.message })
                      : ''}
                  </Text>
                ),
            },
            {
              accessor: 'lineTotal',
              title: t('offers.lineTotal', { quantity: quantity(quotedQuantity(offers), product?.baseUnit) }),
              textAlign: 'right',
              render: (offer) => (offer.quote.ok ? money(offer.quote.lineTotalMinor, offer.quote.currency ?? offer.listing.currency) : '—'),
            },
            {
              accessor: 'cart',
              title: t('common.actions'),
              render: (offer) =>
                offer.quote.ok && offer.quote.quantity ? (
                  <AddToCart listingId={offer.listing.id} quantity={offer.quote.quantity} label={offer.sellerTradingName} />
                ) : null,
            },
            {
              accessor: 'terms',
              title: t('offers.terms'),
              render: (offer) =>
                t('offers.termsText', {
                  moq: quantity(offer.listing.minimumOrderQuantity, product?.baseUnit),
                  lot: quantity(offer.listing.lotMultiple, product?.baseUnit),
                  days: offer.listing.leadTimeDays,
                }),
            },
          ]}
        />
      </section>

      {currencies.length > 1 && (
        <Select
          label={t('offers.bookCurrency')}
          data={currencies}
          value={currency}
          onChange={setBookCurrency}
          allowDeselect={false}
          w={160}
        />
      )}
      {productId && <LiveBook productId={productId} currency={currency} unit={product?.baseUnit} />}

      {mayDo(session.actor, 'placeBid') ? (
        <BidForm
          productId={productId}
          currency={currency}
          regions={[...new Set(offers.map((offer) => offer.listing.region))]}
          unit={product?.baseUnit}
          onPlaced={() => setPlacedCount((count) => count + 1)}
        />
      ) : (
        <Alert color="gray">{t('bid.notAllowed')}</Alert>
      )}
      <section aria-labelledby="my-bids-title">
        <Title order={2} size="h3" id="my-bids-title" mb="xs">
          {t('bid.myBids')}
        </Title>
        <OrdersPanel side="BID" productId={productId} refreshKey={placedCount} />
      </section>
    </Stack>
  );
}

function AddToCart({ listingId, quantity: amount, label }: { listingId: string; quantity: number; label: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ fetching }, add] = useMutation(AddToCartDocument);
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={fetching}
      aria-label={t('offers.addToCartFrom', { seller: label })}
      onClick={async () => {
        const result = await add({ listingId, quantity: amount, idempotencyKey: crypto.randomUUID() });
        if (result.error)
          notifications.show({ color: 'red', title: t('offers.notAdded'), message: problemsOf(result.error).map(problemText).join(' ') });
        else notifications.show({ color: 'green', message: t('offers.added', { seller: label }) });
      }}
    >
      {t('offers.addToCart')}
    </Button>
  );
}

/** The quantity the quotes were made for: the one asked, or each offer's own minimum. */
function quotedQuantity(offers: Offer[]): number | undefined {
  const quantities = new Set(offers.map((offer) => offer.quote.quantity).filter((value): value is number => typeof value === 'number'));
  return quantities.size === 1 ? [...quantities][0] : undefined;
}

type BidValues = {
  quantity: number | string;
  limitPrice: string;
  minimumFill: number | string;
  acceptedRegions: string[];
  expiresAt: string;
};

function BidForm({
  productId,
  currency,
  regions,
  unit,
  onPlaced,
}: {
  productId: string;
  currency: string;
  regions: string[];
  unit?: string | null;
  onPlaced(): void;
}) {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [placed, setPlaced] = useState<PlaceBidMutation['placeBid'] | undefined>();
  const [{ fetching }, placeBid] = useMutation(PlaceBidDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm<BidValues>({
    mode: 'uncontrolled',
    initialValues: { quantity: '', limitPrice: '', minimumFill: 1, acceptedRegions: [], expiresAt: '' },
    validate: {
      quantity: (value) => (Number(value) > 0 && Number.isInteger(Number(value)) ? null : t('amountProblem.NOT_A_QUANTITY')),
      limitPrice: (value) => {
        const parsed = parseAmount(value, currency);
        return parsed.ok ? null : t(`amountProblem.${parsed.problem}`);
      },
    },
  });
  const showProblems = useShowProblems(form, {
    fieldOf: {
      PRICE_TOO_PRECISE: 'limitPrice',
      NON_POSITIVE_PRICE: 'limitPrice',
      NON_POSITIVE_QUANTITY: 'quantity',
      INVALID_MINIMUM_FILL: 'minimumFill',
      EXPIRY_IN_PAST: 'expiresAt',
    },
  });

  const submit = async (values: BidValues) => {
    const price = parseAmount(values.limitPrice, currency);
    if (!price.ok) return;
    const result = await placeBid({
      idempotencyKey: idempotency.keyFor(values),
      input: {
        productId,
        currency,
        quantity: Number(values.quantity),
        limitPrice: price.decimal,
        minimumFill: Number(values.minimumFill) || 1,
        acceptedRegions: values.acceptedRegions,
        expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : undefined,
      },
    });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      setPlaced(result.data.placeBid);
      form.reset();
      onPlaced();
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-labelledby="bid-title">
        <Title order={2} size="h3" id="bid-title" mb="xs">
          {t('bid.title', { currency })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <NumberInput
            label={t('bid.quantity', { unit: unit ? t(`units.${unit}` as never) : '' })}
            min={1}
            allowDecimal={false}
            required
            key={form.key('quantity')}
            {...form.getInputProps('quantity')}
          />
          <TextInput
            label={t('bid.limitPrice', { currency })}
            description={t('bid.limitPriceHelp')}
            inputMode="decimal"
            required
            key={form.key('limitPrice')}
            {...form.getInputProps('limitPrice')}
          />
          <NumberInput
            label={t('bid.minimumFill')}
            min={1}
            allowDecimal={false}
            key={form.key('minimumFill')}
            {...form.getInputProps('minimumFill')}
          />
          <MultiSelect
            label={t('bid.regions')}
            description={t('bid.regionsHelp')}
            data={regions}
            searchable
            clearable
            key={form.key('acceptedRegions')}
            {...form.getInputProps('acceptedRegions')}
          />
          <TextInput
            label={t('bid.expiresAt')}
            description={t('bid.expiresAtHelp')}
            type="datetime-local"
            key={form.key('expiresAt')}
            {...form.getInputProps('expiresAt')}
          />
        </SimpleGrid>
        <ProblemAlert problems={problems} />
        <Group mt="md">
          <Button type="submit" loading={fetching}>
            {t('bid.submit')}
          </Button>
        </Group>
      </form>
      {placed?.order && (
        <Alert mt="md" color={placed.trades.length > 0 ? 'green' : 'blue'} role="status" data-testid="bid-placed">
          {t('bid.placed', {
            sequence: placed.order.sequence,
            status: t(`orderStatus.${placed.order.status}`),
            filled: quantity(placed.order.filledQuantity, unit),
            open: quantity(placed.order.openQuantity, unit),
          })}
          {placed.trades.map((trade) => (
            <Text key={trade.id} size="sm">
              {t('bid.trade', {
                quantity: quantity(trade.quantity, unit),
                price: money(trade.priceMinor, trade.currency),
                amount: money(trade.amountMinor, trade.currency),
              })}
            </Text>
          ))}
        </Alert>
      )}
      {placed && !placed.order && placed.bidRequest && (
        <Alert mt="md" color="yellow" role="status" data-testid="bid-placed">
          {t('bid.waitsForApproval', { amount: money(placed.bidRequest.maxValueMinor, placed.bidRequest.currency) })}
        </Alert>
      )}
    </Paper>
  );
}
