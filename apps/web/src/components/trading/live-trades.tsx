import { notifications } from '@mantine/notifications';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { MyTradeMatchedDocument } from '../../api/product-operations';
import type { MyTradeMatchedSubscription } from '../../api/gql/graphql';
import { useFormat } from '../format';

export type LiveTrade = MyTradeMatchedSubscription['myTradeMatched'];

const LiveTradesContext = createContext<LiveTrade[]>([]);
const NO_TRADES: LiveTrade[] = [];

/** The company's trades as they are matched (`myTradeMatched`), newest first, each also announced. */
export function LiveTradesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  // The reducer only keeps the list; announcing is an effect, outside React's rendering.
  const [{ data }] = useSubscription({ query: MyTradeMatchedDocument }, (known: LiveTrade[] = NO_TRADES, event) => {
    const trade = event.myTradeMatched;
    return known.some((entry) => entry.id === trade.id) ? known : [trade, ...known].slice(0, 200);
  });
  const trades = data ?? NO_TRADES;
  const announced = useRef<string | undefined>(undefined);
  useEffect(() => {
    const latest = trades[0];
    if (!latest || latest.id === announced.current) return;
    announced.current = latest.id;
    notifications.show({
      title: t(latest.side === 'BID' ? 'trades.boughtTitle' : 'trades.soldTitle'),
      message: t('trades.matched', {
        quantity: quantity(latest.quantity),
        price: money(latest.priceMinor, latest.currency),
        counterparty: latest.counterpartyName,
      }),
      color: 'teal',
    });
  }, [trades, t, money, quantity]);
  return <LiveTradesContext.Provider value={trades}>{children}</LiveTradesContext.Provider>;
}

export function useLiveTrades(): LiveTrade[] {
  return useContext(LiveTradesContext);
}
