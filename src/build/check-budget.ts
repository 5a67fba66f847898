import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Manifest } from 'vite';
import { budgetProblems, FIRST_VISIT_BUDGET_KB, firstVisitSizes } from './first-visit';

/**
 * `tsx src/build/check-budget.ts [dist]`, run by `npm test` after `vite build --manifest`: exits 1
 * when the first visit downloads more than the budget allows, so a heavy import fails the tests
 * (as Preact and Excalidraw check bundle size in CI) rather than waiting for someone to bench.
 */
const distDir = resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const sizes = firstVisitSizes(distDir, manifest);
const problems = budgetProblems(sizes);
console.log(
  `first visit: JS ${sizes.jsKb.toFixed(1)} kB gzip (budget ${FIRST_VISIT_BUDGET_KB.js}), ` +
    `CSS ${sizes.cssKb.toFixed(1)} kB gzip (budget ${FIRST_VISIT_BUDGET_KB.css})`,
);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
