import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert } from '../../components/problems';
import type { ModerationLogFilter, ModerationLogQuery, ModerationLogAction } from './gql/graphql';
import { CompaniesDocument, ModerationLogDocument } from './operator-operations';

type Entry = ModerationLogQuery['moderationLog'][number];
const ACTIONS: ModerationLogAction[] = ['REGISTER', 'APPROVE', 'REJECT', 'SUSPEND', 'REINSTATE'];

type FilterValues = {
  companyId: string | null;
  action: string | null;
  operatorId: string | null;
  since: string;
  until: string;
  limit: number | string;
};

/** Every moderation step (who, when, from, to, why), filtered by company, action, operator and time. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [filter, setFilter] = useState<ModerationLogFilter>({ limit: 200 });
  const [{ data, fetching, error }] = useQuery({ query: ModerationLogDocument, variables: { filter }, requestPolicy: 'cache-and-network' });
  const [{ data: companies }] = useQuery({ query: CompaniesDocument, variables: { status: null } });
  const entries = useMemo(() => data?.moderationLog ?? [], [data]);
  // Operators are known from the entries shown (the API has no list of operators).
  const operatorOptions = useMemo(
    () =>
      [
        ...new Map(
          entries
            .filter((entry) => entry.operatorId)
            .map((entry) => [entry.operatorId as string, entry.operatorEmail ?? (entry.operatorId as string)]),
        ),
      ].map(([value, label]) => ({ value, label })),
    [entries],
  );

  const form = useForm<FilterValues>({
    mode: 'uncontrolled',
    initialValues: { companyId: null, action: null, operatorId: null, since: '', until: '', limit: 200 },
  });
  const apply = (values: FilterValues) =>
    setFilter({
      companyId: values.companyId || undefined,
      action: (values.action as ModerationLogAction | null) || undefined,
      operatorId: values.operatorId || undefined,
      since: values.since ? new Date(values.since).toISOString() : undefined,
      until: values.until ? new Date(values.until).toISOString() : undefined,
      limit: Number(values.limit) || 200,
    });

  const columns = useMemo<DataTableColumn<Entry>[]>(
    () => [
      { accessor: 'occurredAt', title: t('audit.when'), sortable: true, render: (entry) => dateTime(entry.occurredAt) },
      { accessor: 'companyName', title: t('audit.company'), sortable: true },
      { accessor: 'action', title: t('audit.action'), sortable: true, render: (entry) => t(`moderationAction.${entry.action}`) },
      {
        accessor: 'to',
        title: t('audit.change'),
        sortable: true,
        render: (entry) => `${entry.from ? `${t(`companyStatus.${entry.from}`)} → ` : ''}${t(`companyStatus.${entry.to}`)}`,
      },
      { accessor: 'operatorEmail', title: t('audit.operator'), sortable: true, render: (entry) => entry.operatorEmail ?? '—' },
      { accessor: 'reason', title: t('audit.reason') },
    ],
    [t, dateTime],
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit(apply)} aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
          <Select
            label={t('audit.company')}
            data={(companies?.companies ?? []).map((company) => ({ value: company.id, label: company.legalName }))}
            searchable
            clearable
            key={form.key('companyId')}
            {...form.getInputProps('companyId')}
          />
          <Select
            label={t('audit.action')}
            data={ACTIONS.map((action) => ({ value: action, label: t(`moderationAction.${action}`) }))}
            clearable
            key={form.key('action')}
            {...form.getInputProps('action')}
          />
          <Select
            label={t('audit.operator')}
            data={operatorOptions}
            searchable
            clearable
            key={form.key('operatorId')}
            {...form.getInputProps('operatorId')}
          />
          <TextInput label={t('audit.since')} type="datetime-local" key={form.key('since')} {...form.getInputProps('since')} />
          <TextInput label={t('audit.until')} type="datetime-local" key={form.key('until')} {...form.getInputProps('until')} />
          <NumberInput label={t('audit.limit')} min={1} max={1000} key={form.key('limit')} {...form.getInputProps('limit')} />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.apply')}</Button>
        </Group>
      </form>
      <ProblemAlert problems={problemsOf(error)} />
      <LocalTable<Entry>
        label={t('audit.title')}
        rows={entries}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'occurredAt', direction: 'desc' }}
        emptyText={t('audit.none')}
      />
    </Stack>
  );
}
