import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Measurement, Target } from '../types';

export type Outcome =
  | { status: 'ok'; measurements: Measurement[] }
  | { status: 'skipped'; reason: string }
  | { status: 'crashed'; error: string };

export interface BenchmarkResult {
  name: string;
  description: string;
  durationMs: number;
  outcome: Outcome;
}

/** A figure as written to bench-results.json: the ratio and the pass mark are derived here, once. */
interface ReportedFigure extends Measurement {
  ratio?: number;
  pass?: boolean;
}

export function meetsTarget(value: number, target: Target): boolean {
  return target.comparison === '<=' ? value <= target.value : value >= target.value;
}

function reported(measurement: Measurement): ReportedFigure {
  const { baseline, target } = measurement;
  return {
    ...measurement,
    ...(baseline && baseline.value !== 0 ? { ratio: measurement.value / baseline.value } : {}),
    ...(target ? { pass: meetsTarget(measurement.value, target) } : {}),
  };
}

export function writeResults(path: string, results: readonly BenchmarkResult[]): void {
  const document = {
    generatedAt: new Date().toISOString(),
    environment: { node: process.version, platform: process.platform, cpus: cpus().length },
    benchmarks: results.map(({ outcome, ...result }) =>
      outcome.status === 'ok'
        ? { ...result, status: outcome.status, figures: outcome.measurements.map(reported) }
        : { ...result, ...outcome },
    ),
  };
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
}

const HEADER = ['Figure', 'Value', 'Baseline', 'Ratio', 'Target', 'Result'];

function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function row(measurement: Measurement): string[] {
  const figure = reported(measurement);
  const { baseline, target, unit } = measurement;
  return [
    figure.name,
    format(figure.value, unit),
    baseline ? `${format(baseline.value, unit)} (${baseline.label})` : '',
    figure.ratio === undefined ? '' : `${figure.ratio.toFixed(2)}×`,
    target ? `${target.comparison === '<=' ? '≤' : '≥'} ${format(target.value, unit)}` : '',
    figure.pass === undefined ? 'info' : figure.pass ? 'PASS' : 'FAIL',
  ];
}

/** One readable table: a heading line per benchmark, then its figures in aligned columns. */
export function renderTable(results: readonly BenchmarkResult[]): string {
  const rows = results.flatMap((result) =>
    result.outcome.status === 'ok' ? result.outcome.measurements.map(row) : [],
  );
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  const out = [line(HEADER), line(widths.map((width) => '─'.repeat(width)))];
  for (const result of results) {
    const seconds = (result.durationMs / 1000).toFixed(1);
    out.push('', `${result.name} — ${result.description} (${seconds} s)`);
    const { outcome } = result;
    if (outcome.status === 'ok') out.push(...outcome.measurements.map((m) => line(row(m))));
    else if (outcome.status === 'skipped') out.push(`  skipped: ${outcome.reason}`);
    else out.push(`  CRASHED: ${outcome.error}`);
  }
  return out.join('\n');
}
