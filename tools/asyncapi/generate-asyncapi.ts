// `npm run asyncapi`: writes the AsyncAPI 3 document of every Lotbook topic, built from the
// topic registry, to dist/asyncapi/asyncapi.json (or the path given as the first argument).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAsyncApiDocument, lotbookTopics } from '@lotbook/contracts';

const { version } = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };

const target = path.resolve(process.argv[2] ?? 'dist/asyncapi/asyncapi.json');
const document = buildAsyncApiDocument(lotbookTopics, { version, brokers: process.env.KAFKA_BROKERS?.split(',')[0] });
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${lotbookTopics.all().length} topics to ${path.relative(process.cwd(), target)}`);
