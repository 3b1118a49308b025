export { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';
export {
  CompanyNotApprovedError,
  CompanyStatusModule,
  CompanyStatusProjection,
  type CompanyStanding,
} from './company-status.projection';
