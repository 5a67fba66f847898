import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const STARTUP_LIMIT_MS = 50_000;
export const STARTUP_LINE =
  /Buurtgesprek draait op (http:\/\/localhost:(\d+)) \(database: (embedded|postgres)\)/;

export interface ChildServer {
  readonly process: ChildProcess;
  /** The URL from the startup line, with the port the server really bound. */
  readonly url: string;
  readonly database: string;
  output(): string;
  /** Resolves with the exit code, or null when a signal killed it. */
  readonly exited: Promise<number | null>;
}

/**
 * Runs `src/server/main.ts` through tsx, as `npm run dev:server` does, and waits for its startup
 * line. tsx is loaded into the server's own process (`node --import tsx`) rather than through the
 * tsx command, which would run the server as a grandchild: a SIGKILL must reach the server itself.
 * (The compiled server, as in production, is started in production-command.test.ts.)
 */
export function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  return spawnCommand(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], env);
}

/** Runs a command in the project's folder that starts the server, and waits for its startup line. */
export async function spawnCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<ChildServer> {
  const inherited = { ...process.env };
  // The storage under test decides between embedded and PostgreSQL, not the caller's shell.
  delete inherited.DATABASE_URL;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    // Only a guard against a hang: on a busy machine a cold start (tsx, a fresh embedded database)
    // can take half a minute. A server that did not start must not stay behind, holding the
    // embedded database's lock for the next test.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no startup line within ${STARTUP_LIMIT_MS / 1000} s:\n${output}`));
    }, STARTUP_LIMIT_MS);
    const check = () => {
      const found = STARTUP_LINE.exec(output);
      if (found !== null) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${output}`));
    });
  });
  return { process: child, url: match[1] ?? '', database: match[3] ?? '', output: () => output, exited };
}
