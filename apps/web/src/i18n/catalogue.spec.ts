import { readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from './en';
import { initialLanguage } from './index';
import { ru } from './ru';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): Map<string, string> {
  const all = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') all.set(prefix + key, value);
    else for (const [nested, text] of entries(value, `${prefix}${key}.`)) all.set(nested, text);
  }
  return all;
}

const english = entries(en);
const russian = entries(ru as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
// Strings that are empty on purpose: a stage with nothing to say, an explanation never shown.
const EMPTY_ON_PURPOSE = new Set(['upload.stage.idle', 'companyStatus.explain.APPROVED']);

describe('the English and Russian catalogues', () => {
  it('have exactly the same keys', () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fill in the same placeholders in each string', () => {
    const differing = [...english]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(russian.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leave no string empty, and no Russian string in English', () => {
    const empty = [...english, ...russian].filter(([key, text]) => text.trim() === '' && !EMPTY_ON_PURPOSE.has(key)).map(([key]) => key);
    expect(empty).toEqual([]);
    const untranslated = [...russian].filter(
      ([key, text]) =>
        /[a-z]{4,}/i.test(text.replace(/\{\{\w+\}\}/g, '')) && text === english.get(key) && !/^[a-z_, ():|.0-9 ]+$/i.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it('say in words every error code the API publishes (its ErrorCode enum in apps/web/schema.graphql)', () => {
    const schema = readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    const body = /enum ErrorCode \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const codes = [...body.replace(/"""[\s\S]*?"""/g, '').matchAll(/^\s+([A-Z][A-Z0-9_]+)\s*$/gm)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(50);
    const missing = codes.filter((code) => !english.has(`errors.${code}`) || !russian.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });
});

describe('the language the app starts in', () => {
  it('is the one chosen before, else the browser’s when we have it, else English', () => {
    expect(initialLanguage('ru', ['en-GB'])).toBe('ru');
    expect(initialLanguage(null, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(initialLanguage('fr', ['fr-FR'])).toBe('en');
  });
});
