import { useSubscription } from 'urql';
import { SellerOrderChangedDocument } from '../api/product-operations';
import { useLiveGeneration } from '../session/SessionProvider';

/** A number that changes whenever one of the company's seller orders changes status (live), or the socket reconnected. */
export function useOrdersChanged(): number {
  const [{ data: changes = 0 }] = useSubscription({ query: SellerOrderChangedDocument }, (count: number = 0) => count + 1);
  return changes + useLiveGeneration();
}
