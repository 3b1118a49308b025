import { readFileSync } from 'node:fs';
import path from 'node:path';
import { healthContracts, SERVICE_NAMES } from '@lotbook/contracts';
import { MarketplaceStack, startServiceProcess, testKafkaBrokers, type ServiceProcess } from '@lotbook/testing';
import { createClient } from 'graphql-ws';
import { serverAudits } from 'graphql-http';
import { Kafka, logLevel } from 'kafkajs';
import WebSocket from 'ws';

// A block of ten ports of our own (4760-4769); the services get the ones after the gateway's.
const GATEWAY_PORT = 4760;
const URL = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
const SECRET = 'hardening-spec-secret-of-more-than-32-characters';
const PASSWORD = 'hardening-tests-2026';

/** Allowances small enough to reach in a test; every test comes from addresses of its own (X-Forwarded-For). */
const LIMITS = {
  GATEWAY_TRUSTED_PROXIES: '127.0.0.1',
  GATEWAY_RATE_PER_ADDRESS: '100/60',
  GATEWAY_RATE_PER_ACCOUNT: '60/60',
  GATEWAY_RATE_SIGN_IN: '10/60',
  GATEWAY_RATE_REGISTRATION: '4/600',
  GATEWAY_RATE_UPLOADS: '4/600',
  // The machine is shared and loaded: a service's reply may take long; the test of the deadline sets its own.
  RPC_TIMEOUT_MS: '20000',
  AUTH_TOKEN_SECRET: SECRET,
};

