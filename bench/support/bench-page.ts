import { join } from 'node:path';

/**
 * A benchmark page from bench/browser, bundled like the app (minified, es2022) but without the
 * app or its plugins, into `outDir`.
 */
export async function buildBenchPage(root: string, htmlFile: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  const pageRoot = join(root, 'bench/browser');
  await build({
    configFile: false,
    root: pageRoot,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(pageRoot, htmlFile) },
    },
  });
}
