import { ConfigError, loadConfig, serviceConfigSchema } from '@lotbook/platform';
import { counterpartiesConfigSchema } from './counterparties.config';

const schema = serviceConfigSchema({ httpPort: 3101 }).extend(counterpartiesConfigSchema.shape);
const OWN_SECRET = 'a-secret-of-our-own-with-more-than-32-characters';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig('counterparties', schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('counterparties configuration: the token-signing secret', () => {
  it('starts on a developer machine with the development secret', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['LOTBOOK_PRODUCTION=true', { LOTBOOK_PRODUCTION: 'true' }],
  ])('refuses to start in production (%s) without a secret of its own', (_mode, env) => {
    expect(problems(env)).toEqual([
      expect.stringMatching(/^AUTH_TOKEN_SECRET: must be set to a value of your own in production.*\(not set\)$/),
    ]);
  });

  it('refuses the development secret set explicitly in production', () => {
    expect(problems({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'lotbook-local-development-secret-change-me-in-production' })).toEqual([
      expect.stringMatching(/^AUTH_TOKEN_SECRET: must be set to a value of your own.*set to the development default/),
    ]);
  });

  it('refuses a short secret, without printing it', () => {
    const found = problems({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'short-secret' });
    expect(found).toEqual(['AUTH_TOKEN_SECRET: must be at least 32 characters (got (hidden))']);
  });

  it('starts in production with a long secret of its own', () => {
    expect(problems({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: OWN_SECRET })).toEqual([]);
  });

  it('lets LOTBOOK_PRODUCTION=false override NODE_ENV=production, for a local production build', () => {
    expect(problems({ NODE_ENV: 'production', LOTBOOK_PRODUCTION: 'false' })).toEqual([]);
  });
});
