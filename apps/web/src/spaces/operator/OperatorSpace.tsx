import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SpaceNav } from '../../components/SpaceNav';
import { AuditLogPage } from './AuditLogPage';
import { BankStatementPage } from './BankStatementPage';
import { CategoriesPage } from './CategoriesPage';
import { CompanyPage } from './CompanyPage';
import { LedgerPage } from './LedgerPage';
import { ModerationPage } from './ModerationPage';
import { PayoutsDuePage } from './PayoutsDuePage';
import { PricingPage } from './PricingPage';
import { ProductsPage } from './ProductsPage';
import { RefundsPayablePage } from './RefundsPayablePage';
import { ReturnDisputesPage } from './ReturnDisputesPage';
import { ReturnPolicyPage } from './ReturnPolicyPage';

/**
 * The operators' space: the moderation queue and each company's record, the audit log, and
 * product proposals and the category tree, return disputes and carrier claims, the trial balance and any account's
 * entries; seller payouts (their CSV for the bank, each marked paid), bank statements to import
 * and refunds to pay out; the return policy, commission rates and loyalty tiers; commercial terms and account managers on each company's page.
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
          { path: '/operate/categories', label: t('operator.section.categories') },
          { path: '/operate/returns', label: t('operator.section.returns') },
          { path: '/operate/ledger', label: t('operator.section.ledger') },
          { path: '/operate/payouts', label: t('operator.section.payouts') },
          { path: '/operate/bank-statements', label: t('operator.section.bankStatements') },
          { path: '/operate/refunds', label: t('operator.section.refunds') },
          { path: '/operate/return-policy', label: t('operator.section.returnPolicy') },
          { path: '/operate/pricing', label: t('operator.section.pricing') },
        ]}
      />
      <Routes>
        <Route index element={<ModerationPage />} />
        <Route path="companies/:companyId" element={<CompanyPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="returns" element={<ReturnDisputesPage />} />
        <Route path="ledger" element={<LedgerPage />} />
        <Route path="payouts" element={<PayoutsDuePage />} />
        <Route path="bank-statements" element={<BankStatementPage />} />
        <Route path="refunds" element={<RefundsPayablePage />} />
        <Route path="return-policy" element={<ReturnPolicyPage />} />
        <Route path="pricing" element={<PricingPage />} />
      </Routes>
    </>
  );
}
