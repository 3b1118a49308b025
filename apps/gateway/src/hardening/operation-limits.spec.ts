import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { getOperationAST, parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { gatewayConfigSchema } from '../gateway.config';
import { gatewayResolvers } from '../web/gateway-schema';
import { controlCharacterProblem, OperationLimits, rootFieldNames } from './operation-limits';

const defaults = gatewayConfigSchema.parse({});
let schema: GraphQLSchema;

beforeAll(async () => {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    schema = await context.get(GraphQLSchemaFactory).create(gatewayResolvers());
  } finally {
    await context.close();
  }
});

/** What the limits say of an operation before it runs: armor's rules, then the cost. */
function refusals(query: string, limits = new OperationLimits(defaults, false), variables: Record<string, unknown> = {}): GraphQLError[] {
  const tokens = limits.tokenProblem(query);
  if (tokens) return [tokens];
  const document = parse(query);
  const errors = validate(schema, document, limits.armor().validationRules);
  if (errors.length > 0) return [...errors];
  const cost = limits.costProblem(schema, document, undefined, variables);
  return cost ? [cost] : [];
}

const codes = (errors: GraphQLError[]) => errors.map((error) => error.extensions.code);
const aliases = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;
const HEALTH = 'health { status services { name status error } }';

describe('operation limits at the gateway', () => {
  it('refuses the 300 aliases of health that took the marketplace down, before anything runs', () => {
    expect(refusals(aliases(300, HEALTH)).map((error) => [error.extensions.code, error.message])).toEqual([
      ['OPERATION_TOO_COMPLEX', 'Token limit of 3000 exceeded.'],
    ]);
    // Fewer tokens, the same 300 asks: the alias limit.
    expect(refusals(aliases(300, 'health { status }')).map((error) => [error.extensions.code, error.message])).toEqual([
      ['OPERATION_TOO_COMPLEX', expect.stringMatching(/aliases/i)],
    ]);
  });

  it('refuses the 1,000 aliases of __schema that answered 9.8 MB unauthenticated', () => {
    expect(codes(refusals(aliases(1000, '__schema { types { name fields { name } } }')))).toContain('OPERATION_TOO_COMPLEX');
  });

  it('counts the tokens of a 100 kB document before parsing it, and refuses it', () => {
    const document = aliases(5618, 'errorCodes { code }');
    expect(document.length).toBeGreaterThan(100_000);
    const limits = new OperationLimits(defaults, false);
    expect(limits.tokenProblem(document)?.extensions.code).toBe('OPERATION_TOO_COMPLEX');
    expect(limits.tokenProblem('{ errorCodes { code } }')).toBeUndefined();
    expect(limits.tokenProblem('{ errorCodes { code ')).toBeUndefined(); // a syntax error is Apollo's to answer
  });

  it('refuses a document deeper than the configured depth', () => {
    const limits = new OperationLimits({ ...defaults, GATEWAY_MAX_DEPTH: 3 }, false);
    expect(refusals('{ health { services { database { status } } } }', limits).map((error) => error.message)).toEqual([
      expect.stringMatching(/depth/i),
    ]);
    expect(refusals('{ health { services { name } } }', limits)).toEqual([]);
  });

  it('refuses more directives than configured', () => {
    const many = `{ errorCodes ${'@skip(if: false) '.repeat(defaults.GATEWAY_MAX_DIRECTIVES + 1)}{ code } }`;
    expect(codes(refusals(many))).toEqual(['OPERATION_TOO_COMPLEX']);
  });

  it('costs health as many commands as there are services, so 17 of them are over the budget while 17 one-command fields are not', () => {
    const healthCost = (count: number) =>
      refusals(aliases(count, 'health { status }'), new OperationLimits({ ...defaults, GATEWAY_MAX_ALIASES: 100 }, false));
    expect(healthCost(16)).toEqual([]);
    expect(healthCost(17).map((error) => error.message)).toEqual([expect.stringMatching(/costs 1037; at most 1000/)]);
    expect(refusals(aliases(17, 'errorCodes { code }'), new OperationLimits({ ...defaults, GATEWAY_MAX_ALIASES: 100 }, false))).toEqual([]);
  });

  it('does not reveal a limit in production', () => {
    const production = new OperationLimits({ ...defaults, GATEWAY_MAX_ALIASES: 100 }, true);
    const messages = [
      ...refusals(aliases(300, HEALTH), production),
      ...refusals(aliases(17, 'health { status }'), production),
      ...refusals(aliases(5618, 'errorCodes { code }'), production),
    ].map((error) => error.message);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(message).not.toMatch(/\d/);
  });

  it('lets every operation of the web app through with the default limits', () => {
    const webSources = path.resolve(__dirname, '../../../web/src');
    const files = (readdirSync(webSources, { recursive: true }) as string[]).filter((file) => file.endsWith('-operations.ts'));
    const documents = files.flatMap((file) =>
      [...readFileSync(path.join(webSources, file), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]),
    );
    expect(documents.length).toBeGreaterThan(20);
    for (const document of documents)
      expect({ document, refusals: refusals(document).map((error) => error.message) }).toEqual({ document, refusals: [] });
  });

  it('finds the root fields of an operation through fragments, once per occurrence', () => {
    const document = parse(
      'mutation { a: signIn(email: "a", password: "b") { accessToken } ...more } fragment more on Mutation { b: signIn(email: "c", password: "d") { accessToken } registerCompany(input: {}) { companyId } }',
    );
    expect(rootFieldNames(document, getOperationAST(document) as never)).toEqual(['signIn', 'signIn', 'registerCompany']);
  });
});

describe('control characters in text inputs', () => {
  const search = parse('query ($text: String) { searchListings(text: $text) { edges { listingId } } }');

  it('refuses a NUL in a variable as INVALID_INPUT naming it', () => {
    const problem = controlCharacterProblem(search, { text: 'steel\u0000' });
    expect(problem?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'text' });
    expect(problem?.message).toContain('U+0000');
  });

  it('refuses one deep in an input object, and in a key', () => {
    expect(controlCharacterProblem(search, { input: { admin: { email: 'a\u001b@x.example' } } })?.extensions.field).toBe(
      'input.admin.email',
    );
    expect(controlCharacterProblem(search, { attributes: { 'gr\u0007ade': 'S355' } })?.extensions.field).toBe('attributes');
    expect(controlCharacterProblem(search, { names: ['ok', 'bad\u007f'] })?.extensions.field).toBe('names.1');
  });

  it('refuses one written in the document', () => {
    expect(
      controlCharacterProblem(parse('{ searchListings(text: "steel\\u0000") { edges { listingId } } }'), {})?.extensions,
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'text',
    });
  });

  it('lets tab, line feed and carriage return through, and any other character', () => {
    expect(controlCharacterProblem(search, { text: 'sku,on_hand\r\nA\t1\n', other: 'Сталь 09Г2С — №5 €' })).toBeUndefined();
  });
});
