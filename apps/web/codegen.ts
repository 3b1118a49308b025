import type { CodegenConfig } from '@graphql-codegen/cli';

// One typed output per space, so a space's chunk carries only its own operations (the client
// preset puts every document of an output into one module, which the bundler cannot split).
const SPACES = ['buyer', 'seller', 'operator'] as const;

const shared = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { MinorUnits: 'number', Timestamp: 'string', Attributes: 'Record<string, string>' },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: false },
  },
};

const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  ignoreNoDocuments: false,
  // The committed output is Prettier-formatted; formatting what was written keeps a run's diff to real changes.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'apps/web/src/api/gql/': {
      ...shared,
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/spaces/**', '!apps/web/src/**/gql/**', '!apps/web/src/**/*.spec.ts'],
    },
    ...Object.fromEntries(
      SPACES.map((space) => [
        `apps/web/src/spaces/${space}/gql/`,
        { ...shared, documents: [`apps/web/src/spaces/${space}/**/*.{ts,tsx}`, `!apps/web/src/spaces/${space}/gql/**`] },
      ]),
    ),
  },
};

export default config;
