import { Badge, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OrderLineProductsDocument } from '../../api/product-operations';
import { CompanyName } from '../CompanyName';
import { useFormat } from '../format';
import { ProductQuantity } from '../product';

/** The parts of a return every space shows: its status, its steps, its quote's figures. */

export const RETURN_STATUS_COLOURS: Record<string, string> = {
  REQUESTED: 'yellow',
  DISPUTED: 'red',
  ACCEPTED: 'indigo',
  RECEIVED: 'cyan',
  REFUNDED: 'green',
};

export const FAULT_COLOURS: Record<string, string> = { BUYER: 'gray', SELLER: 'orange', CARRIER: 'grape' };

export function ReturnStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={RETURN_STATUS_COLOURS[status] ?? 'gray'} variant="light" data-testid="return-status">
      {t(`returnStatus.${status}` as never)}
    </Badge>
  );
}

/** The product of a seller order's line (fetched once per order and cached). */
export function useLineProductId(sellerOrderId: string, lineId: string): string | undefined {
  const [{ data }] = useQuery({ query: OrderLineProductsDocument, variables: { id: sellerOrderId }, requestPolicy: 'cache-first' });
  return data?.sellerOrder.lines.find((line) => line.id === lineId)?.productId;
}

/** A quantity of an order line with its product's unit ("500 kg"). */
export function LineQuantity({ sellerOrderId, lineId, quantity }: { sellerOrderId: string; lineId: string; quantity: number }) {
  const { quantity: format } = useFormat();
  const productId = useLineProductId(sellerOrderId, lineId);
  return productId ? <ProductQuantity productId={productId} quantity={quantity} /> : <>{format(quantity)}</>;
}

interface Step {
  action: string;
  from?: string | null;
  to: string;
  at: string;
  actorKind: string;
  note?: string | null;
}

/** Every step of a return, oldest first, with who acted and why. */
export function ReturnHistory({ history }: { history: readonly Step[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <Table aria-label={t('returns.history')} withRowBorders={false} data-testid="return-history">
      <Table.Tbody>
        {history.map((step, index) => (
          <Table.Tr key={index}>
            <Table.Td w={170}>
              <Text size="xs">{dateTime(step.at)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="xs">
                {t(`returnAction.${step.action}` as never)} → {t(`returnStatus.${step.to}` as never)} (
                {t(`actorKind.${step.actorKind}` as never)}){step.note ? `: ${step.note}` : ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Amount {
  amountMinor: number;
  reason: string;
}
interface QuoteItem {
  lineId: string;
  sellerOrderId: string;
  quantity: number;
  reason: string;
  fault: string;
  refund: Amount;
  sellerPays: Amount;
  platformPays: Amount;
  restockingDeducted: Amount;
  returnLabelDeducted: Amount;
  clawbackDeducted: Amount;
}
export interface QuoteFigures {
  currency: string;
  items: readonly QuoteItem[];
  refund: Amount;
  sellersPay: Amount;
  platformPays: Amount;
  returnLabels: Amount;
  sellerOrders: readonly { sellerOrderId: string; sellerCompanyId: string; returnLabel: Amount }[];
}

/** An amount with the API's explanation of it on hover and for screen readers. */
function Explained({ amount, currency }: { amount: Amount; currency: string }) {
  const { money } = useFormat();
  return (
    <Tooltip label={amount.reason} multiline w={320} disabled={!amount.reason}>
      <span tabIndex={amount.reason ? 0 : undefined} aria-description={amount.reason || undefined}>
        {money(amount.amountMinor, currency)}
      </span>
    </Tooltip>
  );
}

/**
 * A return's figures per item: what the buyer gets back, what is deducted, and who pays it (the
 * seller or Lotbook); then the totals and each seller's return label.
 */
export function QuoteTable({
  quote,
  label,
  names,
  audience = 'other',
}: {
  quote: QuoteFigures;
  label: string;
  /** The buyer reads "back to you"; sellers and operators "refund to the buyer". */
  audience?: 'buyer' | 'other';
  /** Each line's product name and SKU, by line id. */
  names: Record<string, { productName: string; sellerSku: string }>;
}) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const c = quote.currency;
  const deducted = (item: QuoteItem) =>
    item.restockingDeducted.amountMinor + item.returnLabelDeducted.amountMinor + item.clawbackDeducted.amountMinor;
  return (
    <Table aria-label={label} striped withTableBorder data-testid="return-quote">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('returns.product')}</Table.Th>
          <Table.Th ta="right">{t('returns.quantity')}</Table.Th>
          <Table.Th>{t('returns.reason')}</Table.Th>
          <Table.Th>{t('returns.fault')}</Table.Th>
          <Table.Th ta="right">{t('returns.deducted')}</Table.Th>
          <Table.Th ta="right">{t(audience === 'buyer' ? 'returns.refund' : 'returns.refundToBuyer')}</Table.Th>
          <Table.Th ta="right">{t('returns.sellerPays')}</Table.Th>
          <Table.Th ta="right">{t('returns.platformPays')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {quote.items.map((item) => (
          <Table.Tr key={item.lineId} data-testid="quote-item">
            <Table.Td>
              {names[item.lineId]?.productName ?? '…'}{' '}
              <Text span size="xs" c="dimmed">
                ({names[item.lineId]?.sellerSku})
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <LineQuantity sellerOrderId={item.sellerOrderId} lineId={item.lineId} quantity={item.quantity} />
            </Table.Td>
            <Table.Td>{t(`returnReason.${item.reason}` as never)}</Table.Td>
            <Table.Td>
              <Badge color={FAULT_COLOURS[item.fault] ?? 'gray'} variant="light">
                {t(`returnFault.${item.fault}` as never)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">
              <Tooltip
                label={[item.restockingDeducted, item.returnLabelDeducted, item.clawbackDeducted]
                  .filter((amount) => amount.amountMinor !== 0)
                  .map((amount) => `${money(amount.amountMinor, c)}: ${amount.reason}`)
                  .join('; ')}
                multiline
                w={360}
                disabled={deducted(item) === 0}
              >
                <span>{money(deducted(item), c)}</span>
              </Tooltip>
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              <Explained amount={item.refund} currency={c} />
            </Table.Td>
            <Table.Td ta="right">
              <Explained amount={item.sellerPays} currency={c} />
            </Table.Td>
            <Table.Td ta="right">
              <Explained amount={item.platformPays} currency={c} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        {quote.sellerOrders.map((order) => (
          <Table.Tr key={order.sellerOrderId}>
            <Table.Td colSpan={5}>
              <Text size="sm">
                {t('returns.labelOf')} <CompanyName companyId={order.sellerCompanyId} />
              </Text>
            </Table.Td>
            <Table.Td colSpan={3} ta="right">
              <Explained amount={order.returnLabel} currency={c} />
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr data-testid="quote-totals">
          <Table.Th colSpan={5}>{t('returns.total')}</Table.Th>
          <Table.Th ta="right" data-testid="quote-refund">
            {money(quote.refund.amountMinor, c)}
          </Table.Th>
          <Table.Th ta="right">{money(quote.sellersPay.amountMinor, c)}</Table.Th>
          <Table.Th ta="right">{money(quote.platformPays.amountMinor, c)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
