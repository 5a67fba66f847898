import type { Manifest } from 'vite';

/**
 * The contract every benchmark module fulfils. A later issue adds a benchmark by writing one
 * module that exports a `Benchmark` and listing it in `run.ts`; the runner does the rest.
 */

/** A figure an issue promises, e.g. "JS ≤ 60 KB gzip". Checked and reported, never asserted. */
export interface Target {
  comparison: '<=' | '>=';
  value: number;
}

/** A figure measured in the same run for comparison, e.g. plain IndexedDB beside the storage layer. */
export interface Baseline {
  label: string;
  value: number;
}

export interface Measurement {
  name: string;
  value: number;
  /** In the same unit as `value`: 'ms', 'kB' (1,000 bytes, as Vite reports sizes), 'count'… */
  unit: string;
  baseline?: Baseline;
  target?: Target;
}

export interface BenchContext {
  /** The repository root: every path a benchmark uses is resolved from here. */
  root: string;
  /** Whether headless Chromium is there; benchmarks that need it are skipped when it is not. */
  chromium: boolean;
  /** Settings from the command line: `npm run bench -- city-scale --summaries=10000000`. */
  flags: ReadonlyMap<string, string>;
  /** Prints one progress line, prefixed with the benchmark's name. */
  log(message: string): void;
  /** Builds the app into dist/ once per run, however many benchmarks ask for it. */
  appBuild(): Promise<AppBuild>;
}

export interface AppBuild {
  distDir: string;
  /** The Vite manifest of that build: which chunks are imported statically and which lazily. */
  manifest: Manifest;
}

export interface Benchmark {
  name: string;
  /** What it measures and under which conditions, one line for the report. */
  description: string;
  needsChromium?: boolean;
  run(context: BenchContext): Promise<Measurement[]>;
}
