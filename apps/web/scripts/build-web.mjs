#!/usr/bin/env node
// `npm run web:build`: the web app's production build into dist/web, which the gateway serves.
// With --if-stale it does nothing when dist/web is newer than every source of the app, so
// `npm start` and the browser tests pay for a build only after a change.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const web = path.join(root, 'apps/web');
const outDir = path.join(root, 'dist/web');
const stamp = path.join(outDir, '.build-stamp');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'docs' || entry.name === 'e2e') continue;
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function sources() {
  const money = path.join(root, 'libs/shared/money/src');
  return Math.max(newestSource(web), newestSource(money), statSync(path.join(root, 'package-lock.json')).mtimeMs);
}

export async function buildWeb({ ifStale = false, log = console.log } = {}) {
  if (ifStale && existsSync(stamp) && statSync(stamp).mtimeMs >= sources()) {
    log('[web] dist/web is up to date');
    return { built: false };
  }
  const started = Date.now();
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in this process when it is unset; the services `npm start`
  // spawns afterwards would inherit it and start in production mode, refusing the development
  // secrets. The build leaves the environment as it found it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(web, 'vite.config.mts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(stamp, new Date().toISOString());
  log(`[web] built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb({ ifStale: process.argv.includes('--if-stale') }).catch((error) => {
    console.error(`[web] build failed: ${error.message}`);
    process.exit(1);
  });
}
