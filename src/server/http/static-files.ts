import { access } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { isApiPath } from './headers';

// Vite puts content-hashed files under assets/: a new build gets new names, so they never change.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (index.html, the service worker, the manifest, registerSW.js, icons) keeps its
// name across builds and must be revalidated, or users stay on an old version.
const REVALIDATE = 'no-cache';

export const NOT_BUILT_MESSAGE =
  'Buurtgesprek is not built yet: there is no index.html in STATIC_DIR.\n' +
  'Run `npm run build` (or `npm start`, which builds first) and reload this page.\n';

export function cacheControlFor(staticDir: string, file: string): string {
  return relative(staticDir, file).startsWith(`assets${sep}`) ? IMMUTABLE : REVALIDATE;
}

/** Options for @fastify/static to serve the built app; paths that are no file reach the 404 handler. */
export function staticFileOptions(staticDir: string): FastifyStaticOptions {
  return {
    root: staticDir,
    cacheControl: false,
    dotfiles: 'ignore',
    // The build writes .br and .gz beside each text file: sent as they are, with Content-Encoding
    // and Vary, to browsers that accept them; a first visit then downloads what bench reports.
    preCompressed: true,
    // A missing build is explained per request (sendAppShell) and once at startup (main.ts).
    suppressWarning: true,
    allowedPath: (path) => !isApiPath(path),
    setHeaders: (reply, file) => {
      reply.header('cache-control', cacheControlFor(staticDir, file));
    },
  };
}

/**
 * The SPA fallback: client-side routes like /gesprek/nieuw are answered with index.html. Not for
 * /assets/: a missing hashed file is a stale page asking for an old build, and it must fail
 * visibly rather than receive HTML.
 */
export function wantsAppShell(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !isApiPath(path) && !path.startsWith('/assets/');
}

export function isBuilt(staticDir: string): Promise<boolean> {
  return access(join(staticDir, 'index.html')).then(
    () => true,
    () => false,
  );
}

export async function sendAppShell(reply: FastifyReply, staticDir: string): Promise<FastifyReply> {
  // Checked per request, so a build made while the server runs is picked up without a restart.
  if (!(await isBuilt(staticDir))) {
    return reply
      .code(503)
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send(NOT_BUILT_MESSAGE);
  }
  return reply.header('cache-control', REVALIDATE).sendFile('index.html', { cacheControl: false });
}
