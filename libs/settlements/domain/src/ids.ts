import { createHash } from 'node:crypto';

// Ids derived from what caused a thing, so that the same cause always gives the same id: a
// redelivered event makes the same journal entry id, and the ledger's unique key refuses the
// second copy. The format is a name-based UUID, version 5 (RFC 9562): SHA-1 over a fixed
// namespace and the name, so the ids fit a PostgreSQL uuid column.

/** Lotbook settlements' namespace for name-based ids (a random v4 UUID, fixed forever). */
export const SETTLEMENTS_ID_NAMESPACE = '3f1b7c52-9d64-4e0a-8b2f-6a5d0c9e7f13';

const namespaceBytes = Buffer.from(SETTLEMENTS_ID_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * A UUID v5 of the parts. Each part is length-prefixed, so `('a:b', 'c')` and `('a', 'b:c')`
 * give different ids.
 */
export function deterministicUuid(...parts: readonly string[]): string {
  const name = parts.map((part) => `${part.length}:${part}`).join('');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The id of the entry a posting rule makes for an event: the same event and rule, the same id. */
export function entryIdFor(eventId: string, rule: string, ...qualifiers: readonly string[]): string {
  return deterministicUuid('journal-entry', eventId, rule, ...qualifiers);
}
