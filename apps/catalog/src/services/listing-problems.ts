import type { ListingTermsProblemCode } from '@lotbook/catalog-domain';
import { CatalogErrorCode } from '../catalog.exception';

/** The domain's listing-term problems are catalog error codes of the same name. */
export function listTermsProblemsCode(code: ListingTermsProblemCode): CatalogErrorCode {
  const mapping: Record<ListingTermsProblemCode, CatalogErrorCode> = {
    UNKNOWN_CURRENCY: CatalogErrorCode.UNKNOWN_CURRENCY,
    NON_POSITIVE_PRICE: CatalogErrorCode.NON_POSITIVE_PRICE,
    NON_POSITIVE_QUANTITY: CatalogErrorCode.NON_POSITIVE_QUANTITY,
    PRICE_BREAKS_OUT_OF_ORDER: CatalogErrorCode.PRICE_BREAKS_OUT_OF_ORDER,
    LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ: CatalogErrorCode.LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ,
  };
  return mapping[code];
}
