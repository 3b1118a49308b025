import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemsOf, type ApiProblem } from '../api/errors';
import type { CompanyRole } from '../api/gql/graphql';
import { AcceptInvitationDocument } from '../api/team-operations';
import { useIdempotencyKey } from '../components/idempotency';
import { ProblemAlert, useShowProblems } from '../components/problems';
import { useSession } from '../session/SessionProvider';
import { acceptInput } from './invitation';

/** Join a company with an invitation's link: a new account with a name and password, or an existing account's password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { anonymous } = useSession();
  const [params] = useSearchParams();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [joined, setJoined] = useState<CompanyRole[] | undefined>();
  const [busy, setBusy] = useState(false);
  const idempotency = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { invitationToken: params.get('token') ?? '', fullName: '', password: '' },
  });
  const showProblems = useShowProblems(form, {
    fieldOf: { INVALID_INVITATION: 'invitationToken', INVALID_CREDENTIALS: 'password', WEAK_PASSWORD: 'password' },
  });
  const submit = async (values: ReturnType<typeof form.getValues>) => {
    form.clearErrors();
    const read = acceptInput(values);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems)) form.setFieldError(field, t(`join.problem.${problem}`));
      return;
    }
    setBusy(true);
    // the password is part of what makes a retry the same request, but it is never kept: only its key is
    const result = await anonymous
      .mutation(AcceptInvitationDocument, { ...read.input, idempotencyKey: idempotency.keyFor(read.input) })
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    setJoined(result.data.acceptInvitation.roles);
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={520}>
        <Title order={1} size="h2" mb="md">
          {t('join.title')}
        </Title>
        {joined ? (
          <Stack>
            <Alert color="green" role="status" title={t('join.doneTitle')} data-testid="joined">
              {t('join.done', { roles: joined.map((role) => t(`companyRole.${role}`)).join(', ') })}
            </Alert>
            <Anchor component={Link} to="/sign-in">
              {t('join.toSignIn')}
            </Anchor>
          </Stack>
        ) : (
          <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
            <Stack>
              <Text size="sm" c="dimmed">
                {t('join.explain')}
              </Text>
              <TextInput
                label={t('join.token')}
                description={t('join.tokenHelp')}
                required
                key={form.key('invitationToken')}
                {...form.getInputProps('invitationToken')}
              />
              <TextInput
                label={t('join.fullName')}
                description={t('join.fullNameHelp')}
                autoComplete="name"
                key={form.key('fullName')}
                {...form.getInputProps('fullName')}
              />
              <PasswordInput
                label={t('join.password')}
                description={t('join.passwordHelp')}
                visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              <ProblemAlert problems={problems} />
              <Button type="submit" loading={busy}>
                {t('join.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
