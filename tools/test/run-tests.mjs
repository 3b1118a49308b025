#!/usr/bin/env node
// `npm test`: every unit and integration test in one jest run, with the broker started
// (or reused) by the global setup. Extra arguments go to jest, e.g. a path filter.
// The JSON summary lands in .cache/test-results.json for CI to count.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
mkdirSync(path.join(root, '.cache'), { recursive: true });

// `--unit` (npm run test:unit): the pure specs only, without Kafka or PostgreSQL.
const unit = process.argv.includes('--unit');
const rest = process.argv.slice(2).filter((arg) => arg !== '--unit');

const args = [
  path.join(root, 'node_modules/jest/bin/jest.js'),
  '--config',
  path.join(root, 'tools/jest/jest.config.js'),
  '--runInBand',
  '--json',
  '--outputFile',
  path.join(root, unit ? '.cache/unit-test-results.json' : '.cache/test-results.json'),
  ...(process.env.CI ? ['--ci'] : []),
  ...(unit ? ['--testPathIgnorePatterns=\\.int-spec\\.ts$'] : []),
  ...rest,
];
const env = unit ? { ...process.env, LOTBOOK_TEST_NO_KAFKA: '1' } : process.env;
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
