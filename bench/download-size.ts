import { FIRST_VISIT_BUDGET_KB, firstVisitSizes, gzippedKb } from '../src/build/first-visit';
import type { Benchmark, Measurement } from './types';

export const downloadSize: Benchmark = {
  name: 'download-size',
  description: 'first-visit download of a production build, gzip level 9, 1 kB = 1,000 bytes',
  async run(context) {
    context.log('building the app (vite build)…');
    const { distDir, manifest } = await context.appBuild();
    // The same figures `npm test` holds to the budget (src/build/check-budget.ts).
    const { files, htmlKb, jsKb, cssKb, lazyKb } = firstVisitSizes(distDir, manifest);
    context.log(
      `first visit loads ${files.js.size} JS and ${files.css.size} CSS file(s); ${files.lazy.size} lazy chunk(s)`,
    );
    const figures: Measurement[] = [
      {
        name: 'JS before first screen (gz)',
        value: jsKb,
        unit: 'kB',
        target: { comparison: '<=', value: FIRST_VISIT_BUDGET_KB.js },
      },
      {
        name: 'CSS before first screen (gz)',
        value: cssKb,
        unit: 'kB',
        target: { comparison: '<=', value: FIRST_VISIT_BUDGET_KB.css },
      },
      { name: 'index.html (gz)', value: htmlKb, unit: 'kB' },
      { name: 'first visit total: html+js+css (gz)', value: htmlKb + jsKb + cssKb, unit: 'kB' },
      { name: 'lazy JS, after first screen (gz)', value: lazyKb, unit: 'kB' },
      { name: 'service worker sw.js (gz)', value: gzippedKb(distDir, ['sw.js']), unit: 'kB' },
    ];
    return figures;
  },
};
