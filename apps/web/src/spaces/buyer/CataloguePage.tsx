import { Anchor, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { useFormat } from '../../components/format';
import { ProblemAlert } from '../../components/problems';
import { useProduct } from '../../components/product';
import { parseAmount } from '../../format/money';
import type { ListingSearchFilter, ListingSort, SearchListingsQuery } from './gql/graphql';
import { SearchListingsDocument } from './buyer-operations';

type Hit = SearchListingsQuery['searchListings']['hits'][number];

const PAGE_SIZE = 20;
const CURRENCIES = ['RUB', 'EUR', 'USD', 'CNY', 'KZT'];

function Available({ hit }: { hit: Hit }) {
  const product = useProduct(hit.listing.productId);
  const { quantity } = useFormat();
  return <>{quantity(hit.available, product?.baseUnit)}</>;
}

type FilterValues = {
  text: string;
  categoryId: string | null;
  region: string;
  currency: string;
  minPrice: string;
  maxPrice: string;
  inStockOnly: boolean;
};

/** Search what is on sale: text, category sub-tree, region, price range in a currency, stock; sorted by price or relevance; paged by cursor. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [{ data: categories }] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-first' });
  const [filter, setFilter] = useState<ListingSearchFilter>({ currency: 'RUB' });
  const [sort, setSort] = useState<ListingSort>('PRICE_ASC');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: SearchListingsDocument, variables: { filter, sort, first: PAGE_SIZE, after } });
  const page = data?.searchListings;

  const form = useForm<FilterValues>({
    mode: 'uncontrolled',
    initialValues: { text: '', categoryId: null, region: '', currency: 'RUB', minPrice: '', maxPrice: '', inStockOnly: false },
  });

  const categoryOptions = useMemo(
    () => (categories?.categories ?? []).map((category) => ({ value: category.id, label: category.path.join(' › ') })),
    [categories],
  );

  const apply = (values: FilterValues) => {
    form.clearErrors();
    const price = (field: 'minPrice' | 'maxPrice') => {
      if (!values[field].trim()) return undefined;
      const parsed = parseAmount(values[field], values.currency);
      if (!parsed.ok) {
        form.setFieldError(field, t(`amountProblem.${parsed.problem}`));
        return null;
      }
      return parsed.minorUnits;
    };
    const minPriceMinor = price('minPrice');
    const maxPriceMinor = price('maxPrice');
    if (minPriceMinor === null || maxPriceMinor === null) return;
    setFilter({
      text: values.text.trim() || undefined,
      categoryId: values.categoryId || undefined,
      region: values.region.trim() || undefined,
      currency: values.currency,
      minPriceMinor,
      maxPriceMinor,
      inStockOnly: values.inStockOnly,
    });
    if (values.text.trim() && sort !== 'RELEVANCE') setSort('RELEVANCE');
    setCursors([null]);
  };

  const sortStatus: DataTableSortStatus<Hit> = {
    columnAccessor: sort === 'RELEVANCE' ? 'relevance' : 'price',
    direction: sort === 'PRICE_DESC' ? 'desc' : sort === 'RELEVANCE' ? 'desc' : 'asc',
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('catalogue.title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit(apply)} aria-label={t('catalogue.filters')} role="search">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label={t('catalogue.text')}
            placeholder={t('catalogue.textPlaceholder')}
            key={form.key('text')}
            {...form.getInputProps('text')}
          />
          <Select
            label={t('catalogue.category')}
            data={categoryOptions}
            searchable
            clearable
            key={form.key('categoryId')}
            {...form.getInputProps('categoryId')}
          />
          <TextInput label={t('catalogue.region')} key={form.key('region')} {...form.getInputProps('region')} />
          <Select
            label={t('catalogue.currency')}
            data={CURRENCIES}
            allowDeselect={false}
            key={form.key('currency')}
            {...form.getInputProps('currency')}
          />
          <TextInput label={t('catalogue.minPrice')} inputMode="decimal" key={form.key('minPrice')} {...form.getInputProps('minPrice')} />
          <TextInput label={t('catalogue.maxPrice')} inputMode="decimal" key={form.key('maxPrice')} {...form.getInputProps('maxPrice')} />
          <Checkbox
            mt={30}
            label={t('catalogue.inStockOnly')}
            key={form.key('inStockOnly')}
            {...form.getInputProps('inStockOnly', { type: 'checkbox' })}
          />
          <Group mt={24} align="flex-end">
            <Button type="submit">{t('catalogue.search')}</Button>
            <Select
              aria-label={t('catalogue.sort')}
              value={sort}
              onChange={(value) => {
                setSort((value as ListingSort) ?? 'PRICE_ASC');
                setCursors([null]);
              }}
              allowDeselect={false}
              data={(['PRICE_ASC', 'PRICE_DESC', 'RELEVANCE'] as const).map((value) => ({ value, label: t(`catalogue.sortBy.${value}`) }))}
              w={190}
            />
          </Group>
        </SimpleGrid>
      </form>
      <ProblemAlert problems={problemsOf(error)} />
      <DataTable<Hit>
        aria-label={t('catalogue.results')}
        withTableBorder
        striped
        highlightOnHover
        minHeight={page?.hits.length ? undefined : 160}
        fetching={fetching}
        records={page?.hits ?? []}
        idAccessor={(hit) => hit.listing.id}
        noRecordsText={t('catalogue.nothing')}
        sortStatus={sortStatus}
        onSortStatusChange={(status) => {
          setSort(status.columnAccessor === 'relevance' ? 'RELEVANCE' : status.direction === 'desc' ? 'PRICE_DESC' : 'PRICE_ASC');
          setCursors([null]);
        }}
        columns={[
          {
            accessor: 'productName',
            title: t('catalogue.product'),
            render: (hit) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/buy/products/${hit.listing.productId}`} size="sm">
                  {hit.productName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {hit.productCode} · {hit.categoryPath.join(' › ')}
                </Text>
              </Stack>
            ),
          },
          { accessor: 'sellerTradingName', title: t('catalogue.seller') },
          { accessor: 'region', title: t('catalogue.region'), render: (hit) => hit.listing.region },
          {
            accessor: 'price',
            title: t('catalogue.listPrice'),
            sortable: true,
            textAlign: 'right',
            render: (hit) => money(hit.listing.unitPriceMinor, hit.listing.currency),
          },
          { accessor: 'available', title: t('catalogue.available'), textAlign: 'right', render: (hit) => <Available hit={hit} /> },
          {
            accessor: 'moq',
            title: t('catalogue.moq'),
            textAlign: 'right',
            render: (hit) => `${hit.listing.minimumOrderQuantity} / ${hit.listing.lotMultiple}`,
          },
          {
            accessor: 'leadTime',
            title: t('catalogue.leadTime'),
            textAlign: 'right',
            render: (hit) => t('catalogue.days', { days: hit.listing.leadTimeDays }),
          },
          {
            accessor: 'relevance',
            title: t('catalogue.relevance'),
            sortable: true,
            textAlign: 'right',
            render: (hit) => (hit.relevance === null || hit.relevance === undefined ? '' : hit.relevance.toFixed(2)),
          },
        ]}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('catalogue.page', { page: cursors.length })}
        </Text>
        <Group gap="xs">
          <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((list) => list.slice(0, -1))}>
            {t('table.previous')}
          </Button>
          <Button
            variant="default"
            disabled={!page?.hasNextPage || !page.endCursor}
            onClick={() => page?.endCursor && setCursors((list) => [...list, page.endCursor as string])}
          >
            {t('table.next')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
