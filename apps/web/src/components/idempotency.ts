import { useCallback, useRef } from 'react';

/**
 * An idempotency key per submission: the same key while the person retries the same values
 * (a retry after a timeout changes nothing twice), a new one once it went through or the
 * values changed.
 */
export function useIdempotencyKey() {
  const current = useRef<{ values: string; key: string } | undefined>(undefined);
  const keyFor = useCallback((values: unknown): string => {
    const text = JSON.stringify(values);
    if (!current.current || current.current.values !== text) current.current = { values: text, key: crypto.randomUUID() };
    return current.current.key;
  }, []);
  const done = useCallback(() => {
    current.current = undefined;
  }, []);
  return { keyFor, done };
}
