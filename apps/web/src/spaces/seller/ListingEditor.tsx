import { ActionIcon, Button, Drawer, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { ProductPicker } from './ProductPicker';
import { emptyListingValues, listingFormField, listingFormValues, toListingInput, type ListingFormValues } from './listing-form';
import type { SellerListing } from './seller-listings';
import { SaveListingDocument } from './seller-operations';

const CURRENCIES = ['RUB', 'EUR', 'USD', 'CNY', 'KZT'];

/** Create or edit a listing (saved by SKU): terms, price breaks, minimum, lot multiple, stock and status. */
export function ListingEditor({
  listing,
  opened,
  onClose,
  onSaved,
}: {
  listing?: SellerListing;
  opened: boolean;
  onClose(): void;
  onSaved(listing: SellerListing): void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SaveListingDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm<ListingFormValues>({
    mode: 'controlled',
    initialValues: listing ? listingFormValues(listing) : emptyListingValues(),
  });
  const showProblems = useShowProblems(form, { rename: listingFormField });

  const submit = async (values: ListingFormValues) => {
    const checked = toListingInput(values);
    if (!checked.ok) {
      form.setErrors(
        Object.fromEntries(Object.entries(checked.problems).map(([field, problem]) => [field, t(`listingProblem.${problem}`)])),
      );
      return;
    }
    const result = await save({ input: checked.input, idempotencyKey: idempotency.keyFor(checked.input) });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      onSaved({ ...result.data.saveListing, productName: listing?.productName, productCode: listing?.productCode });
      onClose();
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        <Title order={2} size="h3">
          {listing ? t('listing.editTitle', { sku: listing.sellerSku }) : t('listing.newTitle')}
        </Title>
      }
    >
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label={t('listing.sku')} required disabled={!!listing} {...form.getInputProps('sellerSku')} />
            <ProductPicker
              label={t('listing.product')}
              value={form.values.productId}
              onChange={(id) => form.setFieldValue('productId', id)}
              error={form.errors.productId}
              known={
                listing
                  ? { id: listing.productId, label: `${listing.productCode ?? ''} · ${listing.productName ?? listing.productId}` }
                  : undefined
              }
            />
            <TextInput label={t('listing.region')} required {...form.getInputProps('region')} />
            <Select label={t('listing.currency')} data={CURRENCIES} allowDeselect={false} {...form.getInputProps('currency')} />
            <TextInput
              label={t('listing.unitPrice')}
              description={t('listing.unitPriceHelp')}
              inputMode="decimal"
              required
              {...form.getInputProps('unitPrice')}
            />
            <NumberInput label={t('listing.onHand')} min={0} allowDecimal={false} {...form.getInputProps('onHand')} />
            <NumberInput label={t('listing.moq')} min={1} allowDecimal={false} {...form.getInputProps('minimumOrderQuantity')} />
            <NumberInput
              label={t('listing.lotMultiple')}
              description={t('listing.lotMultipleHelp')}
              min={1}
              allowDecimal={false}
              {...form.getInputProps('lotMultiple')}
            />
            <NumberInput label={t('listing.leadTime')} min={0} max={365} allowDecimal={false} {...form.getInputProps('leadTimeDays')} />
            <Select
              label={t('listing.status')}
              data={(['ACTIVE', 'PAUSED', 'DRAFT'] as const).map((status) => ({ value: status, label: t(`listingStatus.${status}`) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600}>{t('listing.priceBreaks')}</Text>
            </legend>
            <Text size="sm" c="dimmed" mb="xs">
              {t('listing.priceBreaksHelp')}
            </Text>
            <Stack gap="xs">
              {form.values.priceBreaks.map((_row, index) => (
                <Group key={index} align="flex-start" wrap="nowrap">
                  <NumberInput
                    label={t('listing.breakFrom')}
                    min={1}
                    allowDecimal={false}
                    {...form.getInputProps(`priceBreaks.${index}.fromQuantity`)}
                  />
                  <TextInput
                    label={t('listing.breakPrice')}
                    inputMode="decimal"
                    {...form.getInputProps(`priceBreaks.${index}.unitPrice`)}
                  />
                  <ActionIcon
                    mt={26}
                    variant="subtle"
                    color="red"
                    aria-label={t('listing.removeBreak', { index: index + 1 })}
                    onClick={() => form.removeListItem('priceBreaks', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button variant="light" size="xs" onClick={() => form.insertListItem('priceBreaks', { fromQuantity: '', unitPrice: '' })}>
                  {t('listing.addBreak')}
                </Button>
              </Group>
            </Stack>
          </fieldset>
          <ProblemAlert problems={problems} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('listing.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
