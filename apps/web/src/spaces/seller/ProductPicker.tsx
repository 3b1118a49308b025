import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FindProductsDocument } from './seller-operations';

/**
 * Picks a product by code or name among those on sale (the API has no product search of its
 * own yet); a product nobody lists yet is picked by pasting its id.
 */
export function ProductPicker({
  value,
  onChange,
  error,
  label,
  known,
}: {
  value: string;
  onChange(productId: string): void;
  error?: React.ReactNode;
  label: string;
  known?: { id: string; label: string };
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching }] = useQuery({
    query: FindProductsDocument,
    variables: { text: debounced },
    pause: debounced.trim().length < 2,
  });
  const options = useMemo(() => {
    const byId = new Map<string, string>();
    if (known) byId.set(known.id, known.label);
    for (const hit of data?.searchListings.hits ?? []) byId.set(hit.listing.productId, `${hit.productCode} · ${hit.productName}`);
    if (value && !byId.has(value)) byId.set(value, value);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (uuid.test(search.trim()) && !byId.has(search.trim())) byId.set(search.trim(), search.trim());
    return [...byId].map(([id, text]) => ({ value: id, label: text }));
  }, [data, known, value, search]);
  return (
    <Select
      label={label}
      description={t('listing.productHelp')}
      searchable
      required
      data={options}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={fetching ? t('common.loading') : t('listing.noProduct')}
      error={error}
      filter={({ options: all }) => all}
    />
  );
}
