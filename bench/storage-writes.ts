import { join } from 'node:path';
import { startServer } from '../tests/browser/support/server';
import type { WriteTimings } from './browser/storage-bench-result';
import { buildBenchPage } from './support/bench-page';
import { openBrowserPage } from './support/browser-page';
import { mean, percentile } from './support/stats';
import type { Benchmark, Measurement } from './types';

const WRITES = 1_000;
const BENCH_PATH = 'bench';

function figures(layer: WriteTimings, plain: WriteTimings): Measurement[] {
  const label = 'plain IndexedDB';
  const row = (name: string, pick: (timings: WriteTimings) => number): Measurement => ({
    name,
    value: pick(layer),
    unit: 'ms',
    baseline: { label, value: pick(plain) },
  });
  return [
    row(`${WRITES.toLocaleString('en')} sequential saveNote(), total`, (t) => t.totalMs),
    row('saveNote() per write, mean', (t) => mean(t.perWriteMs)),
    row('saveNote() per write, p95', (t) => percentile(t.perWriteMs, 95)),
  ];
}

export const storageWrites: Benchmark = {
  name: 'storage-writes',
  description: `${WRITES.toLocaleString('en')} note writes, each awaited (as autosave does), in headless Chromium; baseline: same records unencrypted, a plain IndexedDB put through idb, one transaction each`,
  needsChromium: true,
  async run(context) {
    // The real server serves a throwaway copy of the app build; the bench page is built into
    // a folder of that copy, so nothing lands in dist/ and stop() removes it all.
    await context.appBuild();
    const server = await startServer({ copyBuild: true });
    try {
      context.log('building the benchmark page…');
      await buildBenchPage(context.root, 'storage-bench.html', join(server.staticDir, BENCH_PATH));
      const browser = await openBrowserPage(context.log);
      try {
        await browser.page.goto(`${server.url}/${BENCH_PATH}/storage-bench.html`);
        await browser.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
        context.log(`writing ${WRITES.toLocaleString('en')} notes through each path…`);
        const result = await browser.page.evaluate(async (writes) => {
          if (!window.runBench) throw new Error('the benchmark page did not load');
          return window.runBench(writes);
        }, WRITES);
        return figures(result.storageLayer, result.plainIndexedDb);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  },
};
