import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable } from './chromium';
import { BUILD_DIR, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** One real server on the production build for all browser tests (tests that change the build start their own). */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('appUrl', '');
  if (!chromiumAvailable()) return undefined;
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    const { build } = await import('vite');
    await build({ logLevel: 'warn' });
  }
  const server = await startServer();
  project.provide('appUrl', server.url);
  return () => server.stop();
}
