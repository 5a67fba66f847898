import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetProblems, FIRST_VISIT_BUDGET_KB, firstVisitSizes } from '../../../src/build/first-visit';

/**
 * The check `npm test` runs on the fresh build, tried on a made-up build: random bytes do not
 * compress, so a file of N bytes weighs about N bytes gzipped and the budget can be crossed on purpose.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(sizes: { entry: number; shared: number; lazy: number; css: number }): string {
  const dist = mkdtempSync(join(tmpdir(), 'bg-budget-'));
  dirs.push(dist);
  const files = {
    'index.js': sizes.entry,
    'shared.js': sizes.shared,
    'screen.js': sizes.lazy,
    'index.css': sizes.css,
  };
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dist, file), randomBytes(bytes));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script type="module" crossorigin src="/index.js"></script><link rel="stylesheet" href="/index.css">',
  );
  return dist;
}

const manifest: Manifest = {
  'index.html': {
    file: 'index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/screen.tsx'],
    css: ['index.css'],
  },
  '_shared.js': { file: 'shared.js' },
  'src/screen.tsx': { file: 'screen.js', isDynamicEntry: true, imports: ['_shared.js'] },
};

describe('the first-visit budget', () => {
  it('counts the entry and its static imports, not what loads lazily', () => {
    const dist = build({ entry: 20_000, shared: 20_000, lazy: 100_000, css: 2_000 });
    const sizes = firstVisitSizes(dist, manifest);
    expect([...sizes.files.js].sort()).toEqual(['index.js', 'shared.js']);
    expect([...sizes.files.lazy]).toEqual(['screen.js']);
    expect(sizes.jsKb).toBeGreaterThan(40);
    expect(sizes.jsKb).toBeLessThan(41);
    expect(budgetProblems(sizes)).toEqual([]);
  });

  it('fails when a static import pushes the JS over 60 kB gzip', () => {
    const dist = build({ entry: 20_000, shared: 45_000, lazy: 0, css: 2_000 });
    const problems = budgetProblems(firstVisitSizes(dist, manifest));
    expect(FIRST_VISIT_BUDGET_KB.js).toBe(60);
    expect(problems).toEqual([
      expect.stringMatching(/^first-visit JS is 65\.\d kB gzip, over the 60 kB budget$/),
    ]);
  });

  it('fails when the CSS exceeds 10 kB gzip', () => {
    const dist = build({ entry: 1_000, shared: 1_000, lazy: 0, css: 11_000 });
    expect(budgetProblems(firstVisitSizes(dist, manifest))).toEqual([
      expect.stringMatching(/^first-visit CSS is 11\.\d kB gzip, over the 10 kB budget$/),
    ]);
  });
});
