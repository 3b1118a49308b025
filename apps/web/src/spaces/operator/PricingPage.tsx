import { ActionIcon, Alert, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { parseAmount } from '../../format/money';
import { formatPercent } from '../../format/percent';
import type { PricingTablesFieldsFragment } from './gql/graphql';
import { loyaltyTierRows, loyaltyTiersInput, rateBasisPoints, type LoyaltyTierRow, type TierProblem } from './pricing';
import { PricingTablesDocument, SetApprovalExpiryDocument, SetCommissionRateDocument, SetLoyaltyTiersDocument } from './pricing-operations';

const CURRENCIES = ['RUB', 'EUR', 'USD', 'CNY', 'KZT', 'BYN'];
const TIER_PROBLEMS: readonly TierProblem[] = ['NOT_A_PERCENT', 'NEGATIVE_BOUND', 'NOT_ASCENDING'];

/** The commission per category and the default for the rest, and a form to set either. */
function CommissionRates({
  tables,
  categories,
  categoryPath,
  onSaved,
}: {
  tables: PricingTablesFieldsFragment;
  categories: readonly { value: string; label: string }[];
  categoryPath: (id: string) => string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SetCommissionRateDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { categoryId: '', rate: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { INVALID_RATE: 'rate', UNKNOWN_CATEGORY: 'categoryId' } });
  const rateOf = (categoryId: string) =>
    tables.categoryCommissions.find((commission) => commission.categoryId === categoryId)?.rateBp ?? tables.defaultCommissionRateBp;
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const rate = rateBasisPoints(values.rate);
    if (!rate.ok) return form.setFieldError('rate', t(`pricing.problem.${rate.problem}`));
    const variables = { categoryId: values.categoryId || null, rateBp: rate.rateBp };
    const result = await save({ ...variables, idempotencyKey: idempotency.keyFor(variables) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.reset();
    onSaved();
    notifications.show({
      color: 'green',
      message: values.categoryId
        ? t('pricing.commissionSaved', { category: categoryPath(values.categoryId), rate: formatPercent(rate.rateBp, locale) })
        : t('pricing.defaultCommissionSaved', { rate: formatPercent(rate.rateBp, locale) }),
    });
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('pricing.commissionTitle')}
        </Title>
        <Text size="sm" data-testid="default-commission">
          {t('pricing.defaultCommission', { rate: formatPercent(tables.defaultCommissionRateBp, locale) })}
        </Text>
        {tables.categoryCommissions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pricing.noCategoryCommissions')}
          </Text>
        ) : (
          <Table striped aria-label={t('pricing.commissionTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pricing.category')}</Table.Th>
                <Table.Th ta="right">{t('pricing.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tables.categoryCommissions.map((commission) => (
                <Table.Tr key={commission.categoryId}>
                  <Table.Td>{categoryPath(commission.categoryId)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(commission.rateBp, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="commission-form">
          <Group align="flex-start">
            <Select
              label={t('pricing.category')}
              description={t('pricing.categoryHelp')}
              placeholder={t('pricing.defaultForAll')}
              data={categories}
              searchable
              clearable
              w={380}
              {...form.getInputProps('categoryId')}
              onChange={(value) => form.setFieldValue('categoryId', value ?? '')}
            />
            <TextInput
              label={t('pricing.newRate')}
              description={t('pricing.rateNow', { rate: formatPercent(rateOf(form.values.categoryId), locale) })}
              required
              w={220}
              {...form.getInputProps('rate')}
            />
          </Group>
          <ProblemAlert problems={problems} />
          <Group mt="sm">
            <Button type="submit" loading={fetching}>
              {t('pricing.setCommission')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}

/** A bound of a tier in the currency's format, or as the API wrote it when it is not an amount. */
function useBound(currency: string) {
  const { money } = useFormat();
  return (major: string) => {
    const parsed = parseAmount(major, currency, { positive: false });
    return parsed.ok ? money(parsed.minorUnits, currency) : major;
  };
}

/** A currency's loyalty tiers in force, and an editor that replaces the whole table. */
function LoyaltyTiers({ tables, currency, onSaved }: { tables: PricingTablesFieldsFragment; currency: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const bound = useBound(currency);
  const inForce = tables.loyaltyTiers.find((table) => table.currency === currency)?.tiers;
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SetLoyaltyTiersDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm<{ tiers: LoyaltyTierRow[] }>({
    mode: 'controlled',
    initialValues: { tiers: inForce ? loyaltyTierRows(inForce) : [{ from: '0', fromInclusive: true, rate: '' }] },
  });
  const showProblems = useShowProblems(form, {
    // The service names the tier at fault (tiers[1]); its start is what a table typed here gets wrong.
    rename: (field) => field.replace(/^tiers\[(\d+)\]$/, 'tiers.$1.from'),
  });
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = loyaltyTiersInput(values.tiers, currency);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems))
        form.setFieldError(
          field,
          TIER_PROBLEMS.includes(problem) ? t(`pricing.problem.${problem}` as never) : t(`amountProblem.${problem}` as never),
        );
      return;
    }
    const variables = { currency, tiers: read.tiers };
    const result = await save({ ...variables, idempotencyKey: idempotency.keyFor(variables) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.resetDirty();
    notifications.show({ color: 'green', message: t('pricing.tiersSaved', { currency }) });
    onSaved();
  };
  return (
    <Stack gap="sm">
      {inForce ? (
        <Table striped aria-label={t('pricing.tiersInForce', { currency })} data-testid="loyalty-tiers-in-force">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.purchases')}</Table.Th>
              <Table.Th ta="right">{t('pricing.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inForce.map((tier, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  {t(tier.fromInclusive ? 'pricing.fromInclusive' : 'pricing.fromExclusive', { amount: bound(tier.fromMajor) })}{' '}
                  {tier.toMajor === null
                    ? t('pricing.andAbove')
                    : t(tier.toInclusive ? 'pricing.toInclusive' : 'pricing.toExclusive', { amount: bound(tier.toMajor) })}
                </Table.Td>
                <Table.Td ta="right">{formatPercent(tier.rateBp, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Alert color="gray" variant="light">
          {t('pricing.defaultTiers', { currency })}
        </Alert>
      )}
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="loyalty-tiers-form">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('pricing.tiersHelp')}
          </Text>
          {form.values.tiers.map((_, index) => (
            <Group key={form.key(`tiers.${index}`)} align="flex-start">
              <TextInput
                label={t('pricing.tierFrom', { n: index + 1, currency })}
                disabled={index === 0}
                w={220}
                {...form.getInputProps(`tiers.${index}.from`)}
              />
              <Checkbox
                mt={32}
                label={t('pricing.includesBound')}
                disabled={index === 0}
                {...form.getInputProps(`tiers.${index}.fromInclusive`, { type: 'checkbox' })}
              />
              <TextInput label={t('pricing.tierRate')} required w={160} {...form.getInputProps(`tiers.${index}.rate`)} />
              {index > 0 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('pricing.removeTier', { n: index + 1 })}
                  onClick={() => form.removeListItem('tiers', index)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => form.insertListItem('tiers', { from: '', fromInclusive: true, rate: '' })}
            >
              {t('pricing.addTier')}
            </Button>
          </Group>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('pricing.saveTiers', { currency })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** How long a purchase or bid waits for an approver before it lapses, and a form to change it (whole hours). */
function ApprovalExpiry({ tables, onSaved }: { tables: PricingTablesFieldsFragment; onSaved: () => void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, save] = useMutation(SetApprovalExpiryDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { hours: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { INVALID_INPUT: 'hours' } });
  const hoursNow = tables.approvalExpirySeconds / 3600;
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const hours = Number(values.hours.trim());
    if (!/^\d+$/.test(values.hours.trim()) || hours < 1 || hours > 2160)
      return form.setFieldError('hours', t('pricing.approvalHoursProblem'));
    const result = await save({ hours, idempotencyKey: idempotency.keyFor({ hours }) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.reset();
    onSaved();
    notifications.show({ color: 'green', message: t('pricing.approvalExpirySaved', { hours }) });
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="approval-expiry-form">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('pricing.approvalExpiryTitle')}
          </Title>
          <Text size="sm" data-testid="approval-expiry">
            {t(tables.approvalExpirySetByOperator ? 'pricing.approvalExpiryNow' : 'pricing.approvalExpiryDefault', {
              hours: Number.isInteger(hoursNow) ? hoursNow : hoursNow.toFixed(2),
            })}
          </Text>
          <TextInput
            label={t('pricing.approvalHours')}
            description={t('pricing.approvalHoursHelp')}
            required
            inputMode="numeric"
            w={220}
            {...form.getInputProps('hours')}
          />
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('pricing.setApprovalExpiry')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The commission per category and the loyalty tiers per currency, as in force, each with its form. */
export function PricingPage() {
  const { t } = useTranslation();
  const [currency, setCurrency] = useState('RUB');
  const [{ data, error }, refetch] = useQuery({ query: PricingTablesDocument, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [{ data: categories }] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-and-network' });
  const paths = new Map((categories?.categories ?? []).map((category) => [category.id, category.path.join(' › ')]));
  const categoryPath = (id: string) => paths.get(id) ?? id;
  const tables = data?.pricingTables;
  const currencies = [...new Set([...CURRENCIES, ...(tables?.loyaltyTiers ?? []).map((table) => table.currency)])];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('pricing.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('pricing.explain')}
      </Text>
      <ProblemAlert problems={problemsOf(error)} />
      {tables && (
        <CommissionRates
          tables={tables}
          categories={[...paths].map(([value, label]) => ({ value, label }))}
          categoryPath={categoryPath}
          onSaved={reload}
        />
      )}
      {tables && <ApprovalExpiry tables={tables} onSaved={reload} />}
      {tables && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h3">
                {t('pricing.tiersTitle')}
              </Title>
              <Select
                label={t('pricing.currency')}
                value={currency}
                allowDeselect={false}
                onChange={(value) => setCurrency(value ?? 'RUB')}
                data={currencies}
                w={140}
              />
            </Group>
            <LoyaltyTiers
              key={`${currency}:${JSON.stringify(tables.loyaltyTiers.find((table) => table.currency === currency) ?? null)}`}
              tables={tables}
              currency={currency}
              onSaved={reload}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
