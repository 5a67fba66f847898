import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
