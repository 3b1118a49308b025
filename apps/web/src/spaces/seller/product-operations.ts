import { graphql } from './gql';

export const ProposeProductDocument = graphql(`
  mutation ProposeProduct($input: ProductInput!, $idempotencyKey: String) {
    proposeProduct(input: $input, idempotencyKey: $idempotencyKey) {
      id
      code
      name
      status
      categoryId
      baseUnit
    }
  }
`);
