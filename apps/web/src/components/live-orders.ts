import { useState } from 'react';
import { useSubscription } from 'urql';
import { SellerOrderChangedDocument } from '../api/product-operations';
import { useLiveGeneration } from '../session/SessionProvider';

/** A number that changes whenever one of the company's seller orders changes status (live), or the socket reconnected. */
export function useOrdersChanged(): number {
  const [changes, setChanges] = useState(0);
  useSubscription({ query: SellerOrderChangedDocument }, (_previous: unknown, event) => {
    setChanges((count) => count + 1);
    return event;
  });
  return changes + useLiveGeneration();
}
