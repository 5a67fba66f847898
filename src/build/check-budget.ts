import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Manifest } from 'vite';
import { budgetProblems, consoleProblems, FIRST_VISIT_BUDGET_KB, firstVisitSizes } from './first-visit';

/**
 * `tsx src/build/check-budget.ts [dist]`, run by `npm test` after `vite build --manifest`: exits 1
 * when the first visit downloads more than the budget allows, or any of the console, so a heavy
 * import fails the tests (as Preact and Excalidraw check bundle size in CI) rather than waiting for
 * someone to bench.
 */
const distDir = resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const sizes = firstVisitSizes(distDir, manifest);
const consoleLoaded = consoleProblems(distDir, manifest, sizes.files);
const problems = [...budgetProblems(sizes), ...consoleLoaded];
console.log(
  `first visit: JS ${sizes.jsKb.toFixed(1)} kB gzip (budget ${FIRST_VISIT_BUDGET_KB.js}), ` +
    `CSS ${sizes.cssKb.toFixed(1)} kB gzip (budget ${FIRST_VISIT_BUDGET_KB.css}), ` +
    `console ${consoleLoaded.length === 0 ? 'not in it' : 'in it'}`,
);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
