import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  budgetProblems,
  CONSOLE_ENTRY,
  consoleProblems,
  FIRST_VISIT_BUDGET_KB,
  firstVisitSizes,
} from '../../../src/build/first-visit';

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

/**
 * A made-up build of the app and its console: `entryModules` are what the entry chunk's source map
 * lists (relative to dist/assets, as Vite writes them); `consoleChunk` false folds the console
 * into the entry, as a static import of it would.
 */
function consoleBuild(options: {
  entryModules: string[];
  consoleChunk?: boolean;
  consoleCssInHtml?: boolean;
  entryMap?: boolean;
}): { dist: string; manifest: Manifest } {
  const dist = mkdtempSync(join(tmpdir(), 'bg-console-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  for (const file of ['index.js', 'index.css', 'BeheerConsole.js', 'BeheerConsole.css'])
    writeFileSync(join(dist, 'assets', file), '/* made up */');
  const map = (sources: string[]) => JSON.stringify({ version: 3, sources, mappings: '' });
  if (options.entryMap !== false)
    writeFileSync(join(dist, 'assets', 'index.js.map'), map(options.entryModules));
  writeFileSync(
    join(dist, 'assets', 'BeheerConsole.js.map'),
    map(['../../src/app/beheer/BeheerConsole.tsx', '../../src/app/beheer/api.ts']),
  );
  const stylesheet = (href: string) => `<link rel="stylesheet" href="/assets/${href}">`;
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><script type="module" crossorigin src="/assets/index.js"></script>${stylesheet('index.css')}${
      options.consoleCssInHtml ? stylesheet('BeheerConsole.css') : ''
    }`,
  );
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      css: ['assets/index.css'],
      ...(options.consoleChunk === false ? {} : { dynamicImports: [CONSOLE_ENTRY] }),
    },
    ...(options.consoleChunk === false
      ? {}
      : {
          [CONSOLE_ENTRY]: {
            file: 'assets/BeheerConsole.js',
            src: CONSOLE_ENTRY,
            isDynamicEntry: true,
            css: ['assets/BeheerConsole.css'],
          },
        }),
  };
  return { dist, manifest };
}

const problemsOf = ({ dist, manifest }: { dist: string; manifest: Manifest }) =>
  consoleProblems(dist, manifest, firstVisitSizes(dist, manifest).files);

const SHELL = ['../../src/app/main.tsx', '../../src/app/App.tsx', '../../src/app/i18n/nl.ts'];
const LOADER = ['../../src/app/beheer/ConsoleLoader.tsx', '../../src/app/beheer/routes.ts'];

describe('the console is not in the first visit', () => {
  it('lets the shell hold only the loader, with the console and its styles a lazy chunk', () => {
    expect(problemsOf(consoleBuild({ entryModules: [...SHELL, ...LOADER] }))).toEqual([]);
  });

  it('fails when a first-visit chunk holds any console module, say its client', () => {
    const build = consoleBuild({ entryModules: [...SHELL, ...LOADER, '../../src/app/beheer/api.ts'] });
    expect(problemsOf(build)).toEqual([
      'first-visit chunk assets/index.js holds console code: ../../src/app/beheer/api.ts',
    ]);
  });

  it("fails when the console's texts are in the first visit", () => {
    const build = consoleBuild({ entryModules: [...SHELL, ...LOADER, '../../src/app/i18n/en/beheer.ts'] });
    expect(problemsOf(build)).toEqual([
      'first-visit chunk assets/index.js holds console code: ../../src/app/i18n/en/beheer.ts',
    ]);
  });

  it('fails when the console is imported statically, folded into the entry', () => {
    const build = consoleBuild({
      entryModules: [...SHELL, ...LOADER, '../../src/app/beheer/BeheerConsole.tsx'],
      consoleChunk: false,
    });
    expect(problemsOf(build)).toEqual([
      `${CONSOLE_ENTRY} is not a lazily loaded chunk of its own`,
      'first-visit chunk assets/index.js holds console code: ../../src/app/beheer/BeheerConsole.tsx',
    ]);
  });

  it("fails when the console's stylesheet is loaded up front", () => {
    const build = consoleBuild({ entryModules: [...SHELL, ...LOADER], consoleCssInHtml: true });
    expect(problemsOf(build)).toEqual([
      "the console's stylesheet assets/BeheerConsole.css is loaded on the first visit",
    ]);
  });

  it('fails rather than passes when a first-visit chunk has no source map to tell', () => {
    const build = consoleBuild({ entryModules: [], entryMap: false });
    expect(problemsOf(build)).toEqual([
      'assets/index.js has no source map, so whether it holds console code cannot be told',
    ]);
  });
});
