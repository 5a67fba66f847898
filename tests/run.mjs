// `npm test`: builds the app (browser tests run against the production build, served by the
// real server), holds the build to the first-visit budget (60 kB JS, 10 kB CSS, gzip: see
// src/build/first-visit.ts), runs every Vitest project (unit, server on both databases, browser
// in Chromium) and ends with one plain line, "N passed, N failed", for whoever reads the log.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;

// The manifest is how the budget check knows which chunks the entry imports statically.
if (run(bin('vite'), ['build', '--logLevel', 'warn', '--manifest']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const withinBudget = run(bin('tsx'), [join('src', 'build', 'check-budget.ts'), 'dist']) === 0;
// dist/ is left as `npm run build` leaves it.
rmSync(join('dist', '.vite'), { recursive: true, force: true });

const scratch = mkdtempSync(join(tmpdir(), 'bg-test-'));
const report = join(scratch, 'vitest.json');
const status = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  // A file that fails to load (a missing browser under CI=true) has no tests but is a failure.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
}
rmSync(scratch, { recursive: true, force: true });
if (status !== 0 && failed === 0) failed = 1;
// The budget counts as one check of its own.
if (withinBudget) passed += 1;
else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
