import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { webAppMiddleware } from './web-app.middleware';

describe('the web app served by the gateway', () => {
  let dir: string;
  let server: Server;
  let base: string;

  const get = (url: string, accept = 'text/html') => fetch(`${base}${url}`, { headers: { accept } });

  beforeAll(async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'lotbook-web-'));
    writeFileSync(path.join(parent, 'secret.txt'), 'not for browsers');
    dir = path.join(parent, 'site');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dir, 'assets/seller-abc123.js'), 'export const seller = 1;');
    const app = express();
    app.use(webAppMiddleware(dir));
    app.use((request, response) => response.status(418).send(`gateway:${request.method} ${request.path}`));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('serves index.html at the root, never cached', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>app</title>');
    // Whatever the client accepts: curl and link checkers send */* or nothing.
    for (const accept of ['*/*', '']) expect((await get('/', accept)).status).toBe(200);
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const response = await get('/assets/seller-abc123.js', '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('export const seller = 1;');
  });

  it("answers the app's own routes with index.html, so a reload of /sell/listings works", async () => {
    const response = await get('/sell/listings');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('leaves /graphql, /graphql-ide and /health to the gateway, whatever the browser accepts', async () => {
    for (const url of ['/graphql', '/graphql?query=%7Bhealth%7D', '/graphql-ide/graphiql.min.js', '/health']) {
      const response = await get(url);
      expect(response.status).toBe(418);
    }
    const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).toBe(418);
  });

  it('does not answer a missing asset with the page, nor leave its folder', async () => {
    expect((await get('/assets/missing.js', '*/*')).status).toBe(418);
    // %2f is not a separator to the URL parser, so this path reaches the middleware as it is.
    const escape = await get('/..%2fsecret.txt', '*/*');
    expect(escape.status).toBe(418);
    expect(await escape.text()).not.toContain('not for browsers');
  });

  it('says the app is not built when there is no build, and still leaves /graphql alone', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'lotbook-web-empty-'));
    const app = express();
    app.use(webAppMiddleware(empty));
    app.use((_request, response) => response.status(418).end());
    const other = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      const page = await fetch(`${url}/buy`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run web:build');
      expect((await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(418);
    } finally {
      await new Promise((resolve) => other.close(resolve));
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