/** The GraphQL-over-HTTP SHOULDs the gateway does not meet, each listed with why in the README. */
const KNOWN_SHOULD_MISSES = ['572B', 'FDE2', '7B9B'];

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** One POST from a client at `address` (the gateway trusts 127.0.0.1 to say so). */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  options: { address: string; token?: string; body?: string },
): Promise<Answer> {
  const response = await fetch(URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': options.address,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body ?? JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, headers: response.headers, body };
}

const firstError = (answer: Answer) => answer.body.errors?.[0];

/** A 10-digit INN with its check digit, from nine digits. */
function inn(nineDigits: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (weights.reduce((sum, weight, index) => sum + weight * Number(nineDigits[index]), 0) % 11) % 10;
  return `${nineDigits}${check}`;
}

let stack: MarketplaceStack;
let sellerToken: string;
let buyerToken: string;
let uploaderToken: string;
const SELLER_EMAIL = 'admin@ural-steel.example';

/** Replaces the running gateway with one started with `env` on top of the stack's. */
async function restartGateway(env: Record<string, string>): Promise<ServiceProcess> {
  await stack.processes.get('gateway')?.stop();
  const gateway = startServiceProcess('gateway', {
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    GATEWAY_PORT: String(GATEWAY_PORT),
    ...LIMITS,
    ...env,
  });
  stack.processes.set('gateway', gateway);
  await gateway.ready;
  return gateway;
}

beforeAll(async () => {
  stack = await MarketplaceStack.start({
    label: 'gateway_hardening',
    services: ['catalog'],
    gatewayPort: GATEWAY_PORT,
    password: PASSWORD,
    env: { gateway: LIMITS, counterparties: { AUTH_TOKEN_SECRET: SECRET } },
  });
  // Three companies, so that what one test spends of an account's allowance is not another's.
  await stack.approvedCompany('Ural Steel', inn('660300303'), 'SELLER', SELLER_EMAIL);
  sellerToken = await stack.signIn(SELLER_EMAIL);
  await stack.approvedCompany('Siberian Cable', inn('550300111'), 'SELLER', 'admin@siberian-cable.example');
  uploaderToken = await stack.signIn('admin@siberian-cable.example');
  await stack.approvedCompany('Volga Construction', inn('770100101'), 'BUYER', 'admin@volga.example');
  buyerToken = await stack.signIn('admin@volga.example');
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('one request cannot take the gateway down', () => {
  it('asks each service once for health however many times one operation asks for it', async () => {
    const admin = new Kafka({ clientId: 'health-counter', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const sent = async () =>
      Object.fromEntries(
        await Promise.all(
          SERVICE_NAMES.map(async (name) => {
            const offsets = await admin.fetchTopicOffsets(healthContracts[name].request.name);
            return [name, offsets.reduce((total, { high }) => total + Number(high), 0)] as const;
          }),
        ),
      );
    try {
      const before = await sent();
      const answer = await post(
        `{ ${Array.from({ length: 15 }, (_, index) => `h${index}: health { status }`).join(' ')} }`,
        {},
        { address: '203.0.113.1' },
      );
      expect(answer.body.errors).toBeUndefined();
      expect(Object.keys(answer.body.data ?? {})).toHaveLength(15);
      const after = await sent();
      expect(SERVICE_NAMES.map((name) => after[name] - before[name])).toEqual(SERVICE_NAMES.map(() => 1));
    } finally {
      await admin.disconnect();
    }
  }, 90_000);

  it('refuses what asks too much, typed, before anything runs', async () => {
    const aliases = await post(
      `{ ${Array.from({ length: 300 }, (_, index) => `h${index}: health { status }`).join(' ')} }`,
      {},
      { address: '203.0.113.2' },
    );
    expect({ status: aliases.status, code: firstError(aliases)?.extensions?.code }).toEqual({ status: 400, code: 'OPERATION_TOO_COMPLEX' });
    const tokens = await post(
      `{ ${Array.from({ length: 5618 }, (_, index) => `e${index}: errorCodes { code }`).join(' ')} }`,
      {},
      { address: '203.0.113.2' },
    );
    expect({ status: tokens.status, code: firstError(tokens)?.extensions?.code }).toEqual({ status: 400, code: 'OPERATION_TOO_COMPLEX' });
    const cost = await post(
      `{ ${Array.from({ length: 17 }, (_, index) => `h${index}: health { status }`).join(' ')} }`,
      {},
      { address: '203.0.113.2' },
    );
    expect(firstError(cost)).toMatchObject({
      extensions: { code: 'OPERATION_TOO_COMPLEX' },
      message: expect.stringContaining('at most 1000'),
    });
  });

  it('refuses a 10 MB body on an ordinary operation, and takes a 2 MB stock file', async () => {
    const padding = 'x'.repeat(10 * 1024 * 1024);
    const big = await post(
      '',
      {},
      { address: '203.0.113.3', body: JSON.stringify({ query: '{ errorCodes { code } }', variables: { padding } }) },
    );
    expect({ status: big.status, code: firstError(big)?.extensions?.code }).toEqual({ status: 413, code: 'REQUEST_TOO_LARGE' });
    const overSmallLimit = await post('{ errorCodes { code } }', { padding: 'x'.repeat(300 * 1024) }, { address: '203.0.113.3' });
    expect(firstError(overSmallLimit)?.extensions?.code).toBe('REQUEST_TOO_LARGE');

    const csv = ['sku,on_hand', ...Array.from({ length: 30_000 }, (_, index) => `SKU-${index}-${'X'.repeat(60)},${index}`)].join('\n');
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    const upload = await post(
      'mutation ($csv: String) { uploadStockCsv(csv: $csv) { status } }',
      { csv },
      { address: '203.0.113.3', token: sellerToken },
    );
    expect(upload.body).toEqual({ data: { uploadStockCsv: { status: 'QUEUED' } } });
  }, 60_000);

  it('answers a NUL byte in search text with INVALID_INPUT, not an internal error', async () => {
    const search = await post(
      'query ($filter: ListingSearchFilter) { searchListings(filter: $filter) { hits { productCode } } }',
      { filter: { text: 'steel\u0000' } },
      { address: '203.0.113.4', token: sellerToken },
    );
    expect(firstError(search)).toMatchObject({ extensions: { code: 'INVALID_INPUT', field: 'filter.text' } });
    const upload = await post(
      'mutation ($csv: String) { uploadStockCsv(csv: $csv) { status } }',
      { csv: 'sku,on_hand\nAUDIT\u0000X,1\n' },
      { address: '203.0.113.4', token: sellerToken },
    );
    expect(firstError(upload)).toMatchObject({ extensions: { code: 'INVALID_INPUT', field: 'csv' } });
  });

  it('answers signIn over graphql-ws with a typed error, and keeps subscriptions there', async () => {
    const client = createClient({ url: URL.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    try {
      const result = await new Promise<{ errors?: unknown }>((resolve) => {
        client.subscribe(
          {
            query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
            variables: { email: SELLER_EMAIL, password: PASSWORD },
          },
          { next: () => undefined, error: (errors) => resolve({ errors }), complete: () => resolve({}) },
        );
      });
      expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBSCRIPTIONS_ONLY' } })]);
    } finally {
      await client.dispose();
    }
  });
});

describe('allowances per client address and per account', () => {
  it('answers RATE_LIMITED with the seconds to wait once an address has spent its allowance, and serves other addresses', async () => {
    const answers = [];
    for (let index = 0; index < 101; index += 1) answers.push(await post('{ errorCodes { code } }', {}, { address: '198.51.100.1' }));
    expect(answers.slice(0, 100).every((answer) => answer.status === 200)).toBe(true);
    const refused = answers[100];
    expect(refused.status).toBe(429);
    expect(firstError(refused)).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('{ errorCodes { code } }', {}, { address: '198.51.100.2' })).status).toBe(200);
  }, 60_000);

  it('counts an account’s operations whatever address they come from', async () => {
    const answers = [];
    for (let index = 0; index < 61; index += 1) {
      answers.push(await post('{ errorCodes { code } }', {}, { address: `198.51.100.${10 + (index % 5)}`, token: buyerToken }));
    }
    expect(answers.slice(0, 60).every((answer) => answer.body.errors === undefined)).toBe(true);
    expect(firstError(answers[60])?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  }, 60_000);

  it('is stricter for sign-in, registration and uploads, aliases counted one by one', async () => {
    const signIn = `mutation { ${Array.from({ length: 11 }, (_, index) => `s${index}: signIn(email: "nobody@x.example", password: "wrong-password-2026") { accessToken }`).join(' ')} }`;
    expect(firstError(await post(signIn, {}, { address: '198.51.100.20' }))?.extensions?.code).toBe('RATE_LIMITED');
    expect(
      firstError(await post(signIn.replace(/s(?:[1-9]|10): signIn[^}]*}/g, ''), {}, { address: '198.51.100.21' }))?.extensions?.code,
    ).toBe('INVALID_CREDENTIALS');

    const register = `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status } }`;
    const registration = (index: number) => ({
      input: {
        legalName: `OOO Test ${index}`,
        country: 'RU',
        taxId: inn(`77010${index}123`),
        kind: 'BUYER',
        admin: { email: `admin${index}@test.example`, password: PASSWORD, fullName: 'Test Admin' },
      },
    });
    for (let index = 0; index < 4; index += 1)
      expect((await post(register, registration(index), { address: '198.51.100.22' })).body.errors).toBeUndefined();
    expect(firstError(await post(register, registration(4), { address: '198.51.100.22' }))?.extensions?.code).toBe('RATE_LIMITED');

    const upload = 'mutation ($csv: String) { uploadStockCsv(csv: $csv) { status } }';
    const codes = [];
    for (let index = 0; index < 5; index += 1) {
      codes.push(
        firstError(await post(upload, { csv: 'sku,on_hand\n' }, { address: `198.51.100.${30 + index}`, token: uploaderToken }))?.extensions
          ?.code,
      );
    }
    expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  }, 60_000);
});

describe('the GraphQL-over-HTTP audit (graphql-http)', () => {
  it('passes every MUST; the SHOULDs it does not are listed in the README', async () => {
    const fetchFn = (input: string, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), 'x-forwarded-for': '192.0.2.77' } });
    const results = await Promise.all(serverAudits({ url: URL, fetchFn }).map((audit) => audit.fn()));
    const failed = (status: string) => results.filter((result) => result.status === status).map((result) => `${result.id} ${result.name}`);
    process.stdout.write(`[graphql-http audit] ${results.length} audits; SHOULD not met:\n  ${failed('warn').join('\n  ')}\n`);
    expect(failed('error')).toEqual([]);
    // Apollo answers 400 to a document that does not parse, validate or coerce, whatever the
    // accepted media type; the README says why that stays.
    const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    expect(failed('warn').map((audit) => audit.split(' ')[0])).toEqual(KNOWN_SHOULD_MISSES);
    for (const id of KNOWN_SHOULD_MISSES) expect(readme).toContain(`\`${id}\``);
  }, 60_000);
});

describe('a deadline for each operation', () => {
  it('answers OPERATION_TIMEOUT at the deadline when a service does not answer, whatever the RPC timeout', async () => {
    await restartGateway({ GATEWAY_OPERATION_TIMEOUT_MS: '2000' });
    await stack.processes.get('catalog')?.stop('SIGKILL');
    const started = Date.now();
    const answer = await post('{ categories { id } }', {}, { address: '203.0.113.9', token: sellerToken });
    expect(firstError(answer)?.extensions?.code).toBe('OPERATION_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000); // the deadline, not the 20 s RPC timeout
  }, 90_000);
});

describe('production mode', () => {
  beforeAll(async () => {
    await restartGateway({ NODE_ENV: 'production', RPC_TIMEOUT_MS: '1500' });
  }, 90_000);

  it('answers no introspection, no suggestions and no IDE', async () => {
    const introspection = await post('{ __schema { types { name } } }', {}, { address: '203.0.113.10' });
    expect(introspection.body.data ?? undefined).toBeUndefined();
    expect(firstError(introspection)?.message).toMatch(/introspection/i);
    const typo = await post('{ errorCode { code } }', {}, { address: '203.0.113.10' });
    expect(firstError(typo)?.message).not.toMatch(/Did you mean/);
    const ide = await fetch(URL, { headers: { accept: 'text/html', 'x-forwarded-for': '203.0.113.10' } });
    expect(await ide.text()).not.toContain('GraphiQL');
  });

  it('does not reveal its limits, an internal message or a stack', async () => {
    const aliases = await post(
      `{ ${Array.from({ length: 300 }, (_, index) => `h${index}: health { status }`).join(' ')} }`,
      {},
      { address: '203.0.113.11' },
    );
    expect(firstError(aliases)?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
    expect(firstError(aliases)?.message).not.toMatch(/\d/);
    // Catalog is down since the test above: the service's fault, said without its inner workings.
    const down = await post('{ categories { id } }', {}, { address: '203.0.113.11', token: await stack.signIn(SELLER_EMAIL) });
    expect(firstError(down)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(firstError(down)?.message).not.toMatch(/catalog|ms\b|\d/);
    expect(JSON.stringify([aliases.body, down.body])).not.toMatch(/stacktrace|\.ts:\d/);
  }, 60_000);
});
