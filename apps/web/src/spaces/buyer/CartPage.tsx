import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { ProductQuantity } from '../../components/product';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert, useProblemText, useShowProblems } from '../../components/problems';
import type { CheckoutMutation, CheckoutPreviewQuery, MyCartQuery, OrderFiguresFragment } from './gql/graphql';
import {
  AddLegalEntityDocument,
  CheckoutDocument,
  CheckoutPreviewDocument,
  ClearCartDocument,
  MyCartDocument,
  MyLegalEntitiesDocument,
  UpdateCartLineDocument,
} from './orders-operations';

type CartLine = MyCartQuery['myCart']['lines'][number];
type PreviewLine = OrderFiguresFragment['lines'][number];

const BASIS_COLOURS: Record<string, string> = { LIST_PRICE: 'gray', PRICE_BREAK: 'blue', CONTRACT: 'grape', TRADE: 'teal' };

function LineQuantity({ line, onChanged }: { line: CartLine; onChanged(): void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [value, setValue] = useState<number | string>(line.quantity);
  const [{ fetching }, update] = useMutation(UpdateCartLineDocument);
  const save = async (quantity: number) => {
    const result = await update({ lineId: line.id, quantity, idempotencyKey: crypto.randomUUID() });
    if (result.error)
      notifications.show({ color: 'red', title: t('cart.notChanged'), message: problemsOf(result.error).map(problemText).join(' ') });
    else onChanged();
  };
  return (
    <Group gap={4} wrap="nowrap">
      <NumberInput
        aria-label={t('cart.quantityOf', { line: line.id.slice(0, 8) })}
        value={value}
        onChange={setValue}
        min={1}
        allowDecimal={false}
        w={120}
        size="xs"
      />
      <Button
        size="compact-xs"
        variant="light"
        loading={fetching}
        disabled={Number(value) === line.quantity}
        onClick={() => void save(Number(value))}
      >
        {t('cart.update')}
      </Button>
      <Button size="compact-xs" variant="light" color="red" loading={fetching} onClick={() => void save(0)}>
        {t('cart.remove')}
      </Button>
    </Group>
  );
}

/** The cart (lines from several sellers), the checkout preview split per seller with every discount and who funds it, and the checkout. */
export function CartPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetchCart] = useQuery({ query: MyCartDocument, requestPolicy: 'cache-and-network' });
  const [region, setRegion] = useState('');
  const [debouncedRegion] = useDebouncedValue(region.trim(), 400);
  const lines = data?.myCart.lines ?? [];
  const [{ data: preview, fetching: previewing, error: previewError }, refetchPreview] = useQuery({
    query: CheckoutPreviewDocument,
    variables: { deliveryRegion: debouncedRegion },
    pause: !debouncedRegion || lines.length === 0,
    requestPolicy: 'network-only',
  });
  const [placed, setPlaced] = useState<CheckoutMutation['checkout'] | undefined>();
  const [{ fetching: clearing }, clearCart] = useMutation(ClearCartDocument);
  const names = useMemo(
    () =>
      new Map(
        (preview?.checkoutPreview.orders ?? []).flatMap((order) =>
          order.lines.map((line) => [line.listingId, `${line.productName} (${line.sellerSku})`]),
        ),
      ),
    [preview],
  );
  const changed = () => {
    refetchCart({ requestPolicy: 'network-only' });
    if (debouncedRegion) refetchPreview({ requestPolicy: 'network-only' });
  };

  const columns = useMemo<DataTableColumn<CartLine>[]>(
    () => [
      {
        accessor: 'listingId',
        title: t('cart.product'),
        render: (line) =>
          names.get(line.listingId) ?? (
            <Text size="xs" c="dimmed">
              {line.listingId}
            </Text>
          ),
      },
      { accessor: 'sellerCompanyId', title: t('cart.seller'), render: (line) => <CompanyName companyId={line.sellerCompanyId} /> },
      {
        accessor: 'quantity',
        title: t('cart.quantity'),
        render: (line) => <LineQuantity key={`${line.id}:${line.quantity}`} line={line} onChanged={changed} />,
      },
    ],
    // changed refetches the cart and the preview
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, names, debouncedRegion],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('cart.title')}
        </Title>
        {lines.length > 0 && (
          <Button
            variant="default"
            color="red"
            loading={clearing}
            onClick={() => void clearCart({ idempotencyKey: crypto.randomUUID() }).then(changed)}
          >
            {t('cart.clear')}
          </Button>
        )}
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {placed ? (
        <Alert color={placed.approval?.status === 'PENDING' ? 'yellow' : 'green'} role="status" data-testid="checkout-placed">
          {placed.approval?.status === 'PENDING' ? t('cart.placedWaiting') : t('cart.placed')}{' '}
          <Text component={Link} to="/buy/purchases" size="sm" td="underline">
            {t('cart.toPurchases')}
          </Text>
        </Alert>
      ) : null}
      <LocalTable<CartLine>
        label={t('cart.title')}
        rows={lines}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        emptyText={t('cart.empty')}
      />
      {lines.length > 0 && (
        <>
          <Paper withBorder p="md">
            <Title order={2} size="h3" mb="xs">
              {t('cart.previewTitle')}
            </Title>
            <TextInput
              label={t('cart.region')}
              description={t('cart.regionHelp')}
              value={region}
              onChange={(event) => setRegion(event.currentTarget.value)}
              w={320}
            />
            <ProblemAlert problems={problemsOf(previewError)} />
            {previewing && !preview && <Text size="sm">{t('common.loading')}</Text>}
          </Paper>
          {preview && debouncedRegion && <Preview preview={preview.checkoutPreview} />}
          {preview && debouncedRegion && (
            <CheckoutForm
              region={debouncedRegion}
              onPlaced={(purchase) => {
                setPlaced(purchase);
                changed();
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value, note, strong }: { label: string; value: string; note?: string; strong?: boolean }) {
  return (
    <Table.Tr>
      <Table.Td>
        {label}
        {note && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({note})
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" fw={strong ? 700 : undefined}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

function Preview({ preview }: { preview: CheckoutPreviewQuery['checkoutPreview'] }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  return (
    <Stack data-testid="checkout-preview">
      {preview.needsApproval && (
        <Alert color="yellow" role="status">
          {t('cart.needsApproval')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {preview.orders.map((order) => (
          <Card withBorder key={order.sellerCompanyId} data-testid="preview-order">
            <Title order={3} size="h4" mb="xs">
              <CompanyName companyId={order.sellerCompanyId} />
            </Title>
            <Table aria-label={t('cart.linesOf')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cart.product')}</Table.Th>
                  <Table.Th ta="right">{t('cart.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('cart.unitPrice')}</Table.Th>
                  <Table.Th ta="right">{t('cart.payable')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.lines.map((line: PreviewLine) => (
                  <Table.Tr key={line.id}>
                    <Table.Td>
                      {line.productName}{' '}
                      <Badge size="xs" variant="light" color={BASIS_COLOURS[line.priceBasis] ?? 'gray'} title={line.priceExplanation}>
                        {t(`priceBasis.${line.priceBasis}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <ProductQuantity productId={line.productId} quantity={line.quantity} />
                    </Table.Td>
                    <Table.Td ta="right">{money(line.unitPriceMinor, order.currency)}</Table.Td>
                    <Table.Td ta="right">{money(line.payableMinor, order.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table mt="xs" aria-label={t('cart.figuresOf')}>
              <Table.Tbody>
                <Figure label={t('cart.gross')} value={money(order.grossMinor, order.currency)} />
                <Figure
                  label={t('cart.sellerDiscount')}
                  note={
                    order.sellerDiscountRule
                      ? t('cart.sellerDiscountRule', {
                          rate: order.sellerDiscountRule.rateBp / 100,
                          threshold: money(order.sellerDiscountRule.thresholdMinor, order.currency),
                        })
                      : t('cart.fundedBySeller')
                  }
                  value={`− ${money(order.sellerDiscountMinor, order.currency)}`}
                />
                <Figure
                  label={t('cart.loyaltyDiscount')}
                  note={t('cart.loyaltyNote', { rate: order.loyaltyRateBp / 100 })}
                  value={`− ${money(order.loyaltyDiscountMinor, order.currency)}`}
                />
                <Figure
                  label={t('cart.shipping')}
                  note={order.freeShipping ? t('cart.freeShipping') : t('cart.paidByBuyer')}
                  value={money(order.shippingFeeMinor, order.currency)}
                />
                <Figure label={t('cart.buyerPays')} value={money(order.buyerPaysMinor, order.currency)} strong />
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="xs">
              {order.paymentMode === 'PREPAY' ? t('cart.prepay') : t('cart.netTerms', { days: order.paymentTermDays ?? 0 })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <Text fw={700} size="lg" data-testid="checkout-total">
          {t('cart.total', { total: money(preview.totalMinor, preview.currency) })}
        </Text>
      </Group>
    </Stack>
  );
}

function CheckoutForm({ region, onPlaced }: { region: string; onPlaced(purchase: CheckoutMutation['checkout']): void }) {
  const { t } = useTranslation();
  const [{ data }, refetchEntities] = useQuery({ query: MyLegalEntitiesDocument });
  const entities = data?.myCompany.legalEntities ?? [];
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, checkout] = useMutation(CheckoutDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { legalEntityId: '', deliveryAddress: '' } });
  const showProblems = useShowProblems(form);
  const legalEntityId = form.values.legalEntityId || entities[0]?.id || '';

  const submit = async (values: typeof form.values) => {
    const input = { legalEntityId, deliveryRegion: region, deliveryAddress: values.deliveryAddress.trim() };
    const result = await checkout({ input, idempotencyKey: idempotency.keyFor(input) });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      onPlaced(result.data.checkout);
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  if (entities.length === 0) return <AddLegalEntity onAdded={() => refetchEntities({ requestPolicy: 'network-only' })} />;
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Title order={2} size="h3" mb="xs">
          {t('cart.checkoutTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('cart.legalEntity')}
            data={entities.map((entity) => ({ value: entity.id, label: `${entity.name} (${entity.taxId})` }))}
            value={legalEntityId}
            onChange={(value) => form.setFieldValue('legalEntityId', value ?? '')}
            error={form.errors.legalEntityId}
            allowDeselect={false}
          />
          <TextInput label={t('cart.address')} required {...form.getInputProps('deliveryAddress')} />
        </SimpleGrid>
        <ProblemAlert problems={problems} />
        <Group mt="md">
          <Button type="submit" loading={fetching}>
            {t('cart.placeOrder')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function AddLegalEntity({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, add] = useMutation(AddLegalEntityDocument);
  const form = useForm({ mode: 'uncontrolled', initialValues: { name: '', taxId: '', address: '' } });
  const showProblems = useShowProblems(form);
  const submit = async (values: ReturnType<typeof form.getValues>) => {
    const result = await add({ ...values, idempotencyKey: crypto.randomUUID() });
    if (result.data) {
      setProblems([]);
      onAdded();
    } else setProblems(showProblems(problemsOf(result.error)));
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Title order={2} size="h3">
          {t('cart.legalEntityTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('cart.legalEntityHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput label={t('cart.entityName')} required key={form.key('name')} {...form.getInputProps('name')} />
          <TextInput label={t('cart.entityTaxId')} required key={form.key('taxId')} {...form.getInputProps('taxId')} />
          <TextInput label={t('cart.entityAddress')} required key={form.key('address')} {...form.getInputProps('address')} />
        </SimpleGrid>
        <ProblemAlert problems={problems} />
        <Group mt="md">
          <Button type="submit" loading={fetching}>
            {t('cart.addEntity')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
