import { Anchor, Badge, Select, Stack, Title } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert } from '../../components/problems';
import type { CompaniesQuery, CompanyStatus } from './gql/graphql';
import { CompaniesDocument } from './operator-operations';
import { TaxIdCheck } from './TaxIdCheck';

type Company = CompaniesQuery['companies'][number];

export const STATUS_COLOURS: Record<CompanyStatus, string> = {
  PENDING_REVIEW: 'yellow',
  APPROVED: 'green',
  SUSPENDED: 'red',
  REJECTED: 'gray',
};

/** Companies waiting for review first: legal name, tax id and what its check digits say; each opens its record. */
export function ModerationPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [status, setStatus] = useState<CompanyStatus | 'ALL'>('PENDING_REVIEW');
  const [{ data, fetching, error }] = useQuery({
    query: CompaniesDocument,
    variables: { status: status === 'ALL' ? null : status },
    requestPolicy: 'cache-and-network',
  });
  const columns = useMemo<DataTableColumn<Company>[]>(
    () => [
      {
        accessor: 'legalName',
        title: t('moderation.legalName'),
        sortable: true,
        render: (company) => (
          <Anchor component={Link} to={`/operate/companies/${company.id}`} size="sm">
            {company.legalName}
          </Anchor>
        ),
      },
      { accessor: 'tradingName', title: t('moderation.tradingName'), sortable: true },
      { accessor: 'country', title: t('moderation.country'), sortable: true },
      {
        accessor: 'taxId',
        title: t('moderation.taxId'),
        sortable: true,
        render: (company) => <TaxIdCheck country={company.country} taxId={company.taxId} />,
      },
      { accessor: 'kind', title: t('moderation.kind'), sortable: true, render: (company) => t(`companyKind.${company.kind}`) },
      {
        accessor: 'registeredAt',
        title: t('moderation.registeredAt'),
        sortable: true,
        render: (company) => dateTime(company.registeredAt),
      },
      {
        accessor: 'status',
        title: t('moderation.status'),
        sortable: true,
        render: (company) => (
          <Badge color={STATUS_COLOURS[company.status]} variant="light">
            {t(`companyStatus.${company.status}`)}
          </Badge>
        ),
      },
    ],
    [t, dateTime],
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('moderation.title')}
      </Title>
      <ProblemAlert problems={problemsOf(error)} />
      <LocalTable<Company>
        label={t('moderation.title')}
        rows={data?.companies ?? []}
        columns={columns}
        idAccessor="id"
        fetching={fetching && !data}
        initialSort={{ column: 'registeredAt', direction: 'asc' }}
        emptyText={t('moderation.none')}
        filters={
          <Select
            label={t('moderation.status')}
            value={status}
            onChange={(value) => setStatus((value as CompanyStatus | 'ALL') ?? 'PENDING_REVIEW')}
            allowDeselect={false}
            data={[
              ...(['PENDING_REVIEW', 'APPROVED', 'SUSPENDED', 'REJECTED'] as const).map((value) => ({
                value,
                label: t(`companyStatus.${value}`),
              })),
              { value: 'ALL', label: t('moderation.allStatuses') },
            ]}
            w={200}
          />
        }
      />
    </Stack>
  );
}
