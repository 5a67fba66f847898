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
  stop(): Promise<void>;
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
export async function startServer(options: { copyBuild?: boolean } = {}): Promise<RunningServer> {
  if (!existsSync(join(BUILD_DIR, 'index.html')))
    throw new Error('No production build in dist/: run `npm run build`.');
  const scratch = mkdtempSync(join(tmpdir(), 'bg-server-'));
  const staticDir = options.copyBuild ? join(scratch, 'app') : BUILD_DIR;
  if (options.copyBuild) cpSync(BUILD_DIR, staticDir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(scratch, 'data'),
      STATIC_DIR: staticDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://localhost:${port}`;
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
  return {
    url,
    staticDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
