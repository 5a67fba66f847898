import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { spawnServer } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import { migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Slow and stalled clients: each limit is set tiny through the environment, and the test waits for
 * the server to close the connection (the 'close' event), not for a clock. The other limits stay
 * large, so only the one under test can be what closes it.
 */
const LARGE = '600000';
const embedded = (await databaseTargets()).find((target) => target.kind === 'embedded');

interface Client {
  readonly socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  readonly closed: Promise<string>;
  /** Resolves once the server has sent something matching `pattern`. */
  until(pattern: RegExp): Promise<void>;
}

async function open(url: string): Promise<Client> {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  let received = '';
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString();
    for (const wait of waiting.filter(({ pattern }) => pattern.test(received))) wait.resolve();
  });
  socket.on('error', () => undefined);
  const closed = once(socket, 'close').then(() => received);
  await once(socket, 'connect');
  return {
    socket,
    closed,
    until: (pattern) =>
      pattern.test(received)
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push({ pattern, resolve })),
  };
}

const UPLOAD_HEAD =
  'POST /api/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"code":';
// The server answers "100 Continue" once it has read these headers: from then on the request is
// in progress on the server, which a test can wait for instead of guessing.
const ANNOUNCED_UPLOAD_HEAD =
  'POST /api/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n';

describe('connection limits', () => {
  let storage: TestStorage;
  let db: Database;
  const servers: TestServer[] = [];
  const sockets: Socket[] = [];

  const serve = async (env: Record<string, string>): Promise<TestServer> => {
    const limits = {
      REQUEST_TIMEOUT_MS: LARGE,
      HEADERS_TIMEOUT_MS: LARGE,
      BODY_TIMEOUT_MS: LARGE,
      KEEP_ALIVE_TIMEOUT_MS: LARGE,
    };
    const server = await startTestServer({ db, env: { ...limits, ...env } });
    servers.push(server);
    return server;
  };
  const client = async (server: TestServer): Promise<Client> => {
    const opened = await open(server.url);
    sockets.push(opened.socket);
    return opened;
  };

  beforeAll(async () => {
    storage = (await embedded?.createStorage()) as TestStorage;
    db = await migrated(await storage.open());
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  afterAll(async () => {
    await storage?.dispose();
  });

  it('closes a connection whose headers never finish (HEADERS_TIMEOUT_MS)', async () => {
    const server = await serve({ HEADERS_TIMEOUT_MS: '100' });
    const { socket, closed } = await client(server);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an upload to an open route that stalls (BODY_TIMEOUT_MS)', async () => {
    const server = await serve({ BODY_TIMEOUT_MS: '100' });
    const { socket, closed } = await client(server);
    socket.write(UPLOAD_HEAD);
    await closed;
    expect(socket.destroyed).toBe(true);
  });

  it('closes an upload that trickles in too slowly to finish (REQUEST_TIMEOUT_MS)', async () => {
    const server = await serve({ REQUEST_TIMEOUT_MS: '300' });
    const { socket, closed } = await client(server);
    socket.write(UPLOAD_HEAD);
    // One byte every 20 ms keeps the connection busy, so only the request limit can end it.
    const trickle = setInterval(() => socket.write('1'), 20);
    try {
      expect(await closed).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes an idle kept-alive connection (KEEP_ALIVE_TIMEOUT_MS)', async () => {
    const server = await serve({ KEEP_ALIVE_TIMEOUT_MS: '100' });
    const { socket, closed } = await client(server);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/keep-alive/i);
  });

  it('refuses connections over MAX_CONNECTIONS and serves the ones it has', async () => {
    const server = await serve({ MAX_CONNECTIONS: '2' });
    const accepted = new Promise<void>((resolve) => {
      let count = 0;
      server.app.server.on('connection', () => {
        count++;
        if (count === 2) resolve();
      });
    });
    const [first, second] = [await client(server), await client(server)];
    await accepted;
    const third = await client(server);
    expect(await third.closed).toBe('');
    first.socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(await first.closed).toMatch(/^HTTP\/1\.1 200/);
    expect(second.socket.destroyed).toBe(false);
  });
});

describe('shutdown with a slow client', () => {
  let storage: TestStorage;
  let staticDir: string;

  beforeAll(async () => {
    storage = (await embedded?.createStorage()) as TestStorage;
    staticDir = await mkdtemp(join(tmpdir(), 'bg-timeouts-dist-'));
  });
  afterAll(async () => {
    await storage?.dispose();
    if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
  });

  it('cuts an upload still arriving after SHUTDOWN_GRACE_MS and exits 0', async () => {
    const server = await spawnServer({
      ...storage.env,
      STATIC_DIR: staticDir,
      SHUTDOWN_GRACE_MS: '200',
      REQUEST_TIMEOUT_MS: LARGE,
      BODY_TIMEOUT_MS: LARGE,
    });
    const { socket, closed, until } = await open(server.url);
    socket.write(ANNOUNCED_UPLOAD_HEAD);
    await until(/100 Continue/);
    const trickle = setInterval(() => socket.write('1'), 20);
    try {
      server.process.kill('SIGTERM');
      expect(await server.exited, server.output()).toBe(0);
      await closed;
      expect(server.output()).toContain('shutdown grace period over');
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    // A server process with the embedded database can take half a minute to start on a busy
    // machine; this bound only turns a hang into a failure.
  }, 120_000);
});
