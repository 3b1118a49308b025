import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { companyStatusChanged, type Envelope, type CompanyStatusChangedPayload } from '@lotbook/contracts';
import {
  createTestDatabase,
  GraphQLTestClient,
  startServiceProcess,
  testKafkaBrokers,
  uniqueSuffix,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
} from '@lotbook/testing';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { sign } from 'jsonwebtoken';
import { Client } from 'pg';

const GATEWAY_PORT = 4320;
const OPERATOR = { email: 'olga.operator@lotbook.example', password: 'moderate-with-care-2026' };
const BUYER_ADMIN = { email: 'anna@severstal-trade.example', password: 'coil-and-cable-2026', fullName: 'Anna Buyer' };
const SELLER_ADMIN = { email: 'sergei@uralkabel.example', password: 'copper-drums-2026', fullName: 'Sergei Seller' };
const LOCK_MS = 2500;
// Wide enough that a slow machine's own sign-in time (argon2, Kafka round trips) never
// outlasts a throttle window by accident.
const SLOW_MS = 1500;
const MAX_DELAY_MS = 2000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REGISTER = `mutation Register($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId userId status } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt actor { kind id companyId roles } } }`;
const OPERATOR_SIGN_IN = `mutation ($email: String!, $password: String!) {
  operatorSignIn(email: $email, password: $password) { accessToken actor { kind id companyId roles } } }`;
const MODERATE = `mutation ($companyId: ID!, $action: ModerationAction!, $reason: String!) {
  moderateCompany(companyId: $companyId, action: $action, reason: $reason) { id status moderationHistory { action from to reason operatorEmail } } }`;
const MY_COMPANY = `{ myCompany { id tradingName legalName taxId status moderationHistory { action from to reason } } }`;

interface SessionData {
  accessToken: string;
  refreshToken: string;
  actor: { kind: string; id: string; companyId: string | null; roles: string[] };
}

let database: TestDatabase;
let counterparties: ServiceProcess;
let catalog: ServiceProcess;
let gateway: ServiceProcess;
const anonymous = new GraphQLTestClient(`http://127.0.0.1:${GATEWAY_PORT}/graphql`);
let operator: GraphQLTestClient;
let operatorId: string;

const registration = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'PAO Severstal Trade',
  tradingName: 'Severstal Trade',
  country: 'RU',
  taxId: '7707083893',
  kind: 'BUYER',
  admin: BUYER_ADMIN,
  ...overrides,
});

