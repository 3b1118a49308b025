import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printGatewaySchema } from './gateway-schema';

/** `npm run web:schema`: writes the gateway's schema to apps/web/schema.graphql, which codegen reads. */
export const WEB_SCHEMA_FILE = path.resolve(__dirname, '../../../web/schema.graphql');

if (require.main === module) {
  printGatewaySchema()
    .then((sdl) => {
      writeFileSync(WEB_SCHEMA_FILE, sdl);
      process.stdout.write(`wrote ${path.relative(process.cwd(), WEB_SCHEMA_FILE)} (${sdl.split('\n').length} lines)\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exit(1);
    });
}
