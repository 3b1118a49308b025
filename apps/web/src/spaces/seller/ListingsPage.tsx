import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { problemsOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProductName, useProduct } from '../../components/product';
import { ProblemAlert, useProblemText } from '../../components/problems';
import { ListingEditor } from './ListingEditor';
import { withStatus } from './listing-form';
import { useSellerListings, type SellerListing } from './seller-listings';
import { SaveListingDocument } from './seller-operations';

const STATUS_COLOURS = { ACTIVE: 'green', PAUSED: 'yellow', DRAFT: 'gray' } as const;

function OnHand({ listing }: { listing: SellerListing }) {
  const product = useProduct(listing.productId);
  const { quantity } = useFormat();
  return <>{quantity(listing.onHand, product?.baseUnit)}</>;
}

/** The seller's listings: create, edit, pause and resume; each with its price breaks, minimum and lot multiple. */
export function ListingsPage() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const client = useClient();
  const problemText = useProblemText();
  const { listings, loading, problems, remember } = useSellerListings();
  const [editing, setEditing] = useState<SellerListing | 'new' | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const setStatus = async (listing: SellerListing, status: SellerListing['status']) => {
    setBusy(listing.id);
    const result = await client
      .mutation(SaveListingDocument, { input: withStatus(listing, status), idempotencyKey: crypto.randomUUID() })
      .toPromise();
    setBusy(undefined);
    if (result.data) {
      remember({ ...listing, ...result.data.saveListing });
      notifications.show({
        color: 'green',
        message: t(status === 'PAUSED' ? 'listing.paused' : 'listing.resumed', { sku: listing.sellerSku }),
      });
    } else
      notifications.show({ color: 'red', title: t('listing.saveFailed'), message: problemsOf(result.error).map(problemText).join(' ') });
  };

  const columns = useMemo<DataTableColumn<SellerListing>[]>(
    () => [
      { accessor: 'sellerSku', title: t('listing.sku'), sortable: true },
      {
        accessor: 'productName',
        title: t('listing.product'),
        sortable: true,
        render: (listing) => listing.productName ?? <ProductName productId={listing.productId} />,
      },
      { accessor: 'region', title: t('listing.region'), sortable: true },
      {
        accessor: 'unitPriceMinor',
        title: t('listing.unitPrice'),
        sortable: true,
        textAlign: 'right',
        render: (listing) => money(listing.unitPriceMinor, listing.currency),
      },
      {
        accessor: 'priceBreaks',
        title: t('listing.priceBreaks'),
        render: (listing) =>
          listing.priceBreaks.length === 0 ? (
            '—'
          ) : (
            <Text size="xs">
              {listing.priceBreaks
                .map((priceBreak) =>
                  t('listing.breakText', { from: priceBreak.fromQuantity, price: money(priceBreak.unitPriceMinor, listing.currency) }),
                )
                .join('; ')}
            </Text>
          ),
      },
      {
        accessor: 'minimumOrderQuantity',
        title: t('listing.moqShort'),
        sortable: true,
        textAlign: 'right',
        render: (listing) => `${listing.minimumOrderQuantity} / ${listing.lotMultiple}`,
      },
      {
        accessor: 'onHand',
        title: t('listing.onHand'),
        sortable: true,
        textAlign: 'right',
        render: (listing) => <OnHand listing={listing} />,
      },
      {
        accessor: 'status',
        title: t('listing.status'),
        sortable: true,
        noWrap: true,
        render: (listing) => (
          <Badge color={STATUS_COLOURS[listing.status]} variant="light">
            {t(`listingStatus.${listing.status}`)}
          </Badge>
        ),
      },
      {
        accessor: 'actions',
        title: t('common.actions'),
        render: (listing) => (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setEditing(listing)}
              aria-label={t('listing.editSku', { sku: listing.sellerSku })}
            >
              {t('listing.edit')}
            </Button>
            {listing.status === 'ACTIVE' ? (
              <Button
                size="compact-xs"
                variant="light"
                color="yellow"
                loading={busy === listing.id}
                onClick={() => void setStatus(listing, 'PAUSED')}
                aria-label={t('listing.pauseSku', { sku: listing.sellerSku })}
              >
                {t('listing.pause')}
              </Button>
            ) : (
              <Button
                size="compact-xs"
                variant="light"
                color="green"
                loading={busy === listing.id}
                onClick={() => void setStatus(listing, 'ACTIVE')}
                aria-label={t('listing.resumeSku', { sku: listing.sellerSku })}
              >
                {t('listing.resume')}
              </Button>
            )}
          </Group>
        ),
      },
    ],
    // setStatus and busy change the buttons only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, money, busy],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('listing.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('listing.new')}</Button>
      </Group>
      <Alert color="gray" variant="light">
        {t('listing.searchOnlyNote')}
      </Alert>
      <ProblemAlert problems={problems} />
      <LocalTable<SellerListing>
        label={t('listing.title')}
        rows={listings}
        columns={columns}
        idAccessor="id"
        fetching={loading && listings.length === 0}
        initialSort={{ column: 'sellerSku', direction: 'asc' }}
        emptyText={t('listing.none')}
        searchText={(listing) => [listing.sellerSku, listing.productName, listing.productCode, listing.region, listing.status].join(' ')}
      />
      {editing && (
        <ListingEditor
          key={editing === 'new' ? 'new' : editing.id}
          opened
          listing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(listing) => {
            remember(listing);
            notifications.show({ color: 'green', message: t('listing.saved', { sku: listing.sellerSku }) });
          }}
        />
      )}
    </Stack>
  );
}
