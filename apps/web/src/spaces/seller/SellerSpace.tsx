import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { TeamPage } from '../../app/TeamPage';
import { SpaceNav } from '../../components/SpaceNav';
import { mayDo } from '../../session/session-model';
import { useSignedIn } from '../../session/SessionProvider';
import { LiveTradesProvider } from '../../components/trading/live-trades';
import { AsksPage } from './AsksPage';
import { ContractPricesPage } from './ContractPricesPage';
import { ListingsPage } from './ListingsPage';
import { OrdersPage } from './OrdersPage';
import { PayoutsPage } from './PayoutsPage';
import { ProposeProductPage } from './ProposeProductPage';
import { SellerReturnsPage } from './SellerReturnsPage';
import { SellerTermsPage } from './SellerTermsPage';
import { StatementsPage } from './StatementsPage';
import { SellerListingsProvider } from './seller-listings';
import { UploadsPage } from './UploadsPage';

/**
 * The sellers' space: listings with their terms, orders to confirm and ship (live), CSV
 * uploads, products proposed for the catalogue, contract prices, asks and the book; returns to accept, dispute and receive;
 * statements with their CSV, and payouts; the seller's own terms (volume discount, shipping fees,
 * return window, restocking rate).
 */
export default function SellerSpace() {
  const { t } = useTranslation();
  const session = useSignedIn();
  return (
    <LiveTradesProvider>
      <SellerListingsProvider>
        <SpaceNav
          label={t('seller.sections')}
          sections={[
            { path: '/sell', label: t('seller.section.listings'), exact: true },
            { path: '/sell/orders', label: t('seller.section.orders') },
            { path: '/sell/returns', label: t('seller.section.returns') },
            { path: '/sell/statements', label: t('seller.section.statements') },
            { path: '/sell/payouts', label: t('seller.section.payouts') },
            { path: '/sell/terms', label: t('seller.section.terms') },
            { path: '/sell/uploads', label: t('seller.section.uploads') },
            ...(mayDo(session.actor, 'sell') ? [{ path: '/sell/propose-product', label: t('seller.section.proposeProduct') }] : []),
            { path: '/sell/contract-prices', label: t('seller.section.contractPrices') },
            { path: '/sell/asks', label: t('seller.section.asks') },
            ...(mayDo(session.actor, 'administer') ? [{ path: '/sell/team', label: t('team.section') }] : []),
          ]}
        />
        <Routes>
          <Route index element={<ListingsPage />} />
          <Route path="orders" element={<OrdersPage />} />
          <Route path="returns" element={<SellerReturnsPage />} />
          <Route path="statements" element={<StatementsPage />} />
          <Route path="payouts" element={<PayoutsPage />} />
          <Route path="terms" element={<SellerTermsPage />} />
          <Route path="uploads" element={<UploadsPage />} />
          <Route path="propose-product" element={<ProposeProductPage />} />
          <Route path="contract-prices" element={<ContractPricesPage />} />
          <Route path="asks" element={<AsksPage />} />
          <Route path="team" element={<TeamPage />} />
        </Routes>
      </SellerListingsProvider>
    </LiveTradesProvider>
  );
}
