// One jest run for the whole workspace: unit specs (*.spec.ts) beside the code and
// integration specs (*.int-spec.ts) that talk to real Kafka and PostgreSQL.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const rootDir = path.resolve(__dirname, '../..');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/@.-]/g, (c) => `\\${c}`)}$`] = `<rootDir>/${target}`;
}

/** @type {import('jest').Config} */
module.exports = {
  rootDir,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  testEnvironment: 'node',
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  globalSetup: '<rootDir>/libs/shared/testing/src/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/libs/shared/testing/src/jest-global-teardown.mjs',
  testTimeout: 60_000,
  slowTestThreshold: 30,
};
