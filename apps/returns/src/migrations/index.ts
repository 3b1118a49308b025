import { MessagingTables1763895600000 } from './1763895600000-messaging-tables';

/** Every migration of the returns schema, oldest first. A released migration is never edited. */
export const returnsMigrations = [MessagingTables1763895600000];
