import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/**
 * The GraphQL IDE, served entirely from our own node_modules (GraphiQL and React), so it works
 * on a machine with no internet. `GET /graphql` from a browser gets the IDE; everything else
 * on /graphql goes to Apollo.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Lotbook GraphQL. Every service answers over Kafka:
{
  health {
    status
    services { name status roundTripMs database { status } kafka { status } error }
  }
}
`;

export const IDE_ASSET_PREFIX = '/graphql-ide/';

// GraphiQL 3 runs on React 18's UMD builds; React 19 (the web app's) has none, so both come
// from a package of their own (apps/gateway/graphiql-assets) with its own node_modules.
const IDE_PACKAGES = path.resolve(__dirname, '../../graphiql-assets');

function resolveAsset(file: string): string {
  const [pkg, ...rest] = file.split('/');
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [IDE_PACKAGES] })), ...rest);
}

export function ideHtml(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Lotbook GraphQL</title>
  <link rel="stylesheet" href="${IDE_ASSET_PREFIX}graphiql.min.css" />
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the Lotbook GraphQL IDE…</div>
  <script src="${IDE_ASSET_PREFIX}react.production.min.js"></script>
  <script src="${IDE_ASSET_PREFIX}react-dom.production.min.js"></script>
  <script src="${IDE_ASSET_PREFIX}graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}

export function graphiqlMiddleware(graphqlPath = '/graphql') {
  const cache = new Map<string, Buffer>();
  const html = ideHtml(graphqlPath);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET') return next();
    if (request.path === '/favicon.ico') {
      response.status(204).end(); // browsers ask for it; an empty answer beats a 404 in the console
      return;
    }
    if (request.path.startsWith(IDE_ASSET_PREFIX)) {
      const asset = ASSETS[request.path.slice(IDE_ASSET_PREFIX.length)];
      if (!asset) {
        response.status(404).end();
        return;
      }
      let body = cache.get(asset.file);
      if (!body) {
        body = readFileSync(resolveAsset(asset.file));
        cache.set(asset.file, body);
      }
      response.setHeader('Content-Type', `${asset.type}; charset=utf-8`);
      response.setHeader('Cache-Control', 'public, max-age=86400');
      response.end(body);
      return;
    }
    const wantsPage = request.path === graphqlPath && !request.query.query && (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return next();
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  };
}
