import { StartupError } from '@lotbook/platform';
import { startGateway } from './bootstrap-gateway';

startGateway().catch((error: unknown) => {
  const message = error instanceof StartupError ? error.message : `gateway failed to start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.stdout.write(`${JSON.stringify({ level: 'fatal', service: 'gateway', time: new Date().toISOString(), msg: message })}\n`);
  process.exit(1);
});
