#!/usr/bin/env node
// `npm start`: the whole marketplace on one machine.
//   - Kafka: KAFKA_BROKERS if set, else a single-node KRaft broker on 127.0.0.1:9092
//     (jars fetched from Maven Central on first run, cached in .cache/kafka).
//   - PostgreSQL: DATABASE_URL if set, else the local server, database `lotbook`
//     (created if missing). Each service migrates its own schema at start.
//   - The six services and the GraphQL gateway, each a Node process; their JSON logs are
//     forwarded with a [name] prefix.
// Ctrl-C stops everything this script started, the broker included.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildWeb } from '../../apps/web/scripts/build-web.mjs';
import { startKafka } from '../kafka/kafka.mjs';
import { BACKEND_SERVICES, GATEWAY } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const say = (line) => console.log(`[lotbook] ${line}`);
const children = [];
let kafka;
let stopping = false;

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 10)) {
  console.error(`Lotbook needs Node.js 20.10 or newer; this is ${process.version}.`);
  process.exit(1);
}

async function ensureDatabase(url) {
  const { default: pg } = await import('pg');
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot reach PostgreSQL at ${admin.host}: ${error.message}. Is it running? Set DATABASE_URL to use another server.`);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      say(`created database ${database}`);
    }
  } finally {
    await client.end();
  }
}

function startProcess(name, env) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, `apps/${name}/src/main.ts`)], {
    cwd: root,
    env: { ...process.env, ...env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const ready = new Promise((resolve, reject) => {
    const onLine = (stream) => (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      stream.write(`[${name}] ${line}\n`);
      if (line.includes('"msg":"ready"')) resolve();
    };
    readline.createInterface({ input: child.stdout }).on('line', onLine(process.stdout));
    readline.createInterface({ input: child.stderr }).on('line', onLine(process.stderr));
    child.on('exit', (code, signal) => {
      if (!stopping) {
        const why = `${name} exited (${signal ?? `code ${code}`})`;
        reject(new Error(`${why}; its last output:\n${tail.join('\n')}`));
        console.error(`[lotbook] ${why}; stopping everything`);
        void shutdown(1);
      }
    });
  });
  const entry = { name, child, ready };
  children.push(entry);
  return entry;
}

/** Demo companies, users and an operator, through the gateway (skip with LOTBOOK_SEED=false). */
function seedDemoData(graphqlUrl, env) {
  say('seeding demo data (LOTBOOK_SEED=false skips it)…');
  return new Promise((resolve, reject) => {
    const seeder = spawn(process.execPath, [path.join(root, 'tools/run-ts.mjs'), 'tools/start/seed-demo.ts', graphqlUrl], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    seeder.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the demo data seeder exited with code ${code}`))));
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  if (kafka) {
    await kafka.stop();
    say('Kafka stopped');
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  const started = Date.now();
  await buildWeb({ ifStale: true, log: say });
  let brokers = process.env.KAFKA_BROKERS;
  if (brokers) {
    say(`using Kafka at ${brokers} (KAFKA_BROKERS)`);
  } else {
    kafka = await startKafka({ port: 9092, controllerPort: 9093, log: say });
    brokers = kafka.brokers;
  }

  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lotbook';
  await ensureDatabase(databaseUrl);
  say(`using PostgreSQL database ${new URL(databaseUrl).pathname.slice(1)} on ${new URL(databaseUrl).host}`);

  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: databaseUrl };
  await Promise.all(BACKEND_SERVICES.map(({ name }) => startProcess(name, env).ready));
  await startProcess(GATEWAY.name, env).ready;

  const port = process.env.GATEWAY_PORT ?? GATEWAY.port;
  const host = process.env.GATEWAY_HOST ?? '127.0.0.1';
  say(`all services ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (process.env.LOTBOOK_SEED !== 'false') await seedDemoData(`http://${host}:${port}/graphql`, env);
  for (const { name, port: servicePort } of BACKEND_SERVICES) say(`  ${name.padEnd(15)} http://127.0.0.1:${servicePort}/health`);
  say(`  kafka           ${brokers}`);
  console.log(
    `\nLotbook is ready: the web app at http://${host}:${port}/, GraphQL at http://${host}:${port}/graphql  (Ctrl-C stops everything)\n`,
  );
}

main().catch(async (error) => {
  console.error(`[lotbook] could not start: ${error.message}`);
  await shutdown(1);
});
