import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves when the service logs "ready"; rejects with its output if it exits first. */
  readonly ready: Promise<void>;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  stderr(): string;
  /** SIGTERM (or the given signal), then waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const workspaceRoot = path.resolve(__dirname, '../../../..');

/**
 * Runs an app (`apps/<name>/src/main.ts`) as a real process, the way `npm start` does, with
 * the given environment on top of the test's.
 */
export function startServiceProcess(name: string, env: Record<string, string>, readyTimeoutMs = 60_000): ServiceProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(workspaceRoot, `apps/${name}/src/main.ts`)], {
    cwd: workspaceRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, SWC_NODE_PROJECT: path.join(workspaceRoot, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const errorLines: string[] = [];
  let markReady: () => void = () => undefined;
  const readyLogged = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    lines.push(line);
    if (line.includes('"msg":"ready"')) markReady();
  });
  readline.createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    lines.push(line);
    errorLines.push(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  const ready = Promise.race([
    readyLogged,
    exited.then((code) => {
      throw new Error(`${name} exited with code ${code} before it was ready:\n${lines.join('\n')}`);
    }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name} was not ready within ${readyTimeoutMs} ms:\n${lines.join('\n')}`)), readyTimeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  ready.catch(() => undefined); // callers that only await `exited` must not see an unhandled rejection

  return {
    name,
    child,
    ready,
    exited,
    output: () => lines.join('\n'),
    stderr: () => errorLines.join('\n'),
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill(signal);
      await exited;
      clearTimeout(killer);
    },
  };
}
