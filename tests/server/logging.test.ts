import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestStorage } from './support/databases';
import { startTestServer, type TestServer } from './support/server';

// Stands for what people said in a conversation: it must never reach the logs.
const MARKER = 'MARKER-7f3a-what-my-neighbour-said';
const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`request logs (${target.kind})`, () => {
    let storage: TestStorage;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      server = await startTestServer({
        db: await storage.open(),
        // The most verbose level: nothing may leak even there.
        logLevel: 'trace',
        configure(app) {
          app.post('/api/test/summaries', async () => ({ accepted: 1 }));
          app.post('/api/test/fails', async () => {
            throw new Error('storage failed');
          });
          app.get('/api/test/log-headers', async (request) => {
            request.log.info({ headers: request.headers }, 'someone logged the headers');
            return {};
          });
        },
      });
      const json = { 'content-type': 'application/json' };
      const body = JSON.stringify({ note: MARKER });
      // allSettled: a client may see the connection close while it still sends the oversized body.
      await Promise.allSettled([
        fetch(`${server.url}/api/test/summaries`, { method: 'POST', headers: json, body }),
        fetch(`${server.url}/api/test/fails`, { method: 'POST', headers: json, body }),
        fetch(`${server.url}/api/nope`, { method: 'POST', headers: json, body }),
        fetch(`${server.url}/api/test/summaries`, {
          method: 'POST',
          headers: json,
          body: `{"note":"${MARKER}`,
        }),
        fetch(`${server.url}/api/test/summaries`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body,
        }),
        fetch(`${server.url}/api/test/summaries`, {
          method: 'POST',
          headers: json,
          body: `${body}${'x'.repeat(1 << 20)}`,
        }),
        fetch(`${server.url}/api/health?note=${MARKER}`),
        fetch(`${server.url}/gesprek/${MARKER.length}?q=${MARKER}`),
        fetch(`${server.url}/api/test/log-headers`, {
          headers: { authorization: `Bearer ${MARKER}`, cookie: `session=${MARKER}` },
        }),
      ]);
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('writes one structured line per request: method, route, path, status, duration', () => {
      const lines = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
      const health = lines.find((line) => line.msg === 'request' && line.route === '/api/health');
      expect(health).toMatchObject({ method: 'GET', path: '/api/health', status: 200 });
      expect(health?.ms).toEqual(expect.any(Number));
      expect(lines.filter((line) => line.msg === 'request')).toHaveLength(9);
    });

    it('never contains request bodies, query strings or credentials', () => {
      expect(server.logs.length).toBeGreaterThan(9);
      expect(server.logs.join('\n')).not.toContain(MARKER);
      expect(server.logs.join('\n')).toContain('[redacted]');
    });

    it('does not log client addresses', () => {
      const requestLines = server.logs.filter((line) => line.includes('"msg":"request"'));
      expect(requestLines).toHaveLength(9);
      expect(requestLines.join('\n')).not.toMatch(/127\.0\.0\.1|remoteAddress|remotePort/);
    });
  });
}
