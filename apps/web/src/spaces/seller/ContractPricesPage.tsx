import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { parseAmount } from '../../format/money';
import type { SetContractPriceMutation } from './gql/graphql';
import { percentToBasisPoints } from './contract-price';
import { useSellerListings } from './seller-listings';
import { BuyerNameDocument, SetContractPriceDocument } from './seller-operations';

type ContractPrice = SetContractPriceMutation['setContractPrice'];
type Target = 'listing' | 'category';
type PriceKind = 'unitPrice' | 'percentOff';

function BuyerName({ id }: { id: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(id.trim(), 300);
  const valid = /^[0-9a-f-]{36}$/i.test(debounced);
  const [{ data, error }] = useQuery({ query: BuyerNameDocument, variables: { id: debounced }, pause: !valid });
  if (!valid) return null;
  return (
    <Text size="sm" c={error ? 'red' : 'dimmed'} data-testid="buyer-name">
      {data ? t('contract.buyerIs', { name: data.publicCompany.tradingName }) : error ? t('contract.buyerUnknown') : '…'}
    </Text>
  );
}

/** A buyer company's own price: a unit price on one listing, or a percentage off a listing or a whole category. */
export function ContractPricesPage() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { listings } = useSellerListings();
  const [{ data: categories }] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-first' });
  const [saved, setSaved] = useState<ContractPrice[]>([]);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [target, setTarget] = useState<Target>('listing');
  const [priceKind, setPriceKind] = useState<PriceKind>('unitPrice');
  const [{ fetching }, setContractPrice] = useMutation(SetContractPriceDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'controlled',
    initialValues: { buyerCompanyId: '', listingId: '', categoryId: '', unitPrice: '', percentOff: '' },
  });
  const showProblems = useShowProblems(form, {
    rename: (field) => (field === 'unitPriceMinor' ? 'unitPrice' : field === 'percentOffBasisPoints' ? 'percentOff' : field),
  });
  const listing = listings.find((candidate) => candidate.id === form.values.listingId);
  const effectiveKind: PriceKind = target === 'category' ? 'percentOff' : priceKind;

  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    let unitPriceMinor: number | undefined;
    let percentOffBasisPoints: number | undefined;
    if (effectiveKind === 'unitPrice') {
      const parsed = parseAmount(values.unitPrice, listing?.currency ?? 'RUB');
      if (!parsed.ok) return form.setFieldError('unitPrice', t(`amountProblem.${parsed.problem}`));
      unitPriceMinor = parsed.minorUnits;
    } else {
      percentOffBasisPoints = percentToBasisPoints(values.percentOff);
      if (percentOffBasisPoints === undefined) return form.setFieldError('percentOff', t('contract.percentInvalid'));
    }
    const result = await setContractPrice({
      buyerCompanyId: values.buyerCompanyId.trim(),
      listingId: target === 'listing' ? values.listingId || null : null,
      categoryId: target === 'category' ? values.categoryId || null : null,
      unitPriceMinor,
      percentOffBasisPoints,
      idempotencyKey: idempotency.keyFor({ ...values, target, priceKind }),
    });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      const price = result.data.setContractPrice;
      setSaved((known) => [price, ...known.filter((entry) => entry.id !== price.id)]);
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  const listingOptions = listings.map((candidate) => ({
    value: candidate.id,
    label: `${candidate.sellerSku} · ${candidate.productName ?? ''} (${candidate.currency})`,
  }));
  const columns = useMemo<DataTableColumn<ContractPrice>[]>(
    () => [
      { accessor: 'buyerCompanyId', title: t('contract.buyer'), render: (price) => <BuyerName id={price.buyerCompanyId} /> },
      {
        accessor: 'target',
        title: t('contract.target'),
        render: (price) =>
          price.listingId
            ? (listings.find((candidate) => candidate.id === price.listingId)?.sellerSku ?? price.listingId)
            : (categories?.categories.find((category) => category.id === price.categoryId)?.path.join(' › ') ?? price.categoryId),
      },
      {
        accessor: 'price',
        title: t('contract.price'),
        render: (price) =>
          price.unitPriceMinor !== null && price.unitPriceMinor !== undefined
            ? money(price.unitPriceMinor, listings.find((candidate) => candidate.id === price.listingId)?.currency ?? 'RUB')
            : t('contract.percentText', { percent: ((price.percentOffBasisPoints ?? 0) / 100).toLocaleString() }),
      },
    ],
    [t, money, listings, categories],
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('contract.title')}
      </Title>
      <Paper withBorder p="md">
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <div>
                <TextInput
                  label={t('contract.buyerId')}
                  description={t('contract.buyerIdHelp')}
                  required
                  {...form.getInputProps('buyerCompanyId')}
                />
                <BuyerName id={form.values.buyerCompanyId} />
              </div>
              <div>
                <Text size="sm" fw={500} id="contract-target" mb={4}>
                  {t('contract.target')}
                </Text>
                <SegmentedControl
                  aria-labelledby="contract-target"
                  value={target}
                  onChange={(value) => setTarget(value as Target)}
                  data={[
                    { value: 'listing', label: t('contract.oneListing') },
                    { value: 'category', label: t('contract.wholeCategory') },
                  ]}
                />
              </div>
              {target === 'listing' ? (
                <Select label={t('contract.listing')} data={listingOptions} searchable required {...form.getInputProps('listingId')} />
              ) : (
                <Select
                  label={t('contract.category')}
                  data={(categories?.categories ?? []).map((category) => ({ value: category.id, label: category.path.join(' › ') }))}
                  searchable
                  required
                  {...form.getInputProps('categoryId')}
                />
              )}
              {target === 'listing' && (
                <div>
                  <Text size="sm" fw={500} id="contract-kind" mb={4}>
                    {t('contract.kind')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="contract-kind"
                    value={priceKind}
                    onChange={(value) => setPriceKind(value as PriceKind)}
                    data={[
                      { value: 'unitPrice', label: t('contract.unitPrice') },
                      { value: 'percentOff', label: t('contract.percentOff') },
                    ]}
                  />
                </div>
              )}
              {effectiveKind === 'unitPrice' ? (
                <TextInput
                  label={t('contract.unitPriceIn', { currency: listing?.currency ?? '' })}
                  inputMode="decimal"
                  required
                  {...form.getInputProps('unitPrice')}
                />
              ) : (
                <TextInput label={t('contract.percentOffLabel')} inputMode="decimal" required {...form.getInputProps('percentOff')} />
              )}
            </SimpleGrid>
            <ProblemAlert problems={problems} />
            <Group>
              <Button type="submit" loading={fetching}>
                {t('contract.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Title order={2} size="h3">
        {t('contract.savedTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('contract.savedNote')}
      </Text>
      <LocalTable<ContractPrice>
        label={t('contract.savedTitle')}
        rows={saved}
        columns={columns}
        idAccessor="id"
        emptyText={t('contract.none')}
      />
    </Stack>
  );
}
