import { ConfigError, loadConfig, redactUrl, serviceConfigSchema } from './config';

const schema = serviceConfigSchema({ httpPort: 3102 });

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig('catalog', schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('service configuration', () => {
  it('uses the local defaults when nothing is set', () => {
    expect(loadConfig('catalog', schema, {})).toMatchObject({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/lotbook',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      HTTP_PORT: 3102,
      LOG_LEVEL: 'info',
      STARTUP_TIMEOUT_MS: 15_000,
    });
  });

  it('parses what is set, treating an empty variable as unset', () => {
    const config = loadConfig('catalog', schema, {
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
      HTTP_PORT: '8080',
      LOG_LEVEL: '',
    });
    expect(config.KAFKA_BROKERS).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(config.HTTP_PORT).toBe(8080);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('names every bad variable, what it must be and what it got', () => {
    expect(
      problems({ DATABASE_URL: 'mysql://x/y', KAFKA_BROKERS: 'localhost', HTTP_PORT: '0', LOG_LEVEL: 'loud', STARTUP_TIMEOUT_MS: 'soon' }),
    ).toEqual([
      'DATABASE_URL: must be a postgres://user@host:port/database URL (got "mysql://x/y")',
      'KAFKA_BROKERS: must be a comma-separated list of host:port (got "localhost")',
      'HTTP_PORT: must be between 1 and 65535 (got "0")',
      expect.stringMatching(/^LOG_LEVEL: .*"fatal".*\(got "loud"\)$/),
      'STARTUP_TIMEOUT_MS: must be a number of milliseconds (got "soon")',
    ]);
  });

  it('says which service the configuration is for', () => {
    expect(() => loadConfig('catalog', schema, { HTTP_PORT: 'x' })).toThrow(/^Invalid configuration for catalog:\n {2}- HTTP_PORT/);
  });

  it('never prints a database password', () => {
    expect(redactUrl('postgres://lotbook:s3cret@db:5432/lotbook')).toBe('postgres://lotbook:***@db:5432/lotbook');
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/lotbook')).toBe('postgres://postgres@127.0.0.1:5432/lotbook');
  });
});
