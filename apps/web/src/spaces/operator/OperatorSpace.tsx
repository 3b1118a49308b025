import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SpaceNav } from '../../components/SpaceNav';
import { AuditLogPage } from './AuditLogPage';
import { CompanyPage } from './CompanyPage';
import { LedgerPage } from './LedgerPage';
import { ModerationPage } from './ModerationPage';
import { ProductsPage } from './ProductsPage';
import { ReturnDisputesPage } from './ReturnDisputesPage';

/**
 * The operators' space: the moderation queue and each company's record, the audit log, and
 * product proposals, return disputes and carrier claims, the trial balance and any account's
 * entries; commercial terms and account managers on each company's page.
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
          { path: '/operate/returns', label: t('operator.section.returns') },
          { path: '/operate/ledger', label: t('operator.section.ledger') },
        ]}
      />
      <Routes>
        <Route index element={<ModerationPage />} />
        <Route path="companies/:companyId" element={<CompanyPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="returns" element={<ReturnDisputesPage />} />
        <Route path="ledger" element={<LedgerPage />} />
      </Routes>
    </>
  );
}
