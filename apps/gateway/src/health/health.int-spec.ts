import { SERVICE_NAMES } from '@lotbook/contracts';
import { createTestDatabase, type ServiceProcess, startServiceProcess, type TestDatabase, testKafkaBrokers } from '@lotbook/testing';

const GATEWAY_PORT = 4310;
const RPC_TIMEOUT_MS = 1500;
const graphqlUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;

interface ServiceHealthResult {
  name: string;
  status: 'UP' | 'DOWN';
  roundTripMs: number | null;
  error: string | null;
  database: { status: string; latencyMs: number } | null;
  kafka: { status: string } | null;
}

async function queryHealth(): Promise<{ status: string; services: ServiceHealthResult[] }> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ health { status checkedAt services { name status roundTripMs error database { status latencyMs } kafka { status } } } }',
    }),
  });
  const body = (await response.json()) as { data?: { health: { status: string; services: ServiceHealthResult[] } }; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data.health;
}

let database: TestDatabase;
const processes = new Map<string, ServiceProcess>();

beforeAll(async () => {
  database = await createTestDatabase('gateway_health');
  const env = { DATABASE_URL: database.url, KAFKA_BROKERS: testKafkaBrokers().join(',') };
  SERVICE_NAMES.forEach((name, index) => {
    processes.set(name, startServiceProcess(name, { ...env, HTTP_PORT: String(4311 + index) }));
  });
  await Promise.all([...processes.values()].map((service) => service.ready));
  const gateway = startServiceProcess('gateway', {
    KAFKA_BROKERS: env.KAFKA_BROKERS,
    GATEWAY_PORT: String(GATEWAY_PORT),
    RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS),
  });
  processes.set('gateway', gateway);
  await gateway.ready;
}, 120_000);

afterAll(async () => {
  await Promise.all([...processes.values()].map((service) => service.stop()));
  await database?.drop();
});

describe('gateway health over Kafka request-reply', () => {
  it('reports every service up with its database, Kafka and round-trip time', async () => {
    const health = await queryHealth();
    expect(health.services.map((service) => service.name)).toEqual([...SERVICE_NAMES]);
    for (const service of health.services) {
      expect(service).toMatchObject({ status: 'UP', error: null, database: { status: 'UP' }, kafka: { status: 'UP' } });
      expect(service.roundTripMs).toBeGreaterThan(0);
    }
    expect(health.status).toBe('UP');
  });

  it('reports a stopped service as down within the reply timeout instead of hanging', async () => {
    await (processes.get('trading') as ServiceProcess).stop('SIGKILL');
    const started = Date.now();
    const health = await queryHealth();
    const elapsed = Date.now() - started;

    const trading = health.services.find((service) => service.name === 'trading');
    expect(trading).toMatchObject({ status: 'DOWN', roundTripMs: null, error: `trading.get-health: no reply within ${RPC_TIMEOUT_MS} ms` });
    expect(health.services.filter((service) => service.name !== 'trading').every((service) => service.status === 'UP')).toBe(true);
    expect(health.status).toBe('DOWN');
    expect(elapsed).toBeGreaterThanOrEqual(RPC_TIMEOUT_MS);
    expect(elapsed).toBeLessThan(RPC_TIMEOUT_MS + 3000); // the bound, not a speed target
  });

  it('serves the GraphQL IDE from its own assets, with no CDN', async () => {
    const page = await fetch(graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL.createFetcher');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/')).toBe(true); // never an external host
      const asset = await fetch(`http://127.0.0.1:${GATEWAY_PORT}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
