import { Button, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { ApiProblem } from '../api/errors';
import { ProblemAlert, useShowProblems } from '../components/problems';
import { PublicCompanyDocument } from '../session/session-operations';
import { useSession, useSignedIn } from '../session/SessionProvider';

function KnownCompany({ id, onPick, busy }: { id: string; onPick(id: string): void; busy: boolean }) {
  const [{ data }] = useQuery({ query: PublicCompanyDocument, variables: { id } });
  return (
    <Button variant="light" justify="flex-start" onClick={() => onPick(id)} disabled={busy}>
      {data?.publicCompany.tradingName ?? id}
    </Button>
  );
}

/**
 * Act for another company of this person's: the ones used in this browser, or one by its id
 * (the API has no list of a person's memberships yet). A switch is a refreshSession with the
 * company id; NOT_A_MEMBER is shown at the id.
 */
export function CompanySwitcher() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { switchCompany } = useSession();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm({ mode: 'uncontrolled', initialValues: { companyId: '' } });
  const showProblems = useShowProblems(form);
  const others = session.knownCompanyIds.filter((id) => id !== session.actor.companyId);

  const pick = async (companyId: string) => {
    setBusy(true);
    const result = await switchCompany(companyId.trim());
    setBusy(false);
    if (result.ok) {
      setOpened(false);
      setProblems([]);
      form.reset();
      void navigate('/');
    } else {
      setProblems(showProblems(result.problems));
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-end" trapFocus withArrow>
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" onClick={() => setOpened((open) => !open)} aria-expanded={opened}>
          {t('switcher.open')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {others.length > 0 && (
            <>
              <Text size="sm" fw={500}>
                {t('switcher.recent')}
              </Text>
              {others.map((id) => (
                <KnownCompany key={id} id={id} onPick={(picked) => void pick(picked)} busy={busy} />
              ))}
            </>
          )}
          <form noValidate onSubmit={form.onSubmit((values) => void pick(values.companyId))}>
            <Stack gap="xs">
              <TextInput
                label={t('switcher.companyId')}
                description={t('switcher.companyIdHelp')}
                key={form.key('companyId')}
                {...form.getInputProps('companyId')}
                required
              />
              <ProblemAlert problems={problems} />
              <Button type="submit" loading={busy}>
                {t('switcher.switch')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
