import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, type OperationResult } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useMyCompany } from '../../app/company-context';
import type { MyActiveListingsQuery, SellerListingFieldsFragment } from './gql/graphql';
import { MyActiveListingsDocument } from './seller-operations';

export type SellerListing = SellerListingFieldsFragment & { productName?: string; productCode?: string };

interface SellerListingsValue {
  listings: SellerListing[];
  loading: boolean;
  problems: ApiProblem[];
  /** A listing this screen saved: kept (paused ones too) even though search shows only active ones. */
  remember(listing: SellerListing): void;
  reload(): void;
}

const SellerListingsContext = createContext<SellerListingsValue | undefined>(undefined);
const PAGE = 100;
const MAX_PAGES = 20;

/**
 * The seller's listings: the ACTIVE ones, read through search (the API has no "my listings"
 * query yet), and every listing saved in this visit, in whatever status it was saved.
 */
export function SellerListingsProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const company = useMyCompany();
  const [found, setFound] = useState<SellerListing[]>([]);
  const [saved, setSaved] = useState<Map<string, SellerListing>>(new Map());
  const [loading, setLoading] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!company) return;
    let cancelled = false;
    const load = async () => {
      setLoading(true);
      const listings: SellerListing[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: OperationResult<MyActiveListingsQuery> = await client
          .query(MyActiveListingsDocument, { sellerCompanyId: company.id, first: PAGE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setProblems(problemsOf(result.error));
          break;
        }
        const { hits, hasNextPage, endCursor } = result.data.searchListings;
        listings.push(...hits.map((hit) => ({ ...hit.listing, productName: hit.productName, productCode: hit.productCode })));
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      setFound(listings);
      setLoading(false);
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, company, round]);

  const remember = useCallback((listing: SellerListing) => {
    setSaved((known) => new Map(known).set(listing.id, { ...known.get(listing.id), ...listing }));
  }, []);

  const value = useMemo<SellerListingsValue>(() => {
    const byId = new Map(found.map((listing) => [listing.id, listing]));
    for (const [id, listing] of saved) byId.set(id, { ...byId.get(id), ...listing });
    return { listings: [...byId.values()], loading, problems, remember, reload: () => setRound((count) => count + 1) };
  }, [found, saved, loading, problems, remember]);

  return <SellerListingsContext.Provider value={value}>{children}</SellerListingsContext.Provider>;
}

export function useSellerListings(): SellerListingsValue {
  const value = useContext(SellerListingsContext);
  if (!value) throw new Error('useSellerListings needs a SellerListingsProvider');
  return value;
}
