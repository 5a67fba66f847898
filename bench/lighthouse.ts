import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/support/chromium';
import { startServer } from '../tests/browser/support/server';
import { median } from './support/stats';
import type { Benchmark, Measurement, Target } from './types';

const RUNS = 3;
// Issue "In the field": Lighthouse 12, mobile emulation with its default (simulated) throttling.
const TARGETS: Record<string, Target> = {
  performance: { comparison: '>=', value: 90 },
  lcp: { comparison: '<=', value: 2500 },
  cls: { comparison: '<=', value: 0.05 },
  tbt: { comparison: '<=', value: 200 },
};

interface Run {
  performance: number;
  lcp: number;
  cls: number;
  tbt: number;
  transferKb: number;
  hostIndex: number;
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  // A failed run has no figures: say why, rather than letting a NaN make the median meaningless.
  if (lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse measured no ${id} on ${url}`);
    return value;
  };
  const score = lhr.categories.performance?.score;
  if (score === undefined || score === null)
    throw new Error(`Lighthouse gave no performance score on ${url}`);
  return {
    performance: score * 100,
    lcp: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    // What crossed the wire, compressed as sent.
    transferKb: numeric('total-byte-weight') / 1000,
    // Simulated throttling scales the tasks this host ran: a busy shared machine inflates blocking time.
    hostIndex: lhr.environment.benchmarkIndex,
  };
}

/** One more try after a failed run: a busy shared machine makes Chromium miss a paint now and then. */
async function auditAgainOnFailure(url: string, port: number, log: (message: string) => void): Promise<Run> {
  try {
    return await audit(url, port);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}; trying once more`);
    return audit(url, port);
  }
}

/** The floor on this machine: a page with one heading and nothing to load, audited the same way. */
function startBlankPage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><html lang="nl"><meta name="viewport" content="width=device-width"><title>x</title><h1>Buurtgesprek</h1>',
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

export const lighthouseMobile: Benchmark = {
  name: 'lighthouse',
  description: `Lighthouse 12 performance, mobile emulation with simulated throttling, median of ${RUNS} cold first visits`,
  needsChromium: true,
  async run(context) {
    await context.appBuild();
    const app = await startServer();
    const blank = await startBlankPage();
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS],
    });
    try {
      const runs: Run[] = [];
      const floors: Run[] = [];
      for (let run = 1; run <= RUNS; run++) {
        context.log(`run ${run} of ${RUNS}: the app's first visit, then the blank page…`);
        runs.push(await auditAgainOnFailure(`${app.url}/`, chrome.port, context.log));
        floors.push(await auditAgainOnFailure(blank.url, chrome.port, context.log));
      }
      const row = (name: string, key: keyof Run, unit: string, target?: Target): Measurement => ({
        name,
        value: median(runs.map((r) => r[key])),
        unit,
        baseline: { label: 'blank page, same server machine', value: median(floors.map((r) => r[key])) },
        ...(target ? { target } : {}),
      });
      return [
        row('performance score', 'performance', 'points', TARGETS.performance),
        row('largest contentful paint', 'lcp', 'ms', TARGETS.lcp),
        row('cumulative layout shift', 'cls', 'score', TARGETS.cls),
        row('total blocking time', 'tbt', 'ms', TARGETS.tbt),
        row('bytes transferred, first visit (as sent)', 'transferKb', 'kB'),
        row('host speed (Lighthouse benchmark index, higher is faster)', 'hostIndex', 'points'),
      ];
    } finally {
      await chrome.kill();
      blank.server.close();
      await app.stop();
    }
  },
};
