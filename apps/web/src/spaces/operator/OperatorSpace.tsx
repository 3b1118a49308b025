import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SpaceNav } from '../../components/SpaceNav';
import { AuditLogPage } from './AuditLogPage';
import { CompanyPage } from './CompanyPage';
import { ModerationPage } from './ModerationPage';
import { ProductsPage } from './ProductsPage';

/**
 * The operators' space: the moderation queue and each company's record, the audit log, and
 * product proposals. Return disputes and the trial balance join the sections as their API lands.
 */
export default function OperatorSpace() {
  const { t } = useTranslation();
  return (
    <>
      <SpaceNav
        label={t('operator.sections')}
        sections={[
          { path: '/operate', label: t('operator.section.moderation'), exact: true, also: '/operate/companies' },
          { path: '/operate/audit', label: t('operator.section.audit') },
          { path: '/operate/products', label: t('operator.section.products') },
        ]}
      />
      <Routes>
        <Route index element={<ModerationPage />} />
        <Route path="companies/:companyId" element={<CompanyPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="products" element={<ProductsPage />} />
      </Routes>
    </>
  );
}
