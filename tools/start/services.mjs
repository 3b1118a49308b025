// The processes that make up Lotbook, in start order, with their default ports, as the one list
// names them (libs/shared/contracts/src/services.ts, which `npm start`, the ESLint config and the
// services read alike). That file imports nothing, so it is compiled here on the fly with SWC
// (which runs the services too) and evaluated on its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../libs/shared/contracts/src/services.ts');

function loadServiceList() {
  const { transformSync } = require('@swc/core');
  const { code } = transformSync(readFileSync(source, 'utf8'), {
    filename: source,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const module = { exports: {} };
  const noImports = (name) => {
    throw new Error(`${source} must import nothing (it imports ${name})`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, noImports);
  return module.exports;
}

const list = loadServiceList();

/** @type {ReadonlyArray<{ name: string, port: number, scope: string }>} the back-end services, in start order */
export const BACKEND_SERVICES = list.SERVICES;
/** @type {{ name: string, port: number, scope: string }} the gateway, started last: it asks the others for their health as soon as it is up */
export const GATEWAY = list.GATEWAY;
/** @type {ReadonlyArray<{ name: string, scope: string, port?: number }>} every app under apps/ */
export const APPS = list.APPS;
