import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { spacesFor } from '../session/session-model';
import { useSignedIn } from '../session/SessionProvider';
import { useMyCompany } from './company-context';

/** `/` opens the first space the session may use. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const company = useMyCompany();
  if (session.actor.kind === 'OPERATOR') return <Navigate to="/operate" replace />;
  if (!session.actor.companyId) return <Text>{t('shell.noCompany')}</Text>;
  if (!company)
    return (
      <Center h={200}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  const [first] = spacesFor(session.actor, company.kind);
  return <Navigate to={first === 'sell' ? '/sell' : '/buy'} replace />;
}
