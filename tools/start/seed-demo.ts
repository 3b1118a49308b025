// Demo data for `npm start`, created the way users create it: an operator through the
// operator:create path, companies through the GraphQL gateway, moderation by that operator.
// Safe to run again: what already exists is left as it is.
// Usage: node tools/run-ts.mjs tools/start/seed-demo.ts <graphql-url>   (DATABASE_URL as for the services)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const PASSWORD = 'lotbook-demo-2026';
const OPERATOR_EMAIL = 'olga.operator@lotbook.example';

interface DemoCompany {
  legalName: string;
  tradingName: string;
  taxId: string;
  kind: 'BUYER' | 'SELLER' | 'BOTH';
  admin: string;
  staff: Array<{ email: string; roles: string[] }>;
  moderation: Array<{ action: string; reason: string }>;
}

// Fictional companies with valid (check-digit correct) Russian INNs.
const COMPANIES: DemoCompany[] = [
  {
    legalName: 'OOO Volga Construction Supply',
    tradingName: 'Volga Construction',
    taxId: '7701001012',
    kind: 'BUYER',
    admin: 'admin@volga-construction.example',
    staff: [
      { email: 'purchaser@volga-construction.example', roles: ['PURCHASER'] },
      { email: 'approver@volga-construction.example', roles: ['APPROVER'] },
      { email: 'accountant@volga-construction.example', roles: ['ACCOUNTANT'] },
    ],
    moderation: [{ action: 'APPROVE', reason: 'INN and legal name checked against the state register' }],
  },
  {
    legalName: 'AO Neva Shipyard Procurement',
    tradingName: 'Neva Shipyard',
    taxId: '7802002020',
    kind: 'BUYER',
    admin: 'admin@neva-shipyard.example',
    staff: [{ email: 'purchaser@neva-shipyard.example', roles: ['PURCHASER', 'APPROVER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Registration documents verified by phone with the director' }],
  },
  {
    legalName: 'OOO Ural Steel Distribution',
    tradingName: 'Ural Steel',
    taxId: '6603003034',
    kind: 'SELLER',
    admin: 'admin@ural-steel.example',
    staff: [{ email: 'sales@ural-steel.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Distributor licence and INN verified' }],
  },
  {
    legalName: 'OOO Siberian Cable Works',
    tradingName: 'Siberian Cable',
    taxId: '5404004049',
    kind: 'BOTH',
    admin: 'admin@siberian-cable.example',
    staff: [{ email: 'sales@siberian-cable.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Manufacturer; documents and site visit report on file' }],
  },
  {
    legalName: 'OOO Moscow Region Packaging',
    tradingName: 'MR Packaging',
    taxId: '5005005058',
    kind: 'SELLER',
    admin: 'admin@mr-packaging.example',
    staff: [],
    moderation: [],
  },
  {
    legalName: 'OOO Kazan Fasteners',
    tradingName: 'Kazan Fasteners',
    taxId: '1606006066',
    kind: 'SELLER',
    admin: 'admin@kazan-fasteners.example',
    staff: [],
    moderation: [
      { action: 'APPROVE', reason: 'INN and legal name checked against the state register' },
      { action: 'SUSPEND', reason: 'Three buyer claims of short deliveries under review' },
    ],
  },
];

const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function must<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await graphql<T>(query, variables, token);
  if (!result.data || result.errors?.length) throw new Error(`seed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first operator comes from the operator:create command, as on a real installation. */
function ensureOperator(): void {
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'tools/run-ts.mjs'), 'apps/counterparties/src/cli/create-operator.ts', '--email', OPERATOR_EMAIL, '--name', 'Olga Operator'],
    { cwd: root, env: { ...process.env, LOTBOOK_OPERATOR_PASSWORD: PASSWORD }, encoding: 'utf8' },
  );
  if (result.status !== 0 && !result.stderr.includes('already exists')) throw new Error(`seed: operator:create failed: ${result.stderr}`);
}

async function signIn(email: string, operator = false): Promise<string> {
  const field = operator ? 'operatorSignIn' : 'signIn';
  const data = await must<Record<string, { accessToken: string }>>(
    `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
    { email, password: PASSWORD },
  );
  return data[field].accessToken;
}

async function main(): Promise<void> {
  ensureOperator();
  const operatorToken = await signIn(OPERATOR_EMAIL, true);
  const rows: Array<[string, string, string]> = [['operator', OPERATOR_EMAIL, '(marketplace staff)']];

  for (const company of COMPANIES) {
    const registered = await graphql<{ registerCompany: { companyId: string } }>(
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
      {
        input: {
          legalName: company.legalName,
          tradingName: company.tradingName,
          country: 'RU',
          taxId: company.taxId,
          kind: company.kind,
          admin: { email: company.admin, password: PASSWORD, fullName: `${company.tradingName} Admin` },
        },
      },
    );
    const alreadyThere = registered.errors?.some((error) => ['DUPLICATE_TAX_ID', 'EMAIL_TAKEN'].includes(error.extensions?.code ?? ''));
    if (!alreadyThere) {
      if (!registered.data) throw new Error(`seed: ${JSON.stringify(registered.errors)}`);
      const companyId = registered.data.registerCompany.companyId;
      const adminToken = await signIn(company.admin);
      for (const member of company.staff) {
        const { inviteUser } = await must<{ inviteUser: { invitationToken: string } }>(
          `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken } }`,
          { email: member.email, roles: member.roles },
          adminToken,
        );
        await must(
          `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(invitationToken: $token, fullName: $name, password: $password) { userId } }`,
          { token: inviteUser.invitationToken, name: member.email.split('@')[0], password: PASSWORD },
        );
      }
      for (const step of company.moderation) {
        await must(
          `mutation ($companyId: ID!, $action: ModerationAction!, $reason: String!) { moderateCompany(companyId: $companyId, action: $action, reason: $reason) { status } }`,
          { companyId, ...step },
          operatorToken,
        );
      }
    }
    const status = company.moderation.length === 0 ? 'PENDING_REVIEW' : company.moderation.at(-1)?.action === 'SUSPEND' ? 'SUSPENDED' : 'APPROVED';
    rows.push([`${company.tradingName} (${company.kind}, ${status})`, company.admin, 'ADMIN']);
    for (const member of company.staff) rows.push(['', member.email, member.roles.join(', ')]);
  }

  console.log(`\nDemo sign-ins (every password: ${PASSWORD}); operators use operatorSignIn, company users signIn:`);
  for (const [company, email, roles] of rows) console.log(`  ${company.padEnd(38)} ${email.padEnd(42)} ${roles}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
