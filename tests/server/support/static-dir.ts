import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const INDEX_HTML = '<!doctype html><title>Buurtgesprek test build</title>';
/** An asset the build also wrote compressed, as vite-plugin-compression2 does. */
export const COMPRESSED_ASSET = {
  path: 'assets/big-def456.js',
  text: `export const words = "${'woord '.repeat(2000)}";`,
};

/** A tiny stand-in for `dist/`: the files whose caching matters. */
export async function createStaticDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bg-dist-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'api'));
  await Promise.all([
    writeFile(join(dir, 'index.html'), INDEX_HTML),
    writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});'),
    writeFile(join(dir, 'manifest.webmanifest'), '{"name":"Buurtgesprek"}'),
    writeFile(join(dir, 'assets', 'x-abc123.js'), 'export const x = 1;'),
    writeFile(join(dir, COMPRESSED_ASSET.path), COMPRESSED_ASSET.text),
    writeFile(join(dir, `${COMPRESSED_ASSET.path}.br`), brotliCompressSync(COMPRESSED_ASSET.text)),
    writeFile(join(dir, `${COMPRESSED_ASSET.path}.gz`), gzipSync(COMPRESSED_ASSET.text)),
    // Would be served if /api/ were not kept away from the static files.
    writeFile(join(dir, 'api', 'notes.txt'), 'static file, not the API'),
    writeFile(join(dir, '.env'), 'SECRET=1'),
  ]);
  return dir;
}
