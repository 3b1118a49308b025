import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalogCommands, counterpartiesCommands, orderCommands, tradingQueries, uploadCommands } from '@lotbook/contracts';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { isEnumType, type GraphQLSchema } from 'graphql';
import { ErrorCodesResolver } from './error-codes.resolver';
import { ERROR_CODES, GRAPHQL_ERRORS } from './gateway-errors';

const README = path.resolve(__dirname, '../../../../README.md');
const START = '<!-- error-codes:start (written from GRAPHQL_ERRORS, apps/gateway/src/errors/gateway-errors.ts; do not edit by hand) -->';
const END = '<!-- error-codes:end -->';

/** The README's error list, as the table says it. */
export function errorCodesMarkdown(): string {
  const rows = ERROR_CODES.map((code) => `| \`${code}\` | ${GRAPHQL_ERRORS[code].description.replace(/\|/g, '\\|')} |`);
  return [START, '| code | what it means |', '| --- | --- |', ...rows, END].join('\n');
}

function readmeSection(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start >= 0 && end > start ? readme.slice(start, end + END.length) : undefined;
}

async function schemaOf(): Promise<GraphQLSchema> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await context.get(GraphQLSchemaFactory).create([ErrorCodesResolver]);
  } finally {
    await context.close();
  }
}

describe('error codes: one table, the schema enum and the README', () => {
  it('has the README list as the table writes it (LOTBOOK_WRITE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const section = readmeSection(readme);
    expect(section).toBeDefined();
    if (process.env.LOTBOOK_WRITE_README === '1' && section !== errorCodesMarkdown()) {
      writeFileSync(README, readme.replace(section as string, errorCodesMarkdown()));
      return;
    }
    if (section !== errorCodesMarkdown()) {
      throw new Error(
        'the README’s error list is stale: run `LOTBOOK_WRITE_README=1 npm run test:unit -- apps/gateway/src/errors` and commit README.md',
      );
    }
  });

  it('publishes every code, with its meaning, as the ErrorCode enum of the schema', async () => {
    const schema = await schemaOf();
    const type = schema.getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('the schema has no ErrorCode enum');
    expect(type.getValues().map((value) => [value.name, value.description])).toEqual(
      ERROR_CODES.map((code) => [code, GRAPHQL_ERRORS[code].description]),
    );
    expect(schema.getQueryType()?.getFields().errorCodes.type.toString()).toBe('[ErrorCodeDescription!]!');
  });

  it('answers errorCodes with the same list', () => {
    expect(new ErrorCodesResolver().errorCodes()).toEqual(
      ERROR_CODES.map((code) => ({ code, description: GRAPHQL_ERRORS[code].description })),
    );
  });

  it.each(Object.entries({ counterpartiesCommands, catalogCommands, uploadCommands, orderCommands, tradingQueries }))(
    'knows every code the %s declare',
    (_group, commands) => {
      const declared = Object.values(commands).flatMap((command) => command.errors);
      expect(declared.filter((code) => !(code in GRAPHQL_ERRORS))).toEqual([]);
    },
  );
});
