import { Alert, Button, Checkbox, Code, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../api/errors';
import type { InviteUserMutation } from '../api/gql/graphql';
import { InviteUserDocument } from '../api/team-operations';
import { useFormat } from '../components/format';
import { useIdempotencyKey } from '../components/idempotency';
import { ProblemAlert, useShowProblems } from '../components/problems';
import { useMyCompany } from './company-context';
import { invitationLink, inviteInput, rolesFor } from './invitation';

type Invitation = InviteUserMutation['inviteUser'];

/** The invitation made: the link (and token) to hand to the person, shown only now, and when it stops working. */
function InvitationMade({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const link = invitationLink(window.location.origin, invitation.invitationToken);
  return (
    <Alert color="green" role="status" title={t('team.invited', { email: invitation.email })} data-testid="invitation-made">
      <Stack gap="xs">
        <Text size="sm">{t('team.handOver', { until: dateTime(invitation.expiresAt) })}</Text>
        <Code block data-testid="invitation-link">
          {link}
        </Code>
        <Group>
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="compact-sm" variant="light" onClick={copy}>
                {copied ? t('team.copied') : t('team.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('team.rolesGiven', { roles: invitation.roles.map((role) => t(`companyRole.${role}`)).join(', ') })}</Text>
        <Text size="xs" c="dimmed">
          {t('team.shownOnce')}
        </Text>
      </Stack>
    </Alert>
  );
}

/** A company admin invites a person with roles; the invitation's link is shown once, to hand over. */
export function TeamPage() {
  const { t } = useTranslation();
  const company = useMyCompany();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [invitation, setInvitation] = useState<Invitation | undefined>();
  const [{ fetching }, invite] = useMutation(InviteUserDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { email: '', roles: [] as string[] } });
  const showProblems = useShowProblems(form, {
    fieldOf: { ROLE_NOT_AVAILABLE: 'roles', ALREADY_A_MEMBER: 'email', INVALID_EMAIL: 'email' },
  });
  const roles = rolesFor(company?.kind ?? 'BOTH');
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = inviteInput(values);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems)) form.setFieldError(field, t(`team.problem.${problem}`));
      return;
    }
    const result = await invite({ ...read.input, idempotencyKey: idempotency.keyFor(read.input) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.reset();
    setInvitation(result.data.inviteUser);
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('team.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('team.explain')}
      </Text>
      {invitation && <InvitationMade invitation={invitation} />}
      <Paper withBorder p="md">
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('team.inviteTitle')}
            </Title>
            <TextInput label={t('team.email')} type="email" required w={420} {...form.getInputProps('email')} />
            <Checkbox.Group label={t('team.roles')} required {...form.getInputProps('roles')}>
              <Group mt={4}>
                {roles.map((role) => (
                  <Checkbox key={role} value={role} label={t(`companyRole.${role}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <ProblemAlert problems={problems} />
            <Group>
              <Button type="submit" loading={fetching}>
                {t('team.invite')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
