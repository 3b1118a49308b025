export { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';
export { CompanyStatus1763903600000, companyStatusMigrations } from './company-status.migrations';
export {
  CompanyNotApprovedError,
  CompanyStatusModule,
  CompanyStatusProjection,
  type CompanyStanding,
} from './company-status.projection';
