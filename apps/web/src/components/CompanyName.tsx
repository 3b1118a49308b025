import { useQuery } from 'urql';
import { PublicCompanyDocument } from '../session/session-operations';

/** Another company's trading name, the public face the API shows of it. */
export function CompanyName({ companyId }: { companyId: string }) {
  const [{ data }] = useQuery({ query: PublicCompanyDocument, variables: { id: companyId }, requestPolicy: 'cache-first' });
  return <>{data?.publicCompany.tradingName ?? '…'}</>;
}
