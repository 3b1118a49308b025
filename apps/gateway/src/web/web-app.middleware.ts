import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Where `npm run web:build` (and `npm start`) puts the web app's production build. */
export const WEB_BUILD_DIR = path.resolve(__dirname, '../../../../dist/web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Paths the web app never answers, so it cannot shadow the API, the IDE or the health check.
const NOT_OURS = /^\/(graphql|graphql-ide|health)(\/|$)/;

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lotbook</title></head>
<body><h1>The Lotbook web app is not built</h1><p>Run <code>npm run web:build</code> (<code>npm start</code> does it), then reload.
The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

/**
 * Serves the web app's production build from the gateway, on the same origin as /graphql:
 * its files as they are (hashed assets cached for a year, index.html never), and index.html
 * for any other page a browser asks for, so the app's own routes (/sell/listings) load
 * directly. /graphql, /graphql-ide and /health are left to the gateway.
 */
export function webAppMiddleware(buildDir = WEB_BUILD_DIR) {
  const root = path.resolve(buildDir);
  const indexFile = path.join(root, 'index.html');
  return (request: Request, response: Response, next: NextFunction): void => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_OURS.test(request.path)) return next();
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(request.path)}`);
    } catch {
      return next(); // a malformed escape is not a file of ours
    }
    if (file.startsWith(root + path.sep) && isFile(file)) return send(response, file, request.method);
    // The root is the app whoever asks (curl sends */*); another path only for a browser asking for a page.
    const wantsPage = request.path === '/' || ((request.headers.accept ?? '').includes('text/html') && !path.extname(request.path));
    if (!wantsPage) return next();
    if (!isFile(indexFile)) {
      response.status(503).setHeader('Content-Type', TYPES['.html']);
      response.end(NOT_BUILT);
      return;
    }
    send(response, indexFile, request.method);
  };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

function send(response: Response, file: string, method: string): void {
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  response.setHeader('Content-Length', String(statSync(file).size));
  response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
