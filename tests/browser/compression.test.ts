import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** A response as a browser that accepts Brotli gets it, body still compressed. */
function getBrotli(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

// The production build as the server sends it: the service worker, built after every other
// asset, is compressed like them (compressServiceWorker in vite.config.ts).
describe('the built app over the wire', () => {
  const base = inject('appUrl');
  const check = async (path: string) => {
    const compressed = await getBrotli(`${base}${path}`);
    expect(compressed.encoding).toBe('br');
    const plain = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
    expect(brotliDecompressSync(compressed.body).equals(Buffer.from(await plain.arrayBuffer()))).toBe(true);
  };

  it('sends the service worker Brotli-compressed, and it opens to the file served plain', async () => {
    await check('/sw.js');
  });

  it("sends the app's entry script Brotli-compressed too", async () => {
    const html = await (await fetch(base)).text();
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(entry).toMatch(/^\/assets\/.+\.js$/);
    await check(entry ?? '');
  });
});
