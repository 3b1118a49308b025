import { Alert, Anchor, Button, Center, Group, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import type { ApiProblem } from '../api/errors';
import { ProblemAlert, useShowProblems } from '../components/problems';
import { LANGUAGES } from '../i18n';
import { useSession } from '../session/SessionProvider';

type Audience = 'company' | 'operator';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { session, signIn, endReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [audience, setAudience] = useState<Audience>('company');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('signIn.emailInvalid')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });
  const showProblems = useShowProblems(form);
  const from = (location.state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from && from !== '/sign-in' ? from : '/'} replace />;

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    const result = await signIn(values.email.trim(), values.password, { asOperator: audience === 'operator' });
    setBusy(false);
    if (result.ok) void navigate(from ?? '/', { replace: true });
    else setProblems(showProblems(result.problems));
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <SegmentedControl
                size="xs"
                aria-label={t('shell.language')}
                value={i18n.language}
                onChange={(language) => void i18n.changeLanguage(language)}
                data={LANGUAGES.map((language) => ({ value: language, label: t(`shell.languageName.${language}`) }))}
              />
            </Group>
            {endReason === 'EXPIRED' && (
              <Alert color="yellow" role="status">
                {t('signIn.sessionEnded')}
              </Alert>
            )}
            <SegmentedControl
              aria-label={t('signIn.audience')}
              value={audience}
              onChange={(value) => setAudience(value as Audience)}
              data={[
                { value: 'company', label: t('signIn.asCompany') },
                { value: 'operator', label: t('signIn.asOperator') },
              ]}
            />
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <ProblemAlert problems={problems} title={t('signIn.refused')} />
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
            <Text size="sm">
              {t('signIn.newCompany')}{' '}
              <Anchor component={Link} to="/register">
                {t('signIn.register')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
