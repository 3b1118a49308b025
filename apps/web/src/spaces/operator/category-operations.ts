import { graphql } from './gql';

export const CreateCategoryDocument = graphql(`
  mutation CreateCategory($name: String!, $parentId: ID, $idempotencyKey: String) {
    createCategory(name: $name, parentId: $parentId, idempotencyKey: $idempotencyKey) {
      id
      name
      parentId
      path
    }
  }
`);
