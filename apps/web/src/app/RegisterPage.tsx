import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemsOf, type ApiProblem } from '../api/errors';
import { useIdempotencyKey } from '../components/idempotency';
import { ProblemAlert, useShowProblems } from '../components/problems';
import { RegisterCompanyDocument } from '../session/session-operations';
import { useSession } from '../session/SessionProvider';

const COUNTRIES = ['RU', 'KZ', 'BY', 'AM', 'KG', 'UZ', 'DE', 'FI', 'CN', 'TR'];

/** A company registers itself with its first user, its admin; it waits for an operator's review. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { anonymous } = useSession();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [registered, setRegistered] = useState<{ companyId: string; email: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      legalName: '',
      tradingName: '',
      country: 'RU',
      taxId: '',
      kind: 'BUYER' as 'BUYER' | 'SELLER' | 'BOTH',
      admin: { fullName: '', email: '', password: '' },
    },
  });
  const showProblems = useShowProblems(form);
  const idempotency = useIdempotencyKey();

  const submit = async (values: ReturnType<typeof form.getValues>) => {
    setBusy(true);
    const result = await anonymous
      .mutation(RegisterCompanyDocument, {
        idempotencyKey: idempotency.keyFor(values),
        input: {
          ...values,
          tradingName: values.tradingName.trim() || null,
          taxId: values.taxId.trim(),
          admin: { ...values.admin, email: values.admin.email.trim() },
        },
      })
      .toPromise();
    setBusy(false);
    if (result.data) {
      idempotency.done();
      setProblems([]);
      setRegistered({ companyId: result.data.registerCompany.companyId, email: values.admin.email.trim() });
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={640}>
        <Title order={1} size="h2" mb="md">
          {t('register.title')}
        </Title>
        {registered ? (
          <Stack>
            <Alert color="green" role="status" title={t('register.doneTitle')} data-testid="registered">
              {t('register.done', { email: registered.email })}
            </Alert>
            <Text size="sm">
              {t('register.companyId')}: <code>{registered.companyId}</code>
            </Text>
            <Anchor component={Link} to="/sign-in">
              {t('register.toSignIn')}
            </Anchor>
          </Stack>
        ) : (
          <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('register.legalName')} required key={form.key('legalName')} {...form.getInputProps('legalName')} />
                <TextInput label={t('register.tradingName')} key={form.key('tradingName')} {...form.getInputProps('tradingName')} />
                <Select
                  label={t('register.country')}
                  data={COUNTRIES.map((code) => ({ value: code, label: `${code}` }))}
                  searchable
                  allowDeselect={false}
                  key={form.key('country')}
                  {...form.getInputProps('country')}
                />
                <TextInput
                  label={t('register.taxId')}
                  description={t('register.taxIdHelp')}
                  required
                  key={form.key('taxId')}
                  {...form.getInputProps('taxId')}
                />
              </SimpleGrid>
              <div>
                <Text size="sm" fw={500} id="kind-label" mb={4}>
                  {t('register.kind')}
                </Text>
                <SegmentedControl
                  aria-labelledby="kind-label"
                  key={form.key('kind')}
                  {...form.getInputProps('kind')}
                  data={(['BUYER', 'SELLER', 'BOTH'] as const).map((kind) => ({ value: kind, label: t(`companyKind.${kind}`) }))}
                />
              </div>
              <Title order={2} size="h4">
                {t('register.admin')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('register.fullName')}
                  required
                  key={form.key('admin.fullName')}
                  {...form.getInputProps('admin.fullName')}
                />
                <TextInput
                  label={t('register.email')}
                  type="email"
                  autoComplete="username"
                  required
                  key={form.key('admin.email')}
                  {...form.getInputProps('admin.email')}
                />
              </SimpleGrid>
              <PasswordInput
                label={t('register.password')}
                visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                description={t('register.passwordHelp')}
                autoComplete="new-password"
                required
                key={form.key('admin.password')}
                {...form.getInputProps('admin.password')}
              />
              <ProblemAlert problems={problems} />
              <Button type="submit" loading={busy}>
                {t('register.submit')}
              </Button>
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('register.haveAccount')}
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
