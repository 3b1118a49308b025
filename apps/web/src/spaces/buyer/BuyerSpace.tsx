import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SpaceNav } from '../../components/SpaceNav';
import { LiveTradesProvider } from '../../components/trading/live-trades';
import { BidsPage } from './BidsPage';
import { CataloguePage } from './CataloguePage';
import { ProductPage } from './ProductPage';

/**
 * The buyers' space: the catalogue, one product's offers and book, bids and fills. Cart,
 * checkout, approvals, orders, returns and invoices join the sections as their API lands.
 */
export default function BuyerSpace() {
  const { t } = useTranslation();
  return (
    <LiveTradesProvider>
      <SpaceNav
        label={t('buyer.sections')}
        sections={[
          { path: '/buy', label: t('buyer.section.catalogue'), exact: true, also: '/buy/products' },
          { path: '/buy/bids', label: t('buyer.section.bids') },
        ]}
      />
      <Routes>
        <Route index element={<CataloguePage />} />
        <Route path="products/:productId" element={<ProductPage />} />
        <Route path="bids" element={<BidsPage />} />
      </Routes>
    </LiveTradesProvider>
  );
}
