import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { htmlAssets } from './support/html-assets';
import type { Benchmark, Measurement } from './types';

const KB = 1000;

/** Files as the server sends them: each gzipped on its own, at the strongest level. */
function gzippedKb(distDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return bytes / KB;
}

function withoutLeadingSlash(url: string): string {
  return url.replace(/^\//, '');
}

/**
 * Walks the entry's static imports (loaded before it runs) and keeps their CSS; dynamic
 * imports are only noted, since they load after the first screen (workbox-window, for one).
 */
function firstVisitFiles(
  manifest: Manifest,
  entryFile: string,
): { js: Set<string>; css: Set<string>; lazy: Set<string> } {
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

export const downloadSize: Benchmark = {
  name: 'download-size',
  description: 'first-visit download of a production build, gzip level 9, 1 kB = 1,000 bytes',
  async run(context) {
    context.log('building the app (vite build)…');
    const { distDir, manifest } = await context.appBuild();
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const assets = htmlAssets(html);
    const [entryUrl, ...otherEntries] = assets.moduleScripts;
    if (!entryUrl || otherEntries.length > 0) {
      throw new Error(`expected one module script in index.html, found ${assets.moduleScripts.length}`);
    }
    const { js, css, lazy } = firstVisitFiles(manifest, withoutLeadingSlash(entryUrl));
    for (const url of assets.modulePreloads) js.add(withoutLeadingSlash(url));
    for (const url of assets.stylesheets) css.add(withoutLeadingSlash(url));
    context.log(`first visit loads ${js.size} JS and ${css.size} CSS file(s); ${lazy.size} lazy chunk(s)`);

    const htmlKb = gzipSync(html, { level: 9 }).length / KB;
    const jsKb = gzippedKb(distDir, js);
    const cssKb = gzippedKb(distDir, css);
    const figures: Measurement[] = [
      {
        name: 'JS before first screen (gz)',
        value: jsKb,
        unit: 'kB',
        target: { comparison: '<=', value: 60 },
      },
      {
        name: 'CSS before first screen (gz)',
        value: cssKb,
        unit: 'kB',
        target: { comparison: '<=', value: 10 },
      },
      { name: 'index.html (gz)', value: htmlKb, unit: 'kB' },
      { name: 'first visit total: html+js+css (gz)', value: htmlKb + jsKb + cssKb, unit: 'kB' },
      { name: 'lazy JS, after first screen (gz)', value: gzippedKb(distDir, lazy), unit: 'kB' },
      { name: 'service worker sw.js (gz)', value: gzippedKb(distDir, ['sw.js']), unit: 'kB' },
    ];
    return figures;
  },
};
