export { EMPTY_RETURN_HISTORY, faultOf, historyAfter, historyOf, quoteReturn, returnableQuantities } from './allocation';
export {
  RETURN_REASONS,
  type LineReturnHistory,
  type OrderLineFigures,
  type ReturnAllocation,
  type ReturnAmount,
  type ReturnAmountName,
  type ReturnFault,
  type ReturnHistory,
  type ReturnItemAllocation,
  type ReturnItemRequest,
  type ReturnQuoteInput,
  type ReturnReason,
  type ReturnTotals,
  type SellerOrderClawback,
  type SellerOrderFigures,
  type SellerOrderReturnAllocation,
  type SellerOrderReturnHistory,
  type SellerVolumeDiscount,
} from './allocation.types';
export { ReturnsDomainError, type ReturnsDomainErrorCode } from './returns-domain-error';
