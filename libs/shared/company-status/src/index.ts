export { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';
export { CompanyStatus1763903600000, companyStatusMigrations } from './company-status.migrations';
export { CompanyStandings } from './company-standings';
export {
  CompanyNotApprovedError,
  CompanyStatusModule,
  CompanyStatusProjection,
  type CompanyStanding,
  type RecordedStanding,
} from './company-status.projection';
