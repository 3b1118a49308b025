import { SERVICE_NAMES } from '@lotbook/contracts';
import { createTestDatabase, startServiceProcess, type TestDatabase, testKafkaBrokers } from '@lotbook/testing';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('startup');
});

afterAll(async () => {
  await database?.drop();
});

interface Refusal {
  service: string;
  env: Record<string, string>;
  expected: RegExp;
}

/** Starts the app with a broken environment and returns its exit code and what it said on stderr. */
async function refuse({ service, env }: Refusal): Promise<{ code: number | null; stderr: string }> {
  const process = startServiceProcess(service, { STARTUP_TIMEOUT_MS: '3000', ...env });
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    process.exited,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${service} did not exit: ${process.output()}`)), 45_000);
    }),
  ]).finally(() => {
    clearTimeout(timer);
    return process.stop('SIGKILL');
  });
  return { code, stderr: process.stderr() };
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let index = 0; index < items.length; index += size) {
    results.push(...(await Promise.all(items.slice(index, index + size).map(work))));
  }
  return results;
}

describe('every service refuses to start, with a clear message, when', () => {
  const kafka = () => testKafkaBrokers().join(',');

  it('its config is invalid', async () => {
    const cases: Refusal[] = [
      ...SERVICE_NAMES.map((service) => ({
        service,
        env: { DATABASE_URL: database.url, KAFKA_BROKERS: kafka(), HTTP_PORT: 'eighty' },
        expected: new RegExp(`Invalid configuration for ${service}:\\n  - HTTP_PORT: must be a port number \\(got "eighty"\\)`),
      })),
      {
        service: 'gateway',
        env: { KAFKA_BROKERS: 'no port here', GATEWAY_PORT: '70000' },
        expected: /Invalid configuration for gateway:\n {2}- GATEWAY_PORT: must be between 1 and 65535 \(got "70000"\)\n {2}- KAFKA_BROKERS: must be a comma-separated list of host:port/,
      },
    ];
    const results = await inBatches(cases, 4, refuse);
    results.forEach((result, index) => {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(cases[index].expected);
    });
  });

  it('its database is unreachable', async () => {
    const cases: Refusal[] = SERVICE_NAMES.map((service) => ({
      service,
      env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/lotbook', KAFKA_BROKERS: kafka() },
      expected: new RegExp(`^${service} cannot use its database at postgres://postgres@127.0.0.1:1/lotbook: .*ECONNREFUSED.*Check DATABASE_URL`, 'm'),
    }));
    const results = await inBatches(cases, 4, refuse);
    results.forEach((result, index) => {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(cases[index].expected);
    });
  });

  it('its broker is unreachable', async () => {
    const cases: Refusal[] = [...SERVICE_NAMES, 'gateway'].map((service) => ({
      service,
      env: { DATABASE_URL: database.url, KAFKA_BROKERS: '127.0.0.1:1' },
      expected: new RegExp(`^${service} cannot reach Kafka at 127.0.0.1:1: .*Check KAFKA_BROKERS`, 'm'),
    }));
    const results = await inBatches(cases, 4, refuse);
    results.forEach((result, index) => {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(cases[index].expected);
    });
  });
});
