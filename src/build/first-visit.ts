import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { htmlAssets } from './html-assets';

/**
 * What a first visit downloads before the first screen, from a production build: the entry
 * script, everything it imports statically, the preloads and stylesheets index.html names.
 * One place for the figure `npm test` enforces and `npm run bench` reports.
 */
export const FIRST_VISIT_BUDGET_KB = { js: 60, css: 10 } as const;

const KB = 1000;

export interface FirstVisitFiles {
  js: Set<string>;
  css: Set<string>;
  /** Dynamic imports: they load after the first screen (workbox-window, lazy screens). */
  lazy: Set<string>;
}

/** Sizes in kB (1,000 bytes, as Vite reports them), each file gzipped on its own at level 9. */
export interface FirstVisitSizes {
  files: FirstVisitFiles;
  htmlKb: number;
  jsKb: number;
  cssKb: number;
  lazyKb: number;
}

/** Files as the server sends them: each gzipped on its own, at the strongest level. */
export function gzippedKb(distDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return bytes / KB;
}

function withoutLeadingSlash(url: string): string {
  return url.replace(/^\//, '');
}

/** Walks the entry's static imports (loaded before it runs) and keeps their CSS. */
export function firstVisitFiles(manifest: Manifest, entryFile: string): FirstVisitFiles {
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const entryKey = keyOf.get(entryFile);
  if (entryKey === undefined) throw new Error(`${entryFile} is not in the Vite manifest`);
  const js = new Set<string>();
  const css = new Set<string>();
  const dynamic = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const lazyKey of chunk.dynamicImports ?? []) dynamic.add(lazyKey);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const lazy = new Set(
    [...dynamic].map((key) => manifest[key]?.file).filter((file): file is string => !!file && !js.has(file)),
  );
  return { js, css, lazy };
}

/** Reads dist/index.html and the manifest Vite wrote beside the build. */
export function firstVisitSizes(distDir: string, manifest: Manifest): FirstVisitSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = htmlAssets(html);
  const [entryUrl, ...otherEntries] = assets.moduleScripts;
  if (!entryUrl || otherEntries.length > 0) {
    throw new Error(`expected one module script in index.html, found ${assets.moduleScripts.length}`);
  }
  const files = firstVisitFiles(manifest, withoutLeadingSlash(entryUrl));
  for (const url of assets.modulePreloads) files.js.add(withoutLeadingSlash(url));
  for (const url of assets.stylesheets) files.css.add(withoutLeadingSlash(url));
  return {
    files,
    htmlKb: gzipSync(html, { level: 9 }).length / KB,
    jsKb: gzippedKb(distDir, files.js),
    cssKb: gzippedKb(distDir, files.css),
    lazyKb: gzippedKb(distDir, files.lazy),
  };
}

/** One line per broken budget; empty when the build is within it. */
export function budgetProblems(
  sizes: Pick<FirstVisitSizes, 'jsKb' | 'cssKb'>,
  budget: { js: number; css: number } = FIRST_VISIT_BUDGET_KB,
): string[] {
  const problems: string[] = [];
  if (sizes.jsKb > budget.js) {
    problems.push(`first-visit JS is ${sizes.jsKb.toFixed(1)} kB gzip, over the ${budget.js} kB budget`);
  }
  if (sizes.cssKb > budget.css) {
    problems.push(`first-visit CSS is ${sizes.cssKb.toFixed(1)} kB gzip, over the ${budget.css} kB budget`);
  }
  return problems;
}

/** Where the console starts: `ConsoleLoader` imports it only when a /beheer path is opened. */
export const CONSOLE_ENTRY = 'src/app/beheer/BeheerConsole.tsx';
/** The console's own code and texts. */
const CONSOLE_MODULE = /(^|\/)src\/app\/(beheer\/|i18n\/(nl|en)\/beheer\.ts$)/;
/** What the shell needs of it: knowing a /beheer path, and fetching the rest. */
const CONSOLE_LOADER = /(^|\/)src\/app\/beheer\/(ConsoleLoader\.tsx|routes\.ts)$/;

/** The modules a chunk was made of, from its source map (the build writes hidden maps). */
function chunkModules(distDir: string, file: string): string[] | undefined {
  const path = join(distDir, `${file}.map`);
  if (!existsSync(path)) return undefined;
  const map = JSON.parse(readFileSync(path, 'utf8')) as { sources?: string[] };
  return (map.sources ?? []).map((source) => posix.normalize(source.replaceAll('\\', '/')));
}

/**
 * One line per way the first visit would download the console (issue 13: /beheer is lazy, not
 * in the first-visit budget): the console is not a lazy chunk of its own, its stylesheet is
 * loaded up front, or a first-visit chunk holds any of its modules besides the loader. Module by
 * module, so a screen importing one console file statically is caught even when the budget holds.
 */
export function consoleProblems(distDir: string, manifest: Manifest, files: FirstVisitFiles): string[] {
  const problems: string[] = [];
  const consoleChunk = manifest[CONSOLE_ENTRY];
  if (!consoleChunk?.isDynamicEntry)
    problems.push(`${CONSOLE_ENTRY} is not a lazily loaded chunk of its own`);
  for (const css of consoleChunk?.css ?? []) {
    if (files.css.has(css)) problems.push(`the console's stylesheet ${css} is loaded on the first visit`);
  }
  for (const file of files.js) {
    const modules = chunkModules(distDir, file);
    if (modules === undefined) {
      problems.push(`${file} has no source map, so whether it holds console code cannot be told`);
      continue;
    }
    const found = modules.filter((module) => CONSOLE_MODULE.test(module) && !CONSOLE_LOADER.test(module));
    if (found.length > 0) problems.push(`first-visit chunk ${file} holds console code: ${found.join(', ')}`);
  }
  return problems;
}
