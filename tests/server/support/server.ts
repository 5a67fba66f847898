import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app';
import { readConfig } from '../../../src/server/config';
import type { Database } from '../../../src/server/db/database';

export interface TestServer {
  readonly app: FastifyInstance;
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Every log line written so far, raw JSON text. */
  readonly logs: string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  db: Database;
  staticDir?: string;
  logLevel?: string;
  /** More environment for readConfig, e.g. SUMMARY_RATE_LIMIT or SUPPRESSION_K. */
  env?: Readonly<Record<string, string>>;
  /** Adds test-only routes before the server starts. */
  configure?: (app: FastifyInstance) => void;
}

/** The real server over real HTTP on a free port, with its log lines captured. */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const scratch = await mkdtemp(join(tmpdir(), 'bg-http-'));
  const config = readConfig({
    DATA_DIR: join(scratch, 'data'),
    STATIC_DIR: options.staticDir ?? join(scratch, 'no-build'),
    LOG_LEVEL: options.logLevel ?? 'info',
    // A loaded test machine must not turn a slow suppression into a 503; the budget itself is
    // tested on its own (aggregates-budget.test.ts), where a held lock decides, not a clock.
    AGGREGATE_BUDGET_MS: '600000',
    ...options.env,
  });
  const logs: string[] = [];
  const app = buildServer({ config, db: options.db, logStream: { write: (line) => logs.push(line) } });
  options.configure?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  // The start-up retention run removes what is past its time, and tests store summaries of years
  // long gone (2001, 2011…): a test that stored them while the run was still going lost some.
  await app.retentionSettled();
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    logs,
    async close() {
      // A test can leave a connection mid-upload (a 413 is answered before the body is read), and
      // app.close() waits for every connection: cut such leftovers after a short grace.
      const cut = setTimeout(() => app.server.closeAllConnections(), 2_000);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
