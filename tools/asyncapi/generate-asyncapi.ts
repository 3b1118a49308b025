// `npm run asyncapi`: writes the AsyncAPI 3 document of every Lotbook topic, built from the
// topic registry, to asyncapi.json (or the path given as the first argument).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAsyncApiDocument, lotbookTopics } from '@lotbook/contracts';
import { version } from '../../package.json';

const target = path.resolve(process.argv[2] ?? 'dist/asyncapi/asyncapi.json');
const document = buildAsyncApiDocument(lotbookTopics, { version, brokers: process.env.KAFKA_BROKERS?.split(',')[0] });
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${lotbookTopics.all().length} topics to ${path.relative(process.cwd(), target)}`);
