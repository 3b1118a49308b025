import { Alert, Button, Group, List, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import type { ReturnFault, ReturnPolicyFieldsFragment } from './gql/graphql';
import { NOTE_LENGTH, returnPolicyChange, returnPolicyForm } from './return-policy';
import { ChangeReturnPolicyDocument, ReturnPolicyDocument } from './return-policy-operations';

const FAULTS: ReturnFault[] = ['SELLER', 'BUYER', 'CARRIER'];
const HISTORY_VERSIONS = 10;

/** The form's name for an input the API names (input.note → note); a refused fault goes to the alert. */
function formField(apiField: string): string {
  return apiField.replace(/^input\./, '');
}

/** What a version moved, in words: a reason's fault, or the default window. */
function Differences({ policy }: { policy: ReturnPolicyFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const fault = (code: string) => (i18n.exists(`returnFault.${code}`) ? t(`returnFault.${code}` as never) : code);
  if (policy.differences.length === 0) return <Text size="sm">{t('returnPolicy.noDifferences')}</Text>;
  return (
    <List size="sm">
      {policy.differences.map((difference, index) => (
        <List.Item key={index}>
          {difference.table === 'DEFAULT_RETURN_WINDOW_DAYS'
            ? t('returnPolicy.windowMoved', { from: difference.from, to: difference.to })
            : t('returnPolicy.faultMoved', {
                reason: difference.reason ? t(`returnReason.${difference.reason}`) : '',
                from: fault(difference.from),
                to: fault(difference.to),
              })}
        </List.Item>
      ))}
    </List>
  );
}

/** Changes the policy against the version in force; another operator's change meanwhile is refused and shown. */
function ChangePolicyForm({ policy, onChanged }: { policy: ReturnPolicyFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching }, change] = useMutation(ChangeReturnPolicyDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: returnPolicyForm(policy) });
  const showProblems = useShowProblems(form, {
    rename: formField,
    fieldOf: { INVALID_RETURN_WINDOW: 'defaultReturnWindowDays', NOTE_REQUIRED: 'note' },
  });
  const [notice, setNotice] = useState<string>();
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    setProblems([]);
    setNotice(undefined);
    const read = returnPolicyChange(values, policy);
    if (!read.ok) {
      const { changes, ...fields } = read.problems;
      for (const [field, problem] of Object.entries(fields)) form.setFieldError(field, t(`returnPolicy.problem.${problem}`));
      if (changes) setNotice(t(`returnPolicy.problem.${changes}`));
      return;
    }
    const result = await change({ input: read.input, idempotencyKey: idempotency.keyFor(read.input) });
    if (result.error || !result.data) {
      const refused = problemsOf(result.error);
      if (refused.some((problem) => problem.code === 'RETURN_POLICY_CHANGED')) {
        // The form stays as typed; the version in force is read again for the next try.
        setNotice(t('returnPolicy.changedMeanwhile'));
        onChanged();
      }
      return setProblems(showProblems(refused.filter((problem) => problem.code !== 'RETURN_POLICY_CHANGED')));
    }
    idempotency.done();
    form.setValues(returnPolicyForm(result.data.changeReturnPolicy));
    form.resetDirty();
    notifications.show({ color: 'green', message: t('returnPolicy.saved', { version: result.data.changeReturnPolicy.version }) });
    onChanged();
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="return-policy-form">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('returnPolicy.changeTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('returnPolicy.changeHelp', { version: policy.version })}
          </Text>
          <Table aria-label={t('returnPolicy.faultsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('returnPolicy.reason')}</Table.Th>
                <Table.Th>{t('returnPolicy.faultNow')}</Table.Th>
                <Table.Th>{t('returnPolicy.faultNew')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policy.faultByReason.map(({ reason, fault }) => (
                <Table.Tr key={reason}>
                  <Table.Td>{t(`returnReason.${reason}`)}</Table.Td>
                  <Table.Td>{t(`returnFault.${fault}`)}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('returnPolicy.faultOf', { reason: t(`returnReason.${reason}`) })}
                      data={FAULTS.map((code) => ({ value: code, label: t(`returnFault.${code}`) }))}
                      allowDeselect={false}
                      w={180}
                      {...form.getInputProps(`faults.${reason}`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <TextInput
            label={t('returnPolicy.window')}
            description={t('returnPolicy.windowHelp')}
            inputMode="numeric"
            w={320}
            {...form.getInputProps('defaultReturnWindowDays')}
          />
          <Textarea
            label={t('returnPolicy.note')}
            description={t('returnPolicy.noteHelp', { min: NOTE_LENGTH.min, max: NOTE_LENGTH.max })}
            required
            autosize
            minRows={2}
            maxLength={NOTE_LENGTH.max}
            {...form.getInputProps('note')}
          />
          {notice && (
            <Alert color="yellow" role="status">
              {notice}
            </Alert>
          )}
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('returnPolicy.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The return policy in force (whose fault each reason is, the default window), a change to it with why, and its recent versions. */
export function ReturnPolicyPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [{ data, error }, refetch] = useQuery({
    query: ReturnPolicyDocument,
    variables: { first: HISTORY_VERSIONS },
    requestPolicy: 'cache-and-network',
  });
  const policy = data?.returnPolicy;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('returnPolicy.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('returnPolicy.explain')}
      </Text>
      <ProblemAlert problems={problemsOf(error)} />
      {policy && (
        <Paper withBorder p="md" data-testid="return-policy-in-force">
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t('returnPolicy.inForce', { version: policy.version })}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text size="sm">
                {t('returnPolicy.setAt', { when: dateTime(policy.changedAt), by: t(`actorKind.${policy.changedByKind}` as never) })}
              </Text>
              <Text size="sm">{t('returnPolicy.windowInForce', { days: policy.defaultReturnWindowDays })}</Text>
            </SimpleGrid>
            <Text size="sm" fs="italic">
              {policy.note}
            </Text>
          </Stack>
        </Paper>
      )}
      {policy && <ChangePolicyForm policy={policy} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="xs">
            {t('returnPolicy.history')}
          </Title>
          {data.returnPolicyHistory.length === 0 && <Alert color="gray">{t('returnPolicy.noHistory')}</Alert>}
          <Stack gap="sm">
            {data.returnPolicyHistory.map((version) => (
              <Stack key={version.version} gap={2}>
                <Text size="sm" fw={600}>
                  {t('returnPolicy.versionLine', {
                    version: version.version,
                    when: dateTime(version.changedAt),
                    by: t(`actorKind.${version.changedByKind}` as never),
                  })}
                </Text>
                <Text size="sm" fs="italic">
                  {version.note}
                </Text>
                <Differences policy={version} />
              </Stack>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
