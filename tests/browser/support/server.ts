import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const BUILD_DIR = join(ROOT, 'dist');

export interface RunningServer {
  url: string;
  staticDir: string;
  /** The server's DATA_DIR (the embedded database is in `db/`). */
  dataDir: string;
  /** Stops the server and, unless asked to keep it, deletes its data. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Deletes what `stop({ keepData: true })` kept. */
  discard(): void;
  /**
   * Stops the server, lets `between` work on its data (as an administrator with the CLI would while
   * the embedded database is free), and starts it again on the same port, so the page's origin,
   * and with it the app's IndexedDB and service worker, stay the same.
   */
  restart(between: (dataDir: string) => Promise<void>): Promise<void>;
}

export interface ServerOptions {
  copyBuild?: boolean;
  /** Runs before the server starts, on its still unused DATA_DIR (e.g. to create areas and codes). */
  prepare?: (dataDir: string) => Promise<void>;
  /** Extra environment for the server process, e.g. a higher `SUMMARY_RATE_LIMIT` for a benchmark. */
  env?: Readonly<Record<string, string>>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the real sync server (the same entry point as `npm start`) as a child process on the
 * production build, with its own data folder and, if asked, its own copy of the build so a
 * test can change it (a new app version) without touching dist/.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(BUILD_DIR, 'index.html')))
    throw new Error('No production build in dist/: run `npm run build`.');
  const scratch = mkdtempSync(join(tmpdir(), 'bg-server-'));
  const staticDir = options.copyBuild ? join(scratch, 'app') : BUILD_DIR;
  if (options.copyBuild) cpSync(BUILD_DIR, staticDir, { recursive: true });
  const dataDir = join(scratch, 'data');
  await options.prepare?.(dataDir);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const launch = async (): Promise<ChildProcess> => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/server/main.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          DATA_DIR: dataDir,
          STATIC_DIR: staticDir,
          DATABASE_URL: '',
          LOG_LEVEL: 'warn',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${output}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Server did not start within 60 s:\n${output}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
    return child;
  };
  let child = await launch();
  const halt = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  };
  const discard = () => rmSync(scratch, { recursive: true, force: true });
  return {
    url,
    staticDir,
    dataDir,
    async stop({ keepData = false } = {}) {
      await halt();
      if (!keepData) discard();
    },
    discard,
    async restart(between) {
      await halt();
      await between(dataDir);
      child = await launch();
    },
  };
}
