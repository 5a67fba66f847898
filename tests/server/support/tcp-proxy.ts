import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy between the server and PostgreSQL, so a test can do to the connections what a
 * restart or failover does (cut them all, refuse new ones for a while) without touching the
 * machine's PostgreSQL.
 */
export interface TcpProxy {
  readonly port: number;
  /** Connections currently passed through. */
  readonly open: number;
  /** Destroys every connection passed through so far, on both sides, as a crashed server would. */
  cutAll(): void;
  /** New connections are reset at once (as a server that is down); `accept()` lets them through again. */
  refuse(): void;
  accept(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection(target);
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no TCP address');

  const cutAll = (): void => {
    for (const { client, upstream } of [...pairs]) {
      // A reset, not a polite FIN: what the client sees when the database host goes away.
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  return {
    port: address.port,
    get open() {
      return pairs.size;
    },
    cutAll,
    refuse() {
      refusing = true;
    },
    accept() {
      refusing = false;
    },
    async close() {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
