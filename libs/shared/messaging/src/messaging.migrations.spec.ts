import { messagingMigrations } from './messaging.migrations';

describe('the messaging migrations a service spreads into its own', () => {
  it('keep the class names every existing database recorded them under, so none runs twice', () => {
    // The names the six services' own copies had; TypeORM finds an applied migration by name.
    expect(messagingMigrations.map((migration) => migration.name)).toEqual([
      'MessagingTables1763895600000',
      'OutboxV21764003600000',
      'OutboxV31764093600000',
      'InboxRetention1764097200000',
    ]);
  });

  it('are listed oldest first, each with a way back', () => {
    const timestamps = messagingMigrations.map((migration) => Number(migration.name.slice(-13)));
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    for (const Migration of messagingMigrations) {
      const migration = new Migration();
      expect(typeof migration.up).toBe('function');
      expect(typeof migration.down).toBe('function');
    }
  });
});
