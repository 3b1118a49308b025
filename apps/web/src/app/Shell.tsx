import { Alert, Anchor, AppShell, Badge, Button, Group, Loader, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { LANGUAGES } from '../i18n';
import { spacesFor } from '../session/session-model';
import { MyCompanyDocument } from '../session/session-operations';
import { useSignedIn, useSession } from '../session/SessionProvider';
import { CompanyContext, type MyCompany } from './company-context';
import { CompanySwitcher } from './CompanySwitcher';
import { ProblemAlert } from '../components/problems';
import { problemsOf } from '../api/errors';
import { useFormat } from '../components/format';

const SPACE_PATHS = { buy: '/buy', sell: '/sell', operate: '/operate' } as const;

/** Why the company may not trade, from its last moderation step. */
function CompanyStanding({ company }: { company: MyCompany }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (company.status === 'APPROVED') return null;
  const last = [...company.moderationHistory].reverse().find((entry) => entry.to === company.status);
  return (
    <Alert
      color={company.status === 'PENDING_REVIEW' ? 'yellow' : 'red'}
      title={t(`companyStatus.banner.${company.status}`)}
      role="alert"
      mb="md"
      data-testid="company-standing"
    >
      {last && company.status !== 'PENDING_REVIEW'
        ? t('companyStatus.reason', { reason: last.reason, when: dateTime(last.occurredAt) })
        : t(`companyStatus.explain.${company.status}`)}
    </Alert>
  );
}

export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSignedIn();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const isUser = session.actor.kind === 'USER' && !!session.actor.companyId;
  const [{ data, error, fetching }] = useQuery({ query: MyCompanyDocument, pause: !isUser });
  const company = isUser ? data?.myCompany : undefined;
  const spaces = spacesFor(session.actor, company?.kind);

  return (
    <CompanyContext.Provider value={company}>
      <Anchor
        href="#main"
        className="skip-link"
        style={{ position: 'absolute', left: -9999 }}
        onFocus={(event) => (event.currentTarget.style.left = '8px')}
        onBlur={(event) => (event.currentTarget.style.left = '-9999px')}
      >
        {t('shell.skipToContent')}
      </Anchor>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Anchor component={Link} to="/" fw={700} size="lg" underline="never" c="indigo.8">
                Lotbook
              </Anchor>
              <nav aria-label={t('shell.spaces')}>
                <Group gap="xs">
                  {spaces.map((space) => (
                    <Button key={space} component={NavLink} to={SPACE_PATHS[space]} variant="subtle" size="compact-md">
                      {t(`shell.space.${space}`)}
                    </Button>
                  ))}
                </Group>
              </nav>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {session.actor.kind === 'OPERATOR' ? (
                <Badge color="grape" variant="light">
                  {t('shell.operator')}
                </Badge>
              ) : company ? (
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500} data-testid="company-name">
                    {company.tradingName}
                  </Text>
                  <Badge
                    color={company.status === 'APPROVED' ? 'green' : company.status === 'PENDING_REVIEW' ? 'yellow' : 'red'}
                    variant="light"
                  >
                    {t(`companyStatus.${company.status}`)}
                  </Badge>
                </Group>
              ) : fetching ? (
                <Loader size="xs" aria-label={t('common.loading')} />
              ) : null}
              {session.actor.kind === 'USER' && <CompanySwitcher />}
              <SegmentedControl
                size="xs"
                aria-label={t('shell.language')}
                value={i18n.language}
                onChange={(language) => void i18n.changeLanguage(language)}
                data={LANGUAGES.map((language) => ({ value: language, label: t(`shell.languageName.${language}`) }))}
              />
              <Text size="sm" c="dimmed" visibleFrom="md">
                <VisuallyHidden>{t('shell.signedInAs')}</VisuallyHidden>
                {session.email}
              </Text>
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => {
                  signOut();
                  void navigate('/sign-in');
                }}
              >
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1}>
          {error && <ProblemAlert problems={problemsOf(error)} />}
          {company && <CompanyStanding company={company} />}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </CompanyContext.Provider>
  );
}