async function countRows(table: string): Promise<number> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS count FROM counterparties.${table}`)).rows[0].count);
  } finally {
    await client.end();
  }
}

/** What the catalog service's own projection says of a company. */
async function catalogStanding(companyId: string): Promise<string | undefined> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(`SELECT status FROM catalog.company_status WHERE company_id = $1`, [companyId])).rows[0]?.status;
  } finally {
    await client.end();
  }
}

async function signIn(email: string, password: string): Promise<SessionData> {
  return (await anonymous.data<{ signIn: SessionData }>(SIGN_IN, { email, password })).signIn;
}

let rpcGroupWhenReady: { members: number; partitions: number; withoutCommittedOffset: string[] } | undefined;

beforeAll(async () => {
  database = await createTestDatabase('counterparties');
  const kafka = testKafkaBrokers().join(',');
  counterparties = startServiceProcess('counterparties', {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafka,
    HTTP_PORT: '4321',
    SIGN_IN_SLOW_AFTER: '2',
    SIGN_IN_LOCK_AFTER: '4',
    SIGN_IN_BASE_DELAY_MS: String(SLOW_MS),
    SIGN_IN_LOCK_MS: String(LOCK_MS),
    // Shorter than the lock, so that the account's own slow-down is over when a lock from one address ends.
    SIGN_IN_MAX_DELAY_MS: String(MAX_DELAY_MS),
  });
  // Another service, to see its own projection of company status follow the events.
  catalog = startServiceProcess('catalog', { DATABASE_URL: database.url, KAFKA_BROKERS: kafka, HTTP_PORT: '4322' });
  // The gateway believes 127.0.0.1's X-Forwarded-For, so that the tests can come from several addresses.
  gateway = startServiceProcess('gateway', { KAFKA_BROKERS: kafka, GATEWAY_PORT: String(GATEWAY_PORT), GATEWAY_TRUSTED_PROXIES: '127.0.0.1' });
  await Promise.all([counterparties.ready, catalog.ready, gateway.ready]);
  // Ready means its command consumer has joined its group and holds its start there in committed
  // offsets (a new group starts at the end of its topics, and starts there again at each rejoin
  // until it has committed: a command sent before that could go unread). On a fresh broker the
  // group may be rejoining a while yet: its assignment is read when it is stable.
  const admin = new Kafka({ clientId: 'rpc-group-reader', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const group = await waitFor('the command group to be stable', async () => {
      const {
        groups: [described],
      } = await admin.describeGroups(['counterparties.rpc']);
      return described.state === 'Stable' && described.members.length > 0 ? described : undefined;
    });
    const assigned = AssignerProtocol.MemberAssignment.decode(group.members[0].memberAssignment)?.assignment ?? {};
    const committed = await admin.fetchOffsets({ groupId: 'counterparties.rpc', topics: Object.keys(assigned) });
    rpcGroupWhenReady = {
      members: group.members.length,
      partitions: Object.values(assigned).reduce((total, partitions) => total + partitions.length, 0),
      withoutCommittedOffset: committed.flatMap(({ topic, partitions }) =>
        partitions.filter(({ offset }) => offset === '-1').map(({ partition }) => `${topic}:${partition}`),
      ),
    };
  } finally {
    await admin.disconnect();
  }

  const cli = spawnSync(
    process.execPath,
    [path.resolve(__dirname, '../../../tools/run-ts.mjs'), 'apps/counterparties/src/cli/create-operator.ts', '--email', OPERATOR.email, '--name', 'Olga Operator'],
    { cwd: path.resolve(__dirname, '../../..'), env: { ...process.env, DATABASE_URL: database.url, LOTBOOK_OPERATOR_PASSWORD: OPERATOR.password }, encoding: 'utf8' },
  );
  expect(cli.stderr).toBe('');
  operatorId = (JSON.parse(cli.stdout.trim().split('\n').pop() as string) as { id: string }).id;
  const session = (await anonymous.data<{ operatorSignIn: SessionData }>(OPERATOR_SIGN_IN, OPERATOR)).operatorSignIn;
  operator = anonymous.as(session.accessToken);
}, 120_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), catalog?.stop(), counterparties?.stop()]);
  await database?.drop();
});

describe('counterparties through the gateway', () => {
  it('is ready only once its command consumer has joined its group and committed its start, so the first command is read', () => {
    expect(rpcGroupWhenReady).toEqual({ members: 1, partitions: expect.any(Number), withoutCommittedOffset: [] });
    expect(rpcGroupWhenReady?.partitions).toBeGreaterThan(10);
  });

  let buyerId: string;
  let sellerId: string;
  let buyerAdmin: GraphQLTestClient;

  it('registers a company PENDING_REVIEW with its admin, who sees the status and reason', async () => {
    const { registerCompany } = await anonymous.data<{ registerCompany: { companyId: string; status: string } }>(REGISTER, {
      input: registration(),
    });
    expect(registerCompany.status).toBe('PENDING_REVIEW');
    buyerId = registerCompany.companyId;

    const session = await signIn(BUYER_ADMIN.email, BUYER_ADMIN.password);
    expect(session.actor).toMatchObject({ kind: 'USER', companyId: buyerId, roles: ['ADMIN'] });
    buyerAdmin = anonymous.as(session.accessToken);
    const { myCompany } = await buyerAdmin.data<{ myCompany: { status: string; taxId: string; moderationHistory: unknown[] } }>(MY_COMPANY);
    expect(myCompany).toMatchObject({ status: 'PENDING_REVIEW', taxId: '7707083893' });
    expect(myCompany.moderationHistory).toEqual([
      { action: 'REGISTER', from: null, to: 'PENDING_REVIEW', reason: expect.stringContaining('waiting for an operator') },
    ]);

    const seller = await anonymous.data<{ registerCompany: { companyId: string } }>(REGISTER, {
      input: registration({ legalName: 'AO Uralkabel', tradingName: 'Uralkabel', taxId: '7736050003', kind: 'SELLER', admin: SELLER_ADMIN }),
    });
    sellerId = seller.registerCompany.companyId;
  });

  it('refuses bad registrations with typed errors and changes nothing', async () => {
    const before = [await countRows('company'), await countRows('user_account')];
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ taxId: '7707083894', admin: { ...BUYER_ADMIN, email: 'new1@x.example' } }, 'INVALID_TAX_ID', 'check digit'],
      [{ taxId: '7707083893', admin: { ...BUYER_ADMIN, email: 'new2@x.example' } }, 'DUPLICATE_TAX_ID', 'already registered'],
      [{ taxId: '7736207543', admin: { ...BUYER_ADMIN, email: 'not-an-email' } }, 'INVALID_EMAIL', 'not an e-mail'],
      [{ taxId: '7736207543', admin: { ...BUYER_ADMIN, email: 'new3@x.example', password: 'short1' } }, 'WEAK_PASSWORD', '12 to 128 characters'],
      [{ country: 'XX', admin: { ...BUYER_ADMIN, email: 'new4@x.example' } }, 'INVALID_COUNTRY', 'ISO 3166'],
    ];
    for (const [overrides, code, message] of cases) {
      const error = await anonymous.error(REGISTER, { input: registration(overrides) });
      expect({ code: error.code, matches: error.message.includes(message) }).toEqual({ code, matches: true });
    }
    expect([await countRows('company'), await countRows('user_account')]).toEqual(before);
  });

  it('answers a registration with an e-mail that has an account as it answers a new one, and creates nothing', async () => {
    const before = [await countRows('company'), await countRows('user_account'), await countRows('membership')];
    const taken = await anonymous.execute<{ registerCompany: { companyId: string; userId: string; status: string } }>(REGISTER, {
      input: registration({ legalName: 'OOO Copycat', taxId: '7736207543', admin: { ...BUYER_ADMIN, password: 'another-password-2026' } }),
    });
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.registerCompany).toEqual({ companyId: expect.stringMatching(UUID), userId: expect.stringMatching(UUID), status: 'PENDING_REVIEW' });
    expect([await countRows('company'), await countRows('user_account'), await countRows('membership')]).toEqual(before);
    // The password given with the registration opens nothing; the account is still its owner's.
    expect((await anonymous.error(SIGN_IN, { email: BUYER_ADMIN.email, password: 'another-password-2026' })).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(BUYER_ADMIN.email, BUYER_ADMIN.password)).actor.companyId).toBe(buyerId);
  });

  it('takes a company through approval, suspension and reinstatement, each step with a reason on record', async () => {
    const missingReason = await operator.error(MODERATE, { companyId: buyerId, action: 'APPROVE', reason: ' ' });
    expect(missingReason.code).toBe('REASON_REQUIRED');
    const approved = await operator.data<{ moderateCompany: { status: string } }>(MODERATE, {
      companyId: buyerId,
      action: 'APPROVE',
      reason: 'INN and legal name match the state register',
    });
    expect(approved.moderateCompany.status).toBe('APPROVED');
    const wrongState = await operator.error(MODERATE, { companyId: buyerId, action: 'REINSTATE', reason: 'Reinstating an approved company' });
    expect(wrongState.code).toBe('TRANSITION_NOT_ALLOWED');
    await waitFor('the catalog projection to see the approval', async () => (await catalogStanding(buyerId)) === 'APPROVED');
    await operator.data(MODERATE, { companyId: buyerId, action: 'SUSPEND', reason: 'Unpaid invoices past 90 days' });
    // The catalog service learns of the suspension from the event, not from the gateway.
    await waitFor('the catalog projection to see the suspension', async () => (await catalogStanding(buyerId)) === 'SUSPENDED', {
      timeoutMs: 10_000,
    });
    const reinstated = await operator.data<{ moderateCompany: { status: string; moderationHistory: Array<Record<string, unknown>> } }>(MODERATE, {
      companyId: buyerId,
      action: 'REINSTATE',
      reason: 'Invoices settled in full',
    });
    expect(reinstated.moderateCompany.status).toBe('APPROVED');
    await waitFor('the catalog projection to see the reinstatement', async () => (await catalogStanding(buyerId)) === 'APPROVED');
    expect(reinstated.moderateCompany.moderationHistory.map((entry) => [entry.action, entry.from, entry.to])).toEqual([
      ['REGISTER', null, 'PENDING_REVIEW'],
      ['APPROVE', 'PENDING_REVIEW', 'APPROVED'],
      ['SUSPEND', 'APPROVED', 'SUSPENDED'],
      ['REINSTATE', 'SUSPENDED', 'APPROVED'],
    ]);
    expect(reinstated.moderateCompany.moderationHistory[2]).toMatchObject({ reason: 'Unpaid invoices past 90 days', operatorEmail: OPERATOR.email });

    // The company itself sees the reasons given to it.
    const { myCompany } = await buyerAdmin.data<{ myCompany: { status: string; moderationHistory: Array<{ reason: string }> } }>(MY_COMPANY);
    expect(myCompany.moderationHistory.map((entry) => entry.reason)).toContain('Unpaid invoices past 90 days');

    await operator.data(MODERATE, { companyId: sellerId, action: 'REJECT', reason: 'Tax id belongs to another legal name' });
    const unknown = await operator.error(MODERATE, { companyId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', action: 'APPROVE', reason: 'No such company exists' });
    expect(unknown.code).toBe('COMPANY_NOT_FOUND');
    const final = await operator.error(MODERATE, { companyId: sellerId, action: 'APPROVE', reason: 'Second look at the documents' });
    expect(final).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: expect.stringContaining('final') });
  });

  it('lets operators filter the audit log by company, action and operator', async () => {
    const LOG = `query ($filter: ModerationLogFilter) { moderationLog(filter: $filter) { companyId action from to reason operatorId operatorEmail occurredAt } }`;
    const all = (await operator.data<{ moderationLog: Array<{ companyId: string; action: string }> }>(LOG)).moderationLog;
    expect(all).toHaveLength(6); // two registrations, approve, suspend, reinstate, reject
    const suspensions = (await operator.data<{ moderationLog: Array<Record<string, unknown>> }>(LOG, { filter: { action: 'SUSPEND' } })).moderationLog;
    expect(suspensions).toEqual([expect.objectContaining({ companyId: buyerId, from: 'APPROVED', to: 'SUSPENDED', operatorId, operatorEmail: OPERATOR.email })]);
    const seller = (await operator.data<{ moderationLog: Array<{ action: string }> }>(LOG, { filter: { companyId: sellerId } })).moderationLog;
    expect(seller.map((entry) => entry.action)).toEqual(['REJECT', 'REGISTER']);
    const future = (await operator.data<{ moderationLog: unknown[] }>(LOG, { filter: { since: new Date(Date.now() + 60_000).toISOString() } })).moderationLog;
    expect(future).toEqual([]);
  });

  it('publishes every status change to counterparties.company.status-changed, in order', async () => {
    const kafka = new Kafka({ clientId: 'status-reader', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `status-reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100 });
    const seen: CompanyStatusChangedPayload[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: companyStatusChanged.name, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(String(message.value)) as Envelope<CompanyStatusChangedPayload>;
        if (envelope.payload.companyId === buyerId) seen.push(envelope.payload);
      },
    });
    await waitFor('four status changes of the buyer', () => seen.length >= 4);
    await consumer.disconnect();
    expect(seen.map((change) => `${change.action}:${change.to}`)).toEqual([
      'REGISTER:PENDING_REVIEW',
      'APPROVE:APPROVED',
      'SUSPEND:SUSPENDED',
      'REINSTATE:APPROVED',
    ]);
    expect(seen[2]).toMatchObject({ reason: 'Unpaid invoices past 90 days', operatorId, tradingName: 'Severstal Trade', kind: 'BUYER' });
  });

  it('guards every field by authentication and role', async () => {
    expect((await anonymous.error(MY_COMPANY)).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.as('not.a.token').error(MY_COMPANY)).code).toBe('UNAUTHENTICATED');
    const forged = sign({ kind: 'OPERATOR', cid: null, roles: [] }, 'an-attacker-secret-that-is-long-enough!', {
      subject: operatorId,
      issuer: 'lotbook-counterparties',
      audience: 'lotbook-gateway',
      expiresIn: 600,
    });
    expect((await anonymous.as(forged).error(MODERATE, { companyId: buyerId, action: 'SUSPEND', reason: 'forged operator token' })).code).toBe(
      'UNAUTHENTICATED',
    );
    const expired = sign({ kind: 'USER', cid: buyerId, roles: ['ADMIN'] }, 'lotbook-local-development-secret-change-me-in-production', {
      subject: operatorId,
      issuer: 'lotbook-counterparties',
      audience: 'lotbook-gateway',
      expiresIn: -10,
    });
    expect(await anonymous.as(expired).error(MY_COMPANY)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('expired') });
    // A company admin is not an operator; an operator acts for no company.
    expect((await buyerAdmin.error(MODERATE, { companyId: buyerId, action: 'SUSPEND', reason: 'suspending myself' })).code).toBe('FORBIDDEN');
    expect((await buyerAdmin.error(`{ moderationLog { id } }`)).code).toBe('FORBIDDEN');
    expect((await buyerAdmin.error(`{ companies { id } }`)).code).toBe('FORBIDDEN');
    expect((await operator.error(MY_COMPANY)).code).toBe('FORBIDDEN');
  });

  it("refuses another company's data with the same error as a missing id, and shows only its public face", async () => {
    const COMPANY = `query ($id: ID!) { company(id: $id) { id legalName taxId } }`;
    const other = await buyerAdmin.error(COMPANY, { id: sellerId });
    const missing = await buyerAdmin.error(COMPANY, { id: '5d0c4b8e-8f4e-4c53-9a51-0f7e5a1d2b3c' });
    expect(other.code).toBe('COMPANY_NOT_FOUND');
    expect(missing.code).toBe('COMPANY_NOT_FOUND');
    expect(other.message.replace(sellerId, 'ID')).toBe(missing.message.replace('5d0c4b8e-8f4e-4c53-9a51-0f7e5a1d2b3c', 'ID'));
    const publicFace = await buyerAdmin.data<{ publicCompany: Record<string, unknown> }>(`query ($id: ID!) { publicCompany(id: $id) { id tradingName status } }`, {
      id: sellerId,
    });
    expect(publicFace.publicCompany).toEqual({ id: sellerId, tradingName: 'Uralkabel', status: 'REJECTED' });
    const noLegalName = await buyerAdmin.execute(`query ($id: ID!) { publicCompany(id: $id) { legalName } }`, { id: sellerId });
    expect(noLegalName.errors?.[0]?.message).toMatch(/Cannot query field "legalName"/);
    expect((await buyerAdmin.error(COMPANY, { id: 'not-a-uuid' })).code).toBe('INVALID_INPUT');
    const asOperator = await operator.data<{ company: { taxId: string } }>(COMPANY, { id: sellerId });
    expect(asOperator.company.taxId).toBe('7736050003');
  });

  it('slows down and then locks repeated failed sign-ins, and lets the right password in after the lock', async () => {
    const wrong = { email: SELLER_ADMIN.email, password: 'wrong-password-2026' };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    expect((await anonymous.error(SIGN_IN, wrong)).code).toBe('INVALID_CREDENTIALS');
    expect((await anonymous.error(SIGN_IN, wrong)).code).toBe('INVALID_CREDENTIALS');
    // From the second failure on, the next attempt must wait SLOW_MS, then twice that.
    expect(await anonymous.error(SIGN_IN, wrong)).toMatchObject({ code: 'SIGN_IN_THROTTLED', message: expect.stringContaining('try again in') });
    await pause(SLOW_MS + 100);
    expect((await anonymous.error(SIGN_IN, wrong)).code).toBe('INVALID_CREDENTIALS');
    const right = { email: SELLER_ADMIN.email, password: SELLER_ADMIN.password };
    expect((await anonymous.error(SIGN_IN, right)).code).toBe('SIGN_IN_THROTTLED'); // even the right password waits
    await pause(2 * SLOW_MS + 100);
    expect((await anonymous.error(SIGN_IN, wrong)).code).toBe('INVALID_CREDENTIALS'); // the fourth failure locks
    const locked = await anonymous.error(SIGN_IN, { email: SELLER_ADMIN.email, password: SELLER_ADMIN.password });
    expect(locked).toMatchObject({ code: 'SIGN_IN_LOCKED', message: expect.stringContaining('locked until') });

    await new Promise((resolve) => setTimeout(resolve, LOCK_MS + 200));
    const session = await signIn(SELLER_ADMIN.email, SELLER_ADMIN.password);
    expect(session.actor.companyId).toBe(sellerId);
  });

  it('locks an account out only for the address a failure streak comes from; the right password from another gets in', async () => {
    const from = async (address: string, password: string) => {
      const response = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: BUYER_ADMIN.email, password } }),
      });
      const body = (await response.json()) as { data?: { signIn: SessionData }; errors?: Array<{ extensions: { code: string } }> };
      return body.errors?.[0]?.extensions.code ?? body.data?.signIn.actor.companyId;
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const attacker = '203.0.113.66';
    expect(await from(attacker, 'guess-one-2026')).toBe('INVALID_CREDENTIALS');
    expect(await from(attacker, 'guess-two-2026')).toBe('INVALID_CREDENTIALS');
    await pause(SLOW_MS + 100);
    expect(await from(attacker, 'guess-three-2026')).toBe('INVALID_CREDENTIALS');
    await pause(MAX_DELAY_MS + 100);
    expect(await from(attacker, 'guess-four-2026')).toBe('INVALID_CREDENTIALS'); // the fourth locks the attacker's address out
    expect(await from(attacker, BUYER_ADMIN.password)).toBe('SIGN_IN_LOCKED');
    // The account itself is only slowed down, by no more than MAX_DELAY_MS, for everyone else.
    await pause(MAX_DELAY_MS + 100);
    expect(await from('198.51.100.7', BUYER_ADMIN.password)).toBe(buyerId);
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken actor { companyId roles } } }`;
    const first = await signIn(BUYER_ADMIN.email, BUYER_ADMIN.password);
    const second = (await anonymous.data<{ refreshSession: SessionData }>(REFRESH, { token: first.refreshToken })).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.actor).toEqual({ companyId: buyerId, roles: ['ADMIN'] });
    await anonymous.as(second.accessToken).data(MY_COMPANY);

    expect((await anonymous.error(REFRESH, { token: first.refreshToken })).code).toBe('REFRESH_TOKEN_REUSED');
    expect((await anonymous.error(REFRESH, { token: second.refreshToken })).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await anonymous.error(REFRESH, { token: 'made-up' })).code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('lets a company admin invite people with the roles of its kind, and checks every role', async () => {
    const INVITE = `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken email roles } }`;
    const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) {
      acceptInvitation(invitationToken: $token, fullName: $name, password: $password) { userId companyId roles } }`;
    const wrongSide = await buyerAdmin.error(INVITE, { email: 'sales@severstal-trade.example', roles: ['SALES_MANAGER'] });
    expect(wrongSide).toMatchObject({ code: 'ROLE_NOT_AVAILABLE', field: 'roles' });

    const clients: Record<string, GraphQLTestClient> = { ADMIN: buyerAdmin };
    for (const role of ['PURCHASER', 'APPROVER', 'ACCOUNTANT']) {
      const email = `${role.toLowerCase()}@severstal-trade.example`;
      const { inviteUser } = await buyerAdmin.data<{ inviteUser: { invitationToken: string } }>(INVITE, { email, roles: [role] });
      const joined = await anonymous.data<{ acceptInvitation: { companyId: string; roles: string[] } }>(ACCEPT, {
        token: inviteUser.invitationToken,
        name: `${role} person`,
        password: 'steel-and-paper-2026',
      });
      expect(joined.acceptInvitation).toEqual({ userId: expect.any(String), companyId: buyerId, roles: [role] });
      expect((await anonymous.error(ACCEPT, { token: inviteUser.invitationToken, name: 'Again', password: 'steel-and-paper-2026' })).code).toBe(
        'INVALID_INVITATION',
      );
      clients[role] = anonymous.as((await signIn(email, 'steel-and-paper-2026')).accessToken);
    }

    // A seller-side company for SALES_MANAGER.
    const both = await anonymous.data<{ registerCompany: { companyId: string } }>(REGISTER, {
      input: registration({ legalName: 'OOO Packaging Union', tradingName: 'PackUnion', taxId: '7736207543', kind: 'BOTH', admin: { ...SELLER_ADMIN, email: 'pavel@packunion.example' } }),
    });
    const packAdmin = anonymous.as((await signIn('pavel@packunion.example', SELLER_ADMIN.password)).accessToken);
    const sales = await packAdmin.data<{ inviteUser: { invitationToken: string } }>(INVITE, { email: 'sales@packunion.example', roles: ['SALES_MANAGER'] });
    await anonymous.data(ACCEPT, { token: sales.inviteUser.invitationToken, name: 'Sasha Sales', password: 'steel-and-paper-2026' });
    clients.SALES_MANAGER = anonymous.as((await signIn('sales@packunion.example', 'steel-and-paper-2026')).accessToken);

    for (const [role, client] of Object.entries(clients)) {
      const mine = await client.data<{ myCompany: { id: string } }>(MY_COMPANY);
      expect(mine.myCompany.id).toBe(role === 'SALES_MANAGER' ? both.registerCompany.companyId : buyerId);
      expect((await client.error(MODERATE, { companyId: buyerId, action: 'SUSPEND', reason: `a ${role} trying to moderate` })).code).toBe('FORBIDDEN');
      expect((await client.error(`{ moderationLog { id } }`)).code).toBe('FORBIDDEN');
      const invite = await client.execute(INVITE, { email: `friend-of-${role.toLowerCase()}@x.example`, roles: ['ADMIN'] });
      expect({ role, code: invite.errors?.[0]?.extensions?.code ?? 'OK' }).toEqual({ role, code: role === 'ADMIN' ? 'OK' : 'FORBIDDEN' });
    }
  });

  it('lets one person belong to several companies and act for one at a time', async () => {
    const packAdmin = anonymous.as((await signIn('pavel@packunion.example', SELLER_ADMIN.password)).accessToken);
    const { inviteUser } = await packAdmin.data<{ inviteUser: { invitationToken: string } }>(
      `mutation { inviteUser(email: "${BUYER_ADMIN.email}", roles: [PURCHASER]) { invitationToken } }`,
    );
    const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(invitationToken: $token, fullName: "ignored", password: $password) { companyId } }`;
    expect((await anonymous.error(ACCEPT, { token: inviteUser.invitationToken, password: 'not-her-password-1' })).code).toBe('INVALID_CREDENTIALS');
    const joined = await anonymous.data<{ acceptInvitation: { companyId: string } }>(ACCEPT, { token: inviteUser.invitationToken, password: BUYER_ADMIN.password });

    const session = await signIn(BUYER_ADMIN.email, BUYER_ADMIN.password);
    expect(session.actor.companyId).toBe(buyerId); // the first company by default
    const SWITCH = `mutation ($token: String!, $companyId: ID) { refreshSession(refreshToken: $token, companyId: $companyId) { accessToken actor { companyId roles } } }`;
    const switched = (await anonymous.data<{ refreshSession: SessionData }>(SWITCH, { token: session.refreshToken, companyId: joined.acceptInvitation.companyId }))
      .refreshSession;
    expect(switched.actor).toEqual({ companyId: joined.acceptInvitation.companyId, roles: ['PURCHASER'] });
    const now = await anonymous.as(switched.accessToken).data<{ myCompany: { tradingName: string } }>(MY_COMPANY);
    expect(now.myCompany.tradingName).toBe('PackUnion');
    const other = await signIn(BUYER_ADMIN.email, BUYER_ADMIN.password);
    expect((await anonymous.error(SWITCH, { token: other.refreshToken, companyId: sellerId })).code).toBe('NOT_A_MEMBER');
  });

  it('keeps legal entities and the commercial terms operators set, in minor units', async () => {
    const ADD = `mutation ($name: String!, $taxId: String!, $address: String!) { addLegalEntity(name: $name, taxId: $taxId, address: $address) { id name taxId } }`;
    const added = await buyerAdmin.data<{ addLegalEntity: { id: string; taxId: string } }>(ADD, {
      name: 'OOO Severstal Trade North-West',
      taxId: '7802002020',
      address: 'Saint Petersburg, Nevsky prospekt 1',
    });
    expect(added.addLegalEntity.taxId).toBe('7802002020');
    expect((await buyerAdmin.error(ADD, { name: 'Bad entity', taxId: '7802002021', address: 'Somewhere 1' })).code).toBe('INVALID_TAX_ID');
    expect((await buyerAdmin.error(ADD, { name: 'Same entity', taxId: '7802002020', address: 'Somewhere 1' })).code).toBe('DUPLICATE_TAX_ID');

    const TERMS = `mutation ($companyId: ID!, $managerId: ID, $terms: CommercialTermsInput) {
      setCommercialTerms(companyId: $companyId, accountManagerId: $managerId, terms: $terms) {
        accountManager { email } commercialTerms { currency creditLimitMinor paymentTermDays approvalThresholdMinor } } }`;
    const terms = { currency: 'RUB', creditLimitMinor: 50_000_000_000, paymentTermDays: 30, approvalThresholdMinor: 100_000_000 };
    const set = await operator.data<{ setCommercialTerms: Record<string, unknown> }>(TERMS, { companyId: buyerId, managerId: operatorId, terms });
    expect(set.setCommercialTerms).toEqual({ accountManager: { email: OPERATOR.email }, commercialTerms: terms });
    expect((await operator.error(TERMS, { companyId: buyerId, terms: { ...terms, currency: 'RUR' } })).code).toBe('INVALID_INPUT');
    expect((await buyerAdmin.error(TERMS, { companyId: buyerId, terms })).code).toBe('FORBIDDEN');

    const { myCompany } = await buyerAdmin.data<{ myCompany: { legalEntities: unknown[]; commercialTerms: unknown } }>(
      `{ myCompany { legalEntities { name taxId address } commercialTerms { creditLimitMinor paymentTermDays } } }`,
    );
    expect(myCompany).toEqual({
      legalEntities: [{ name: 'OOO Severstal Trade North-West', taxId: '7802002020', address: 'Saint Petersburg, Nevsky prospekt 1' }],
      commercialTerms: { creditLimitMinor: 50_000_000_000, paymentTermDays: 30 },
    });
  });
});
