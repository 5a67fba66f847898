import type { FastifyInstance } from 'fastify';
import { pathOf } from './logging';

/**
 * Only our own scripts, styles, workers and API. 'unsafe-inline' for styles because Preact
 * renders `style` attributes; scripts get no such exception. 'wasm-unsafe-eval' lets the page
 * compile WebAssembly (our own, served from here: the QR reader for enrolment where the browser
 * has no BarcodeDetector); it allows no JavaScript eval.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The policy, allowing besides our own files the inline scripts with these hashes (`'sha256-…'`):
 * the public page registers its offline copy with a few bytes inline, not with a second request.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return POLICY.map((directive) =>
    directive.startsWith('script-src ') && inlineScriptHashes.length > 0
      ? `${directive} ${inlineScriptHashes.join(' ')}`
      : directive,
  ).join('; ');
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Share links carry keys in their fragment; browsers never send fragments, but a full
  // Referer on pages reached from the app would still reveal the path. Send none.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export function isApiPath(path: string | undefined): boolean {
  return path === '/api' || (path?.startsWith('/api/') ?? false);
}

/**
 * Set on every response, errors and 404s included, at the last moment so no handler can lose
 * them. API answers are never cached: they are per device and change with every sync.
 */
export function installResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // A route may widen the policy by hashes of its own inline scripts (contentSecurityPolicy).
    const own = reply.getHeader('content-security-policy');
    reply.headers(SECURITY_HEADERS);
    if (typeof own === 'string') reply.header('content-security-policy', own);
    if (isApiPath(pathOf(request.url))) {
      reply.header('cache-control', 'no-store');
    } else if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-cache');
    }
    return payload;
  });
}
