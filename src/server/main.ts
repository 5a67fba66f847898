import closeWithGrace from 'close-with-grace';
import { buildServer } from './app';
import { ConfigError, readConfig, type ServerConfig } from './config';
import { migrate } from './db/migrate';
import { loadMigrations } from './db/migrations';
import { openDatabase } from './db/open';
import { isBuilt } from './http/static-files';

// After the grace period, work already in the database gets this long to finish; past it a
// shutdown that is still waiting (a stuck database) is cut short with exit code 1.
const STUCK_WORK_MS = 5_000;

const config = readConfigOrExit();
let reportBackgroundError = (error: Error): void => console.error(error);
const db = await openDatabase(config, { onBackgroundError: (error) => reportBackgroundError(error) }).catch(
  (error: unknown) => exitWith(`could not open the database: ${String(error)}`),
);
const app = buildServer({ config, db });
for (const warning of config.warnings) app.log.warn(warning);
reportBackgroundError = (error) =>
  app.log.warn({ err: error }, 'database connection lost; the pool reconnects');

async function stop(): Promise<void> {
  // Fastify stops accepting, answers new requests on open connections with 503 and waits for
  // requests in flight. A client that is still sending (or reading) when the grace period ends
  // cannot hold the process: its connection is cut. The database closes last, after the work
  // already running in it has finished.
  const cut = setTimeout(() => {
    app.log.warn('shutdown grace period over: closing the connections still open');
    app.server.closeAllConnections();
  }, config.http.shutdownGraceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
  await db.close();
}

// SIGTERM and SIGINT close gracefully and exit 0; a second signal, or database work stuck past
// the grace period, exits 1.
const hardStopMs = config.http.shutdownGraceMs + STUCK_WORK_MS;
closeWithGrace({ delay: hardStopMs, logger: app.log }, async ({ signal, err }) => {
  if (err !== undefined) app.log.error({ err }, 'shutting down after an unexpected error');
  else app.log.info({ signal }, 'shutting down');
  await stop();
});

await startStep('could not prepare the database', async () => migrate(db, await loadMigrations(), app.log));
await startStep(`could not listen on ${config.host}:${config.port}`, () =>
  app.listen({ port: config.port, host: config.host }),
);

const url = `http://${displayHost(config.host)}:${boundPort(config)}`;
const line = `Buurtgesprek draait op ${url} (database: ${db.kind})`;
console.log(line);
app.log.info({ url, database: db.kind }, line);
if (!(await isBuilt(config.staticDir))) {
  app.log.warn({ staticDir: config.staticDir }, 'no index.html in STATIC_DIR: run `npm run build`');
}

async function startStep(failure: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    app.log.fatal({ err: error }, failure);
    await stop().catch(() => undefined);
    exitWith(`${failure}: ${String(error)}`);
  }
}

function readConfigOrExit(): ServerConfig {
  try {
    return readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

function exitWith(message: string): never {
  console.error(`Buurtgesprek could not start. ${message}`);
  process.exit(1);
}

// A server listening on every interface is reached on this machine as localhost.
function displayHost(host: string): string {
  if (['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function boundPort(fallback: ServerConfig): number {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : fallback.port;
}
