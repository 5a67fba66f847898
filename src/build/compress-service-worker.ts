import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Brotli and gzip copies of sw.js, like every other text asset has. vite-plugin-pwa builds the
 * service worker in its own closeBundle, after the compression plugin has run, so this runs
 * after it (sequential, order 'post') and compresses what it wrote.
 */
export function compressServiceWorker(fileName = 'sw.js'): Plugin {
  let outDir = 'dist';
  return {
    name: 'buurtgesprek:compress-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const path = join(outDir, fileName);
        const source = await readFile(path).catch(() => null);
        if (source === null) return;
        const brotli = await promisify(brotliCompress)(source, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        });
        await writeFile(`${path}.br`, brotli);
        await writeFile(`${path}.gz`, await promisify(gzip)(source, { level: 9 }));
      },
    },
  };
}
