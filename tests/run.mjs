// `npm test`: builds the app (browser tests run against the production build, served by the
// real server), holds the build to the first-visit budget (60 kB JS, 10 kB CSS, gzip, and none of
// the console: see src/build/first-visit.ts), runs every Vitest project (unit, server on both databases, browser
// in Chromium) and ends with one plain line, "N passed, N failed", for whoever reads the log.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

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

/**
 * One Vitest run writing its JSON report; its lines go to our output with `prefix` in front, so two
 * runs side by side stay readable. Resolves with its exit status.
 */
function vitest(name, args, prefix) {
  const report = join(scratch, `${name}.json`);
  const child = spawn(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: process.env },
  );
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: from }).on('line', (line) => to.write(`${prefix}${line}\n`));
  }
  return new Promise((done) => child.on('close', (code) => done({ status: code ?? 1, report })));
}

// The server files and the browser files each run one at a time (they start servers and
// databases), and each alone leaves a core idle: on a two-core machine the two projects run side
// by side, which nearly halves the wall time. Arguments (a file, a project) mean one plain run.
const extra = process.argv.slice(2);
const runs = await Promise.all(
  extra.length > 0
    ? [vitest('all', extra, '')]
    : [
        vitest('server', ['--project', 'server'], '[server] '),
        vitest('app', ['--project', 'unit', '--project', 'browser'], '[app] '),
      ],
);

let passed = 0;
let failed = 0;
for (const { status, report } of runs) {
  let failedHere = 0;
  if (existsSync(report)) {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failedHere = results.numFailedTests;
    // A file that fails to load (a missing browser under CI=true) has no tests but is a failure.
    failedHere += results.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
  }
  if (status !== 0 && failedHere === 0) failedHere = 1;
  failed += failedHere;
}
rmSync(scratch, { recursive: true, force: true });
// The budget counts as one check of its own.
if (withinBudget) passed += 1;
else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
