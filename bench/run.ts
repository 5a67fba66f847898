import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../tests/browser/support/chromium';
import { anonymiserBench } from './anonymiser';
import { cityScale } from './city-scale';
import { downloadSize } from './download-size';
import { fieldScale } from './field-scale';
import { keystrokeDurability } from './keystroke-durability';
import { lighthouseMobile } from './lighthouse';
import { offlineReload } from './offline-reload';
import { outboxDrain } from './outbox-drain';
import { publicPage } from './public-page';
import { serverIngest } from './server-ingest';
import { storageWrites } from './storage-writes';
import { buildApp } from './support/app-build';
import { type BenchmarkResult, type Outcome, renderTable, writeResults } from './support/report';
import type { AppBuild, BenchContext, Benchmark } from './types';
import { valuesCircle } from './values-circle';

/**
 * `npm run bench`: runs every benchmark below in order, prints one table and writes the same
 * figures to bench-results.json. Targets are reported, never asserted: the exit code is 1 only
 * when a benchmark crashed. Add a benchmark by appending it here. `npm run bench -- <name>…` runs
 * only the benchmarks named; `--name=value` passes a setting to them (see each benchmark).
 */
const BENCHMARKS: readonly Benchmark[] = [
  downloadSize,
  storageWrites,
  offlineReload,
  lighthouseMobile,
  keystrokeDurability,
  fieldScale,
  anonymiserBench,
  serverIngest,
  outboxDrain,
  valuesCircle,
  cityScale,
  publicPage,
];

function selected(names: readonly string[]): readonly Benchmark[] {
  if (names.length === 0) return BENCHMARKS;
  const unknown = names.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((benchmark) => benchmark.name).join(', ');
    console.error(`No benchmark named ${unknown.join(', ')}; there are: ${known}`);
    process.exit(2);
  }
  return BENCHMARKS.filter((benchmark) => names.includes(benchmark.name));
}

// `--name=value` arguments are settings for the benchmarks (e.g. `--summaries=10000000`), not names.
const ARGS = process.argv.slice(2);
const FLAGS = new Map(
  ARGS.filter((arg) => arg.startsWith('--')).map((arg) => {
    const [name = '', value = 'true'] = arg.slice(2).split('=', 2);
    return [name, value] as const;
  }),
);
const RUN = selected(ARGS.filter((arg) => !arg.startsWith('--')));
const ROOT = resolve(import.meta.dirname, '..');
const RESULTS_PATH = join(ROOT, 'bench-results.json');
const started = performance.now();

function elapsed(): string {
  return `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
}

let appBuild: Promise<AppBuild> | null = null;
const chromium = existsSync(CHROMIUM_PATH);
if (!chromium) {
  console.warn(
    `⚠ Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium): browser benchmarks are skipped.`,
  );
}

function contextFor(benchmark: Benchmark): BenchContext {
  return {
    root: ROOT,
    chromium,
    flags: FLAGS,
    log: (message) => console.log(`[${elapsed()}] ${benchmark.name}: ${message}`),
    appBuild() {
      appBuild ??= buildApp(ROOT);
      return appBuild;
    },
  };
}

async function attempt(benchmark: Benchmark, context: BenchContext): Promise<Outcome> {
  if (benchmark.needsChromium && !chromium)
    return { status: 'skipped', reason: `Chromium not found at ${CHROMIUM_PATH}` };
  try {
    return { status: 'ok', measurements: await benchmark.run(context) };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.log(`crashed: ${message}`);
    return { status: 'crashed', error: message.split('\n')[0] ?? message };
  }
}

const results: BenchmarkResult[] = [];
for (const benchmark of RUN) {
  const context = contextFor(benchmark);
  context.log('starting');
  const before = performance.now();
  const outcome = await attempt(benchmark, context);
  const durationMs = performance.now() - before;
  results.push({ name: benchmark.name, description: benchmark.description, durationMs, outcome });
  context.log(`${outcome.status} after ${(durationMs / 1000).toFixed(1)} s`);
}

writeResults(RESULTS_PATH, results);
console.log(`\n${renderTable(results)}\n\nWritten to ${RESULTS_PATH}`);
if (results.some((result) => result.outcome.status === 'crashed')) process.exitCode = 1;
