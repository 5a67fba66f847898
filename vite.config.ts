import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The top-level manifest.webmanifest is the one source of truth; the plugin only emits it.
const manifest = JSON.parse(readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      injectManifest: {
        // Icons and the manifest are added by the plugin itself; listing them here would precache them twice.
        globPatterns: ['**/*.{js,css,html}'],
      },
      devOptions: { enabled: false },
    }),
    // Brotli and gzip copies beside each text asset, made once at build time; the server sends
    // the smallest one the browser accepts (@fastify/static preCompressed).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|json|svg|webmanifest)$/,
      threshold: 1024,
    }),
    compressServiceWorker(),
  ],
  build: {
    target: 'es2022',
    // Maps are written for reading crash reports, but the bundles do not point to them and the
    // server refuses *.map (src/server/http/static-files.ts): browsers never get the source.
    sourcemap: 'hidden',
    // The passphrase-strength word lists are one lazy chunk of ~720 kB (354 kB gzip), on purpose.
    chunkSizeWarningLimit: 800,
    // Brotli at its best takes a few seconds on the word lists: expected, not worth a warning.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/setup-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          // Bounds for a hang, not for speed: the server and browser projects run side by side
          // on two cores (tests/run.mjs), so a long test may take twice its time alone.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

/**
 * Brotli and gzip copies of sw.js, like every other text asset has. vite-plugin-pwa builds the
 * service worker in its own closeBundle, after the compression plugin has run, so this runs
 * after it (sequential, order 'post') and compresses what it wrote.
 */
function compressServiceWorker(fileName = 'sw.js'): Plugin {
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
