import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { LineQuantity, QuoteTable, ReturnHistory, ReturnStatusBadge } from '../../components/returns/ReturnParts';
import type { OperatorReturnFieldsFragment, ReturnReason, ReturnStatus } from './gql/graphql';
import { noteProblem, operatorTask, reasonChanges } from './dispute-decision';
import { AcceptCarrierClaimDocument, DecideReturnDisputeDocument, OperatorReturnsDocument } from './finance-operations';

const REASONS: ReturnReason[] = ['CHANGED_MIND', 'ORDERED_BY_MISTAKE', 'DEFECTIVE', 'NOT_AS_DESCRIBED', 'WRONG_ITEM', 'DAMAGED_IN_TRANSIT'];
const FILTERS: Record<string, ReturnStatus[]> = {
  disputed: ['DISPUTED'],
  requested: ['REQUESTED'],
  decided: ['ACCEPTED', 'RECEIVED', 'REFUNDED'],
};

/** Decide a dispute (or accept a carrier claim) with a note, possibly changing an item's reason: the figures are recomputed. */
function Decision({
  sellerReturn,
  task,
  onDone,
}: {
  sellerReturn: OperatorReturnFieldsFragment;
  task: 'decide' | 'carrierClaim';
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: deciding }, decide] = useMutation(DecideReturnDisputeDocument);
  const [{ fetching: accepting }, acceptClaim] = useMutation(AcceptCarrierClaimDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      note: '',
      reasons: Object.fromEntries(sellerReturn.items.map((item) => [item.lineId, item.reason])) as Record<string, ReturnReason>,
    },
  });
  const showProblems = useShowProblems(form, {
    fieldOf: { NOTE_REQUIRED: 'note' },
    rename: (field) => {
      const index = /reasonChanges\[(\d+)\]/.exec(field)?.[1];
      return index === undefined ? field : 'note';
    },
  });
  const submit = async (values: typeof form.values) => {
    const required = task === 'decide';
    if (noteProblem(values.note, required) && (required || values.note.trim()))
      return form.setFieldError('note', t('errors.NOTE_REQUIRED'));
    const changes = reasonChanges(sellerReturn.items, values.reasons);
    const variables = {
      returnId: sellerReturn.id,
      note: values.note.trim(),
      reasonChanges: changes.length ? changes : null,
      idempotencyKey: idempotency.keyFor({ task, values }),
    };
    const result = task === 'decide' ? await decide(variables) : await acceptClaim({ ...variables, note: variables.note || null });
    if (result.error) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: 'green', message: t(task === 'decide' ? 'disputes.decided' : 'disputes.claimAccepted') });
    onDone();
  };
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="xs" mt="sm">
        <Title order={3} size="h5">
          {t(task === 'decide' ? 'disputes.decideTitle' : 'disputes.claimTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {sellerReturn.items.map((item) => (
            <Select
              key={item.lineId}
              label={t('disputes.reasonOf', { product: `${item.productName} (${item.sellerSku})` })}
              allowDeselect={false}
              data={REASONS.map((reason) => ({ value: reason, label: t(`returnReason.${reason}`) }))}
              {...form.getInputProps(`reasons.${item.lineId}`)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('disputes.note')}
          description={t(task === 'decide' ? 'disputes.noteHelp' : 'disputes.claimNoteHelp')}
          required={task === 'decide'}
          autosize
          minRows={2}
          key={form.key('note')}
          {...form.getInputProps('note')}
        />
        <ProblemAlert problems={problems} />
        <Group>
          <Button type="submit" loading={deciding || accepting}>
            {t(task === 'decide' ? 'disputes.decide' : 'disputes.acceptClaim')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Returns an operator decides: disputes (a seller contests a reason) and carrier claims; with both sides' notes and the figures. */
export function ReturnDisputesPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [filter, setFilter] = useState('disputed');
  const [{ data, error }, refetch] = useQuery({
    query: OperatorReturnsDocument,
    variables: { statuses: FILTERS[filter] ?? ['DISPUTED'] },
    requestPolicy: 'cache-and-network',
  });
  const returns = (data?.sellerReturns ?? []).filter((each) => filter !== 'requested' || operatorTask(each) === 'carrierClaim');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('disputes.title')}
        </Title>
        <Select
          label={t('disputes.show')}
          value={filter}
          allowDeselect={false}
          onChange={(value) => setFilter(value ?? 'disputed')}
          data={[
            { value: 'disputed', label: t('disputes.disputed') },
            { value: 'requested', label: t('disputes.carrierClaims') },
            { value: 'decided', label: t('disputes.decidedOnes') },
          ]}
          w={240}
        />
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {returns.length === 0 && <Text c="dimmed">{t('disputes.none')}</Text>}
      {returns.map((sellerReturn) => {
        const names = Object.fromEntries(sellerReturn.items.map((item) => [item.lineId, item]));
        const task = operatorTask(sellerReturn);
        return (
          <Card withBorder key={sellerReturn.id} data-testid="operator-return">
            <Group justify="space-between">
              <Text fw={600}>
                {t('disputes.between', { when: dateTime(sellerReturn.filedAt) })} <CompanyName companyId={sellerReturn.buyerCompanyId} /> →{' '}
                <CompanyName companyId={sellerReturn.sellerCompanyId} />
              </Text>
              <ReturnStatusBadge status={sellerReturn.status} />
            </Group>
            <Table mt="xs" striped aria-label={t('returns.itemsOf')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('returns.product')}</Table.Th>
                  <Table.Th ta="right">{t('returns.quantity')}</Table.Th>
                  <Table.Th>{t('returns.reason')}</Table.Th>
                  <Table.Th>{t('sellerReturns.buyerComment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sellerReturn.items.map((item) => (
                  <Table.Tr key={item.lineId}>
                    <Table.Td>
                      {item.productName} ({item.sellerSku})
                    </Table.Td>
                    <Table.Td ta="right">
                      <LineQuantity sellerOrderId={sellerReturn.sellerOrderId} lineId={item.lineId} quantity={item.quantity} />
                    </Table.Td>
                    <Table.Td>
                      {t(`returnReason.${item.reason}`)}
                      {item.reason !== item.filedReason && ` (${t('returns.filedAs', { reason: t(`returnReason.${item.filedReason}`) })})`}
                    </Table.Td>
                    <Table.Td>{item.comment ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ReturnHistory history={sellerReturn.history} />
            {sellerReturn.allocationBeforeDecision && (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t('disputes.before')}
                </Text>
                <QuoteTable quote={sellerReturn.allocationBeforeDecision} label={t('disputes.before')} names={names} />
                <Text size="sm" fw={600} mt="xs">
                  {t('disputes.after')}
                </Text>
              </>
            )}
            <QuoteTable quote={sellerReturn.allocation} label={t('returns.figuresOf')} names={names} />
            {task && <Decision sellerReturn={sellerReturn} task={task} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
          </Card>
        );
      })}
    </Stack>
  );
}
