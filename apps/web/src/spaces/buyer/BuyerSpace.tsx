import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { TeamPage } from '../../app/TeamPage';
import { SpaceNav } from '../../components/SpaceNav';
import { mayDo } from '../../session/session-model';
import { useSignedIn } from '../../session/SessionProvider';
import { LiveTradesProvider } from '../../components/trading/live-trades';
import { BidsPage } from './BidsPage';
import { CartPage } from './CartPage';
import { InvoicesPage } from './InvoicesPage';
import { NewReturnPage } from './NewReturnPage';
import { PurchasesPage } from './PurchasesPage';
import { QuickOrderPage } from './QuickOrderPage';
import { ReturnsPage } from './ReturnsPage';
import { CataloguePage } from './CataloguePage';
import { ProductPage } from './ProductPage';

/**
 * The buyers' space: the catalogue, one product's offers and book, the cart and its checkout
 * preview, purchases with their approvals and seller orders (live) and their delivery, returns
 * (quoted before filing, then followed), invoices with what is due, a quick order from a list
 * or a CSV and reorders, bids (those waiting for an approver too) and fills.
 */
export default function BuyerSpace() {
  const { t } = useTranslation();
  const session = useSignedIn();
  return (
    <LiveTradesProvider>
      <SpaceNav
        label={t('buyer.sections')}
        sections={[
          { path: '/buy', label: t('buyer.section.catalogue'), exact: true, also: '/buy/products' },
          { path: '/buy/cart', label: t('buyer.section.cart') },
          { path: '/buy/quick-order', label: t('buyer.section.quickOrder') },
          { path: '/buy/purchases', label: t('buyer.section.purchases') },
          { path: '/buy/returns', label: t('buyer.section.returns') },
          { path: '/buy/invoices', label: t('buyer.section.invoices') },
          { path: '/buy/bids', label: t('buyer.section.bids') },
          ...(mayDo(session.actor, 'administer') ? [{ path: '/buy/team', label: t('team.section') }] : []),
        ]}
      />
      <Routes>
        <Route index element={<CataloguePage />} />
        <Route path="products/:productId" element={<ProductPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="quick-order" element={<QuickOrderPage />} />
        <Route path="purchases" element={<PurchasesPage />} />
        <Route path="purchases/:purchaseId/return" element={<NewReturnPage />} />
        <Route path="returns" element={<ReturnsPage />} />
        <Route path="invoices" element={<InvoicesPage />} />
        <Route path="bids" element={<BidsPage />} />
        <Route path="team" element={<TeamPage />} />
      </Routes>
    </LiveTradesProvider>
  );
}
