import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from 'vite';
import type { AppBuild } from '../types';

/**
 * The production build, from the repository's own vite.config.ts, plus a Vite manifest: the one
 * reliable record of which chunks the entry imports statically and which only lazily. The
 * manifest is read and then removed, so dist/ ends up as `npm run build` leaves it.
 */
export async function buildApp(root: string): Promise<AppBuild> {
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { manifest: true } });
  const distDir = join(root, 'dist');
  const manifestDir = join(distDir, '.vite');
  const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
  rmSync(manifestDir, { recursive: true, force: true });
  return { distDir, manifest };
}
