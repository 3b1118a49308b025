import { notifications } from '@mantine/notifications';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { MyTradeMatchedDocument } from '../../api/product-operations';
import type { MyTradeMatchedSubscription } from '../../api/gql/graphql';
import { useFormat } from '../format';

export type LiveTrade = MyTradeMatchedSubscription['myTradeMatched'];

const LiveTradesContext = createContext<LiveTrade[]>([]);

/** The company's trades as they are matched (`myTradeMatched`), newest first, each also announced. */
export function LiveTradesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  const [trades, setTrades] = useState<LiveTrade[]>([]);
  useSubscription({ query: MyTradeMatchedDocument }, (_previous: unknown, event) => {
    const trade = event.myTradeMatched;
    setTrades((known) => (known.some((entry) => entry.id === trade.id) ? known : [trade, ...known].slice(0, 200)));
    notifications.show({
      title: t(trade.side === 'BID' ? 'trades.boughtTitle' : 'trades.soldTitle'),
      message: t('trades.matched', {
        quantity: quantity(trade.quantity),
        price: money(trade.priceMinor, trade.currency),
        counterparty: trade.counterpartyName,
      }),
      color: 'teal',
    });
    return event;
  });
  return <LiveTradesContext.Provider value={trades}>{children}</LiveTradesContext.Provider>;
}

export function useLiveTrades(): LiveTrade[] {
  return useContext(LiveTradesContext);
}
