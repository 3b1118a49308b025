import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { GraphQLTestClient } from './graphql-client';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { forgetEarlierSuites } from './forget-earlier-suites';
import { createTestDatabase, testKafkaBrokers, type TestDatabase } from './test-database';

const workspaceRoot = path.resolve(__dirname, '../../../..');

export interface MarketplaceStackOptions {
  /** A label for the test database. */
  label: string;
  /** Backend services to run besides counterparties (which is always run), e.g. ['catalog', 'trading']. */
  services: string[];
  /** The gateway's port; backend services get the ports right after it. Pick a block of 10 no other spec uses. */
  gatewayPort: number;
  /** Extra environment per service, e.g. { trading: { LOG_LEVEL: 'info' } }. */
  env?: Record<string, Record<string, string>>;
  password?: string;
}

/**
 * A running marketplace for an integration test: a fresh database, counterparties, the named
 * services and the gateway as real processes on the test broker, an operator signed in, and
 * helpers to admit companies through GraphQL the way operators do.
 */
export class MarketplaceStack {
  readonly anonymous: GraphQLTestClient;
  readonly processes = new Map<string, ServiceProcess>();
  readonly password: string;
  operator!: GraphQLTestClient;
  database!: TestDatabase;

  private constructor(private readonly options: MarketplaceStackOptions) {
    this.anonymous = new GraphQLTestClient(`http://127.0.0.1:${options.gatewayPort}/graphql`);
    this.password = options.password ?? 'marketplace-tests-2026';
  }

  static async start(options: MarketplaceStackOptions): Promise<MarketplaceStack> {
    const stack = new MarketplaceStack(options);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private async boot(): Promise<void> {
    this.database = await createTestDatabase(this.options.label);
    const kafka = testKafkaBrokers().join(',');
    // What earlier suites published on the shared broker is not this stack's.
    await forgetEarlierSuites(testKafkaBrokers());
    ['counterparties', ...this.options.services].forEach((name, index) => {
      const env = { DATABASE_URL: this.database.url, KAFKA_BROKERS: kafka, HTTP_PORT: String(this.options.gatewayPort + 1 + index) };
      this.processes.set(name, startServiceProcess(name, { ...env, ...this.options.env?.[name] }));
    });
    this.processes.set(
      'gateway',
      startServiceProcess('gateway', {
        KAFKA_BROKERS: kafka,
        GATEWAY_PORT: String(this.options.gatewayPort),
        ...this.options.env?.gateway,
      }),
    );
    await Promise.all([...this.processes.values()].map((service) => service.ready));
    const email = 'ops@lotbook.example';
    const cli = spawnSync(
      process.execPath,
      [
        path.join(workspaceRoot, 'tools/run-ts.mjs'),
        'apps/counterparties/src/cli/create-operator.ts',
        '--email',
        email,
        '--name',
        'Oleg Operator',
      ],
      {
        cwd: workspaceRoot,
        env: { ...process.env, DATABASE_URL: this.database.url, LOTBOOK_OPERATOR_PASSWORD: this.password },
        encoding: 'utf8',
      },
    );
    if (cli.status !== 0) throw new Error(`create-operator failed: ${cli.stderr}`);
    this.operator = this.anonymous.as(await this.signIn(email, true));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.values()].map((service) => service.stop()));
    await this.database?.drop();
  }

  async signIn(email: string, asOperator = false): Promise<string> {
    const field = asOperator ? 'operatorSignIn' : 'signIn';
    const data = await this.anonymous.data<Record<string, { accessToken: string }>>(
      `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
      { email, password: this.password },
    );
    return data[field].accessToken;
  }

  /** Registers a company with an admin user, has the operator approve it, and signs its admin in. */
  async approvedCompany(
    tradingName: string,
    taxId: string,
    kind: 'BUYER' | 'SELLER' | 'BOTH',
    email: string,
  ): Promise<{ companyId: string; client: GraphQLTestClient }> {
    const { registerCompany } = await this.anonymous.data<{ registerCompany: { companyId: string } }>(
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
      {
        input: {
          legalName: `OOO ${tradingName}`,
          tradingName,
          country: 'RU',
          taxId,
          kind,
          admin: { email, password: this.password, fullName: `${tradingName} Admin` },
        },
      },
    );
    await this.moderate(registerCompany.companyId, 'APPROVE', 'Documents checked against the register');
    return { companyId: registerCompany.companyId, client: this.anonymous.as(await this.signIn(email)) };
  }

  async moderate(companyId: string, action: string, reason: string): Promise<void> {
    await this.operator.data(
      `mutation ($id: ID!, $action: ModerationAction!, $reason: String!) { moderateCompany(companyId: $id, action: $action, reason: $reason) { status } }`,
      { id: companyId, action, reason },
    );
  }
}
