import { Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert } from '../../components/problems';
import type { LedgerAccountKind, LedgerAccountsQuery } from './gql/graphql';
import { LedgerAccountEntriesDocument, LedgerAccountsDocument, TrialBalanceDocument } from './finance-operations';

type Account = LedgerAccountsQuery['ledgerAccounts'][number];
const KINDS: LedgerAccountKind[] = [
  'BUYER_RECEIVABLE',
  'CASH_AT_BANK',
  'PLATFORM_COMMISSION_INCOME',
  'PLATFORM_PROMOTIONS',
  'PLATFORM_RETURNS',
  'REFUNDS_PAYABLE',
  'RETURN_LABELS',
  'SELLER_PAYABLE_AVAILABLE',
  'SELLER_PAYABLE_PENDING',
];

/** The trial balance per currency, by account kind; every total nets to zero. */
function TrialBalances() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [{ data, error }] = useQuery({ query: TrialBalanceDocument, variables: {}, requestPolicy: 'cache-and-network' });
  return (
    <Stack gap="xs">
      <ProblemAlert problems={problemsOf(error)} />
      {data?.trialBalance.length === 0 && <Text c="dimmed">{t('ledger.nothingPosted')}</Text>}
      {data?.trialBalance.map((balance) => (
        <Card withBorder key={balance.currency} data-testid="trial-balance">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('ledger.trialBalanceIn', { currency: balance.currency })}
            </Title>
            <Badge color={balance.netMinor === 0 ? 'green' : 'red'} variant="light" data-testid="trial-balance-net">
              {balance.netMinor === 0 ? t('ledger.balanced') : t('ledger.unbalanced', { net: money(balance.netMinor, balance.currency) })}
            </Badge>
          </Group>
          <Table striped aria-label={t('ledger.trialBalanceIn', { currency: balance.currency })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.kind')}</Table.Th>
                <Table.Th ta="right">{t('ledger.accounts')}</Table.Th>
                <Table.Th ta="right">{t('ledger.debits')}</Table.Th>
                <Table.Th ta="right">{t('ledger.credits')}</Table.Th>
                <Table.Th ta="right">{t('ledger.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balance.rows.map((row) => (
                <Table.Tr key={row.kind}>
                  <Table.Td>{t(`ledgerKind.${row.kind}`)}</Table.Td>
                  <Table.Td ta="right">{row.accounts}</Table.Td>
                  <Table.Td ta="right">{money(row.debitsMinor, balance.currency)}</Table.Td>
                  <Table.Td ta="right">{money(row.creditsMinor, balance.currency)}</Table.Td>
                  <Table.Td ta="right">
                    {money(row.balanceMinor, balance.currency)} {t(`ledger.side.${row.normalSide}` as never)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('returns.total')}</Table.Th>
                <Table.Th />
                <Table.Th ta="right">{money(balance.totalDebitsMinor, balance.currency)}</Table.Th>
                <Table.Th ta="right">{money(balance.totalCreditsMinor, balance.currency)}</Table.Th>
                <Table.Th ta="right">{money(balance.netMinor, balance.currency)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}

/** One account's balance and its entries, newest first, each with every posting. */
function AccountEntries({ accountKey }: { accountKey: string }) {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const [{ data, error }] = useQuery({
    query: LedgerAccountEntriesDocument,
    variables: { accountKey },
    requestPolicy: 'cache-and-network',
  });
  const view = data?.ledgerAccountEntries;
  return (
    <Card withBorder data-testid="account-entries">
      <Title order={2} size="h4">
        {t('ledger.entriesOf', { key: accountKey })}
      </Title>
      <ProblemAlert problems={problemsOf(error)} />
      {view && (
        <>
          <Text size="sm">
            {t('ledger.accountFigures', {
              balance: money(view.account.balanceMinor, view.account.currency),
              debits: money(view.account.debitsMinor, view.account.currency),
              credits: money(view.account.creditsMinor, view.account.currency),
            })}
          </Text>
          <Table striped mt="xs" aria-label={t('ledger.entriesOf', { key: accountKey })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.when')}</Table.Th>
                <Table.Th>{t('ledger.cause')}</Table.Th>
                <Table.Th>{t('ledger.postings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{dateTime(entry.occurredAt)}</Table.Td>
                  <Table.Td>
                    {t(`ledgerCause.${entry.causeType}`)}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {entry.causeId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.postings.map((posting, index) => (
                      <Text size="xs" key={index} fw={posting.accountKey === accountKey ? 700 : undefined}>
                        {posting.debitMinor ? `${t('ledger.dr')} ${money(posting.debitMinor, entry.currency)}` : ''}
                        {posting.creditMinor ? `${t('ledger.cr')} ${money(posting.creditMinor, entry.currency)}` : ''} ·{' '}
                        {posting.accountKey}
                        {posting.memo ? ` (${posting.memo})` : ''}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {view.entries.length === 0 && <Text c="dimmed">{t('ledger.noEntries')}</Text>}
        </>
      )}
    </Card>
  );
}

/** The ledger for operators: the trial balance, accounts by kind, currency or company, and any account's entries. */
export function LedgerPage() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const [kind, setKind] = useState<string | null>(null);
  const [companyId, setCompanyId] = useState('');
  const [nonZeroOnly, setNonZeroOnly] = useState(true);
  const [selected, setSelected] = useState<string | undefined>();
  const [accountKey, setAccountKey] = useState('');
  const company = /^[0-9a-f-]{36}$/i.test(companyId.trim()) ? companyId.trim() : null;
  const [{ data, error, fetching }] = useQuery({
    query: LedgerAccountsDocument,
    variables: { kind: (kind as LedgerAccountKind | null) ?? null, companyId: company, nonZeroOnly },
    requestPolicy: 'cache-and-network',
  });
  const columns = useMemo<DataTableColumn<Account>[]>(
    () => [
      {
        accessor: 'key',
        title: t('ledger.key'),
        sortable: true,
        render: (account) => (
          <Button variant="subtle" size="compact-xs" ff="monospace" onClick={() => setSelected(account.key)}>
            {account.key}
          </Button>
        ),
      },
      { accessor: 'kind', title: t('ledger.kind'), sortable: true, render: (account) => t(`ledgerKind.${account.kind}`) },
      {
        accessor: 'debitsMinor',
        title: t('ledger.debits'),
        sortable: true,
        textAlign: 'right',
        render: (a) => money(a.debitsMinor, a.currency),
      },
      {
        accessor: 'creditsMinor',
        title: t('ledger.credits'),
        sortable: true,
        textAlign: 'right',
        render: (a) => money(a.creditsMinor, a.currency),
      },
      {
        accessor: 'balanceMinor',
        title: t('ledger.balance'),
        sortable: true,
        textAlign: 'right',
        render: (a) => money(a.balanceMinor, a.currency),
      },
    ],
    [t, money],
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('ledger.title')}
      </Title>
      <TrialBalances />
      <Title order={2} size="h3">
        {t('ledger.accountsTitle')}
      </Title>
      <ProblemAlert problems={problemsOf(error)} />
      <LocalTable
        label={t('ledger.accountsTitle')}
        rows={data?.ledgerAccounts ?? []}
        columns={columns}
        idAccessor="key"
        fetching={fetching && !data}
        initialSort={{ column: 'key', direction: 'asc' }}
        emptyText={t('ledger.noAccounts')}
        searchText={(account) => `${account.key} ${account.kind}`}
        filters={
          <>
            <Select
              label={t('ledger.kind')}
              placeholder={t('ledger.anyKind')}
              clearable
              value={kind}
              onChange={setKind}
              data={KINDS.map((value) => ({ value, label: t(`ledgerKind.${value}`) }))}
              w={240}
            />
            <TextInput
              label={t('ledger.companyId')}
              value={companyId}
              onChange={(event) => setCompanyId(event.currentTarget.value)}
              w={320}
            />
            <Checkbox
              label={t('ledger.nonZeroOnly')}
              checked={nonZeroOnly}
              onChange={(event) => setNonZeroOnly(event.currentTarget.checked)}
              mb={8}
            />
          </>
        }
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (accountKey.trim()) setSelected(accountKey.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('ledger.anyAccount')}
            description={t('ledger.anyAccountHelp')}
            value={accountKey}
            onChange={(event) => setAccountKey(event.currentTarget.value)}
            w={420}
          />
          <Button type="submit" variant="light">
            {t('ledger.showEntries')}
          </Button>
        </Group>
      </form>
      {selected && <AccountEntries accountKey={selected} />}
    </Stack>
  );
}
