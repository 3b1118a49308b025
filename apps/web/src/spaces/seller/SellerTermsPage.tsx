import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { useSignedIn } from '../../session/SessionProvider';
import type { SellerTermsFieldsFragment } from './gql/graphql';
import { isTermsProblem, sellerTermsForm, sellerTermsInput } from './seller-terms';
import { MySellerTermsDocument, SetSellerTermsDocument } from './terms-operations';

const CURRENCIES = ['RUB', 'EUR', 'USD', 'CNY', 'KZT', 'BYN'];

/** The form's name for an input the API names (input.shippingFees.1.feeMinor → shippingFees.1.fee). */
function formField(apiField: string): string {
  const field = apiField.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
  const renames: [RegExp, string][] = [
    [/^shippingFees\.(\d+)\.feeMinor$/, 'shippingFees.$1.fee'],
    [/^volumeDiscount\.thresholdMinor$/, 'volumeThreshold'],
    [/^volumeDiscount\.rateBp$/, 'volumeRate'],
    [/^freeShippingFromNetMinor$/, 'freeShippingFrom'],
    [/^restockingRateBp$/, 'restockingRate'],
  ];
  for (const [pattern, name] of renames) if (pattern.test(field)) return field.replace(pattern, name);
  return field;
}

/** The seller's terms in one currency: volume discount, shipping fee per region and free-from amount, return window, restocking rate. */
function TermsForm({ terms, policyWindowDays }: { terms: SellerTermsFieldsFragment; policyWindowDays: number }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SetSellerTermsDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: sellerTermsForm(terms) });
  const showProblems = useShowProblems(form, {
    rename: formField,
    fieldOf: { UNKNOWN_CURRENCY: 'currency', INVALID_RETURN_WINDOW: 'returnWindowDays', INVALID_RATE: 'restockingRate' },
  });
  const currency = terms.currency;
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = sellerTermsInput(values);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems))
        form.setFieldError(field, isTermsProblem(problem) ? t(`sellerTerms.problem.${problem}`) : t(`amountProblem.${problem}`));
      return;
    }
    const result = await save({ input: read.input, idempotencyKey: idempotency.keyFor(read.input) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.setValues(sellerTermsForm(result.data.setSellerTerms));
    form.resetDirty();
    notifications.show({ color: 'green', message: t('sellerTerms.saved', { currency }) });
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="seller-terms-form">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('sellerTerms.volumeTitle')}
          </Title>
          <Checkbox label={t('sellerTerms.volumeDiscount')} {...form.getInputProps('volumeDiscount', { type: 'checkbox' })} />
          {form.values.volumeDiscount && (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('sellerTerms.volumeThreshold', { currency })}
                description={t('sellerTerms.volumeThresholdHelp')}
                required
                {...form.getInputProps('volumeThreshold')}
              />
              <TextInput
                label={t('sellerTerms.volumeRate')}
                description={t('sellerTerms.percentHelp')}
                required
                {...form.getInputProps('volumeRate')}
              />
            </SimpleGrid>
          )}
          <Title order={2} size="h4">
            {t('sellerTerms.shippingTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sellerTerms.shippingHelp')}
          </Text>
          {form.values.shippingFees.map((_, index) => (
            <Group key={form.key(`shippingFees.${index}`)} align="flex-start">
              <TextInput label={t('sellerTerms.region')} required w={220} {...form.getInputProps(`shippingFees.${index}.region`)} />
              <TextInput label={t('sellerTerms.fee', { currency })} required w={220} {...form.getInputProps(`shippingFees.${index}.fee`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('sellerTerms.removeRegion', { n: index + 1 })}
                onClick={() => form.removeListItem('shippingFees', index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="compact-sm" onClick={() => form.insertListItem('shippingFees', { region: '', fee: '' })}>
              {t('sellerTerms.addRegion')}
            </Button>
          </Group>
          <TextInput
            label={t('sellerTerms.freeShippingFrom', { currency })}
            description={t('sellerTerms.freeShippingHelp')}
            w={320}
            {...form.getInputProps('freeShippingFrom')}
          />
          <Title order={2} size="h4">
            {t('sellerTerms.returnsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('sellerTerms.returnWindowDays')}
              description={t('sellerTerms.returnWindowHelp', { days: policyWindowDays })}
              inputMode="numeric"
              {...form.getInputProps('returnWindowDays')}
            />
            <TextInput
              label={t('sellerTerms.restockingRate')}
              description={t('sellerTerms.percentHelp')}
              {...form.getInputProps('restockingRate')}
            />
          </SimpleGrid>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('sellerTerms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The seller's own terms per currency, and how often it is paid out (set by operators). */
export function SellerTermsPage() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const [currency, setCurrency] = useState('RUB');
  const companyId = session.actor.companyId ?? '';
  const [{ data, error }] = useQuery({
    query: MySellerTermsDocument,
    variables: { sellerCompanyId: companyId, currency },
    pause: !companyId,
    requestPolicy: 'cache-and-network',
  });
  const terms = data?.sellerTerms.currency === currency ? data.sellerTerms : undefined;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('sellerTerms.title')}
        </Title>
        <Select
          label={t('sellerTerms.currency')}
          value={currency}
          allowDeselect={false}
          onChange={(value) => setCurrency(value ?? 'RUB')}
          data={CURRENCIES}
          w={140}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('sellerTerms.explain')}
      </Text>
      {data && (
        <Text size="sm" data-testid="payout-terms">
          {t('sellerTerms.payoutTerms', { days: data.payoutTerms.periodDays })}
        </Text>
      )}
      <ProblemAlert problems={problemsOf(error)} />
      {terms && data && <TermsForm key={`${currency}`} terms={terms} policyWindowDays={data.returnPolicy.defaultReturnWindowDays} />}
    </Stack>
  );
}
