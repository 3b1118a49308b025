import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { CommercialTermsForm } from './CommercialTermsForm';
import { PayoutTermsForm } from './PayoutTermsForm';
import { STATUS_COLOURS } from './ModerationPage';
import { CompanyDocument, ModerateCompanyDocument } from './operator-operations';
import { actionsFrom } from './tax-id';
import { TaxIdCheck } from './TaxIdCheck';

type Action = ReturnType<typeof actionsFrom>[number];
const ACTION_COLOURS: Record<Action, string> = { APPROVE: 'green', REJECT: 'red', SUSPEND: 'orange', REINSTATE: 'teal' };

/** One company's record and history; approve, reject, suspend or reinstate it, each with a written reason. */
export function CompanyPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const { dateTime, money } = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: CompanyDocument, variables: { id: companyId }, requestPolicy: 'cache-and-network' });
  const [action, setAction] = useState<Action | undefined>();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, moderate] = useMutation(ModerateCompanyDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length > 0 ? null : t('errors.REASON_REQUIRED')) },
  });
  const showProblems = useShowProblems(form);
  const company = data?.company;

  const submit = async ({ reason }: { reason: string }) => {
    if (!action) return;
    const result = await moderate({
      companyId,
      action,
      reason: reason.trim(),
      idempotencyKey: idempotency.keyFor({ companyId, action, reason }),
    });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      form.reset();
      setAction(undefined);
      notifications.show({
        color: 'green',
        message: t('moderation.done', { status: t(`companyStatus.${result.data.moderateCompany.status}`) }),
      });
      refetch({ requestPolicy: 'network-only' });
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  if (!company) return <ProblemAlert problems={problemsOf(error)} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {company.legalName}
        </Title>
        <Badge size="lg" color={STATUS_COLOURS[company.status]} variant="light" data-testid="company-status">
          {t(`companyStatus.${company.status}`)}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('moderation.tradingName')}>{company.tradingName}</Field>
          <Field label={t('moderation.kind')}>{t(`companyKind.${company.kind}`)}</Field>
          <Field label={t('moderation.country')}>{company.country}</Field>
          <Field label={t('moderation.taxId')}>
            <TaxIdCheck country={company.country} taxId={company.taxId} />
          </Field>
          <Field label={t('moderation.registeredAt')}>{dateTime(company.registeredAt)}</Field>
          <Field label={t('moderation.companyId')}>
            <Text span size="sm" ff="monospace">
              {company.id}
            </Text>
          </Field>
          {company.accountManager && <Field label={t('moderation.accountManager')}>{company.accountManager.fullName}</Field>}
          {company.commercialTerms && (
            <Field label={t('moderation.creditLimit')}>
              {money(company.commercialTerms.creditLimitMinor, company.commercialTerms.currency)}
            </Field>
          )}
          {company.commercialTerms && (
            <Field label={t('terms.approvalThreshold', { currency: company.commercialTerms.currency })}>
              {money(company.commercialTerms.approvalThresholdMinor, company.commercialTerms.currency)}
            </Field>
          )}
          {company.commercialTerms?.paymentTermDays !== null && company.commercialTerms?.paymentTermDays !== undefined && (
            <Field label={t('terms.paymentTermDays')}>{company.commercialTerms.paymentTermDays}</Field>
          )}
        </SimpleGrid>
      </Paper>

      <CommercialTermsForm
        key={JSON.stringify([company.accountManager, company.commercialTerms])}
        company={company}
        onDone={() => refetch({ requestPolicy: 'network-only' })}
      />

      {company.kind !== 'BUYER' && <PayoutTermsForm sellerCompanyId={company.id} />}

      {actionsFrom(company.status).length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="xs">
            {t('moderation.decide')}
          </Title>
          <Group mb="sm">
            {actionsFrom(company.status).map((candidate) => (
              <Button
                key={candidate}
                color={ACTION_COLOURS[candidate]}
                variant={action === candidate ? 'filled' : 'light'}
                onClick={() => setAction(candidate)}
                aria-pressed={action === candidate}
              >
                {t(`moderationAction.${candidate}`)}
              </Button>
            ))}
          </Group>
          {action && (
            <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
              <Stack>
                <Textarea
                  label={t('moderation.reason', { action: t(`moderationAction.${action}`) })}
                  description={t('moderation.reasonHelp')}
                  autosize
                  minRows={2}
                  required
                  key={form.key('reason')}
                  {...form.getInputProps('reason')}
                />
                <ProblemAlert problems={problems} />
                <Group>
                  <Button type="submit" color={ACTION_COLOURS[action]} loading={fetching}>
                    {t('moderation.confirm', { action: t(`moderationAction.${action}`) })}
                  </Button>
                  <Button variant="default" onClick={() => setAction(undefined)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Paper>
      )}

      <Title order={2} size="h3">
        {t('moderation.history')}
      </Title>
      <Table withTableBorder striped aria-label={t('moderation.history')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.change')}</Table.Th>
            <Table.Th>{t('audit.operator')}</Table.Th>
            <Table.Th>{t('audit.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {company.moderationHistory.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{dateTime(entry.occurredAt)}</Table.Td>
              <Table.Td>{t(`moderationAction.${entry.action}`)}</Table.Td>
              <Table.Td>
                {entry.from ? `${t(`companyStatus.${entry.from}`)} → ` : ''}
                {t(`companyStatus.${entry.to}`)}
              </Table.Td>
              <Table.Td>{entry.operatorEmail ?? '—'}</Table.Td>
              <Table.Td>{entry.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
