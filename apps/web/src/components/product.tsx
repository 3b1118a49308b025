import { Text } from '@mantine/core';
import { useQuery } from 'urql';
import { ProductSummaryDocument } from '../api/product-operations';
import { useFormat } from './format';

/** A product's summary (name, code, base unit), fetched once per product and cached. */
export function useProduct(productId: string | null | undefined) {
  const [{ data }] = useQuery({
    query: ProductSummaryDocument,
    variables: { id: productId ?? '' },
    pause: !productId,
    requestPolicy: 'cache-first',
  });
  return data?.product;
}

export function ProductName({ productId }: { productId: string }) {
  const product = useProduct(productId);
  return (
    <Text span size="sm" title={product?.code}>
      {product ? product.name : '…'}
    </Text>
  );
}

/** A quantity of a product with the product's unit ("1,000 kg"). */
export function ProductQuantity({ productId, quantity: value }: { productId: string; quantity: number }) {
  const product = useProduct(productId);
  const { quantity } = useFormat();
  return <>{quantity(value, product?.baseUnit)}</>;
}
