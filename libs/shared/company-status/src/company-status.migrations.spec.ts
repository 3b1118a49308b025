import { companyStatusMigrations } from './company-status.migrations';

describe('the company-status migrations a service spreads into its own', () => {
  it('keep the class name every existing database recorded the table under, so it never runs twice', () => {
    expect(companyStatusMigrations.map((migration) => migration.name)).toEqual(['CompanyStatus1763903600000']);
  });
});
