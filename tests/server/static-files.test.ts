import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/headers';
import { databaseTargets, type TestStorage } from './support/databases';
import { startTestServer, type TestServer } from './support/server';
import { COMPRESSED_ASSET, createStaticDir, INDEX_HTML } from './support/static-dir';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`the built app (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let staticDir: string;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await storage.open();
      staticDir = await createStaticDir();
      server = await startTestServer({ db, staticDir });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
      if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
    });

    const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

    it('serves index.html at / with no-cache and the security headers', async () => {
      const response = await get('/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX_HTML);
    });

    /** The raw bytes and headers, as sent: fetch() would decode them out of sight. */
    const rawGet = (path: string, acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
        http
          .get(`${server.url}${path}`, { headers }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });

    it('sends the precompressed copy the browser accepts, Brotli first, and the plain file otherwise', async () => {
      const path = `/${COMPRESSED_ASSET.path}`;
      const brotli = await rawGet(path, 'gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toMatch(/accept-encoding/i);
      expect(brotli.headers['cache-control']).toBe(IMMUTABLE);
      expect(brotli.body.length).toBeLessThan(COMPRESSED_ASSET.text.length / 10);
      expect(brotliDecompressSync(brotli.body).toString()).toBe(COMPRESSED_ASSET.text);

      const gzip = await rawGet(path, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).toString()).toBe(COMPRESSED_ASSET.text);

      const plain = await rawGet(path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(COMPRESSED_ASSET.text);
    });

    it('lets hashed assets be cached for a year', async () => {
      const response = await get('/assets/x-abc123.js');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    });

    it.each(['/sw.js', '/manifest.webmanifest', '/index.html'])(
      'makes browsers revalidate %s',
      async (path) => {
        const response = await get(path);
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.headers.get('etag')).not.toBeNull();
      },
    );

    // Through node:http: fetch adds "cache-control: no-cache" to conditional requests, which
    // rightly makes the server send the whole file again.
    it('answers a revalidation of an unchanged file with 304', async () => {
      const etag = (await get('/sw.js')).headers.get('etag') ?? '';
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http
          .get(`${server.url}/sw.js`, { headers: { 'if-none-match': etag } }, (response) => {
            response.resume();
            resolve(response.statusCode);
          })
          .on('error', reject);
      });
      expect(status).toBe(304);
    });

    it.each(['/gesprek/nieuw', '/instellingen', '/s/abc?ref=x'])(
      'answers the app route %s with index.html',
      async (path) => {
        const response = await get(path);
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(await response.text()).toBe(INDEX_HTML);
      },
    );

    it('answers HEAD on an app route like GET', async () => {
      const response = await get('/gesprek/nieuw', { method: 'HEAD' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    });

    it('answers a missing hashed asset with 404, not with index.html', async () => {
      const response = await get('/assets/old-build-999.js');
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).not.toBe(IMMUTABLE);
    });

    it('never serves files from STATIC_DIR under /api/', async () => {
      const response = await get('/api/notes.txt');
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: 'No API route GET /api/notes.txt' },
      });
    });

    it('does not serve dotfiles', async () => {
      const response = await get('/.env');
      expect(await response.text()).not.toContain('SECRET');
    });

    it('does not fall back to index.html for other methods', async () => {
      const response = await get('/gesprek/nieuw', { method: 'POST' });
      expect(response.status).toBe(404);
    });

    it('tells the user to build the app when STATIC_DIR has no index.html', async () => {
      const emptyDir = await mkdtemp(join(tmpdir(), 'bg-empty-dist-'));
      const unbuilt = await startTestServer({ db, staticDir: emptyDir });
      try {
        for (const path of ['/', '/gesprek/nieuw']) {
          const response = await fetch(`${unbuilt.url}${path}`);
          expect(response.status).toBe(503);
          expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
          expect(await response.text()).toContain('npm run build');
        }
        expect((await fetch(`${unbuilt.url}/api/health`)).status).toBe(200);
      } finally {
        await unbuilt.close();
        await rm(emptyDir, { recursive: true, force: true });
      }
    });
  });
}
