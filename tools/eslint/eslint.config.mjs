// ESLint for the whole workspace. Run from the repository root: `npm run lint`.
// Patterns are relative to the working directory because the config is passed with -c.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const SCOPES = ['gateway', 'counterparties', 'catalog', 'trading', 'orders', 'returns', 'settlements'];

/** Layers and contexts. Tests may also use the testing library, whatever their layer. */
function moduleBoundaries({ tests }) {
  const layer = (sourceTag, allowed) => ({
    sourceTag,
    onlyDependOnLibsWithTags: tests ? [...allowed, 'type:testing'] : allowed,
  });
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // An app may use anything below it; domain code only util code.
      layer('type:app', ['type:feature', 'type:data-access', 'type:domain', 'type:util']),
      layer('type:feature', ['type:feature', 'type:data-access', 'type:domain', 'type:util']),
      layer('type:data-access', ['type:data-access', 'type:domain', 'type:util']),
      layer('type:domain', ['type:domain', 'type:util']),
      layer('type:util', ['type:util']),
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:util', 'type:testing'] },
      // A service never imports another service's code; shared code depends only on shared code.
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ...SCOPES.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] })),
      { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
    ],
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.cache/**', '.nx/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { project: ['./tsconfig.base.json'], tsconfigRootDir: process.cwd() },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ tests: false })],
    },
  },
  {
    // Test files may use any workspace library, including the testing one.
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ tests: true })],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
