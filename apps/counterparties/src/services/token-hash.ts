import { createHash } from 'node:crypto';

/** Tokens (refresh, invitation) are stored only as their SHA-256, so a database leak gives none away. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
