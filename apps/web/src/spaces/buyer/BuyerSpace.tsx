import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SpaceNav } from '../../components/SpaceNav';
import { LiveTradesProvider } from '../../components/trading/live-trades';
import { BidsPage } from './BidsPage';
import { CartPage } from './CartPage';
import { PurchasesPage } from './PurchasesPage';
import { CataloguePage } from './CataloguePage';
import { ProductPage } from './ProductPage';

/**
 * The buyers' space: the catalogue, one product's offers and book, the cart and its checkout
 * preview, purchases with their approvals and seller orders (live), bids and fills. Returns
 * and invoices join the sections next.
 */
export default function BuyerSpace() {
  const { t } = useTranslation();
  return (
    <LiveTradesProvider>
      <SpaceNav
        label={t('buyer.sections')}
        sections={[
          { path: '/buy', label: t('buyer.section.catalogue'), exact: true, also: '/buy/products' },
          { path: '/buy/cart', label: t('buyer.section.cart') },
          { path: '/buy/purchases', label: t('buyer.section.purchases') },
          { path: '/buy/bids', label: t('buyer.section.bids') },
        ]}
      />
      <Routes>
        <Route index element={<CataloguePage />} />
        <Route path="products/:productId" element={<ProductPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="purchases" element={<PurchasesPage />} />
        <Route path="bids" element={<BidsPage />} />
      </Routes>
    </LiveTradesProvider>
  );
}
