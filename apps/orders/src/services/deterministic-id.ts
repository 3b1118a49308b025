import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562: "custom") derived from its parts, so a retried checkout or a
 * redelivered trade names the same purchase, orders and reservations as the first attempt.
 */
export function deterministicId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
