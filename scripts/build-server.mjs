// `npm run build:server` (part of `npm run build`): compiles the sync server to plain JavaScript
// for `node`, so production runs no TypeScript loader and no wrapper process between a signal
// and the server. One ES module bundle of our code; packages stay in node_modules.
//
// Layout: dist-server/server/main.js, dist-server/server/suppression-worker.js (the worker threads
// of aggregates/suppression-pool.ts, which looks for it beside main.js) and dist-server/migrations/*.sql. The bundle keeps the
// source's relative paths working: from dist-server/server/, `../migrations/` (db/migrations.ts)
// is dist-server/migrations/ and `../../package.json` (version.ts) is the project's package.json.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-server`;

await rm(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/server/main.ts',
    'suppression-worker': 'src/server/aggregates/suppression-worker.ts',
  },
  outdir: `${out}/server`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  // For stack traces in the logs (`node --enable-source-maps`); never served to browsers.
  sourcemap: true,
  logLevel: 'warning',
});
await cp(`${root}src/server/migrations`, `${out}/migrations`, { recursive: true });
