import type { FastifyRequest } from 'fastify';
import { HttpError } from './api-error';

/**
 * Brute-force protection per account name: after `failures` wrong passwords for one name within
 * `windowMs`, that name is refused (429) until the window has passed, from whatever address the
 * attempts come. Together with the per-address limit (`SIGN_IN_RATE_LIMIT`, @fastify/rate-limit in
 * `onRequest`) it stops both one address guessing many names and many addresses guessing one.
 *
 * The check runs before any database work, so a refused attempt costs no query and no scrypt.
 * Kept in memory per server process: with several processes the limit holds per process (an
 * attacker gets at most `failures` × processes tries per window), and a restart forgets it.
 * Counting failures only (not successes) keeps someone who signs in often from being refused.
 */
export interface SignInLimiterSettings {
  readonly failures: number;
  readonly windowMs: number;
}

// Enough names for any organisation; beyond it the oldest entries go, so memory stays bounded.
const MAX_NAMES = 10_000;

export class SignInLimiter {
  private readonly names = new Map<string, { failures: number; since: number }>();

  constructor(
    private readonly settings: SignInLimiterSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the name may try again, or 0 when it may now. */
  waitFor(name: string): number {
    const entry = this.names.get(key(name));
    if (entry === undefined) return 0;
    const left = entry.since + this.settings.windowMs - this.now();
    if (left <= 0) {
      this.names.delete(key(name));
      return 0;
    }
    return entry.failures >= this.settings.failures ? left : 0;
  }

  failed(name: string): void {
    const k = key(name);
    const entry = this.names.get(k);
    if (entry !== undefined && entry.since + this.settings.windowMs > this.now()) {
      entry.failures += 1;
      return;
    }
    this.names.delete(k);
    if (this.names.size >= MAX_NAMES) {
      const oldest = this.names.keys().next();
      if (oldest.done !== true) this.names.delete(oldest.value);
    }
    this.names.set(k, { failures: 1, since: this.now() });
  }

  succeeded(name: string): void {
    this.names.delete(key(name));
  }

  /** A `preHandler` refusing a name that is locked, before the route touches the database. */
  guard(nameOf: (request: FastifyRequest) => string) {
    return async (request: FastifyRequest, reply: { header(name: string, value: string): unknown }) => {
      const wait = this.waitFor(nameOf(request));
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new HttpError(
          429,
          'too_many_requests',
          'Too many failed sign-ins for this account; try again later',
        );
      }
    };
  }
}

function key(name: string): string {
  return name.trim().toLowerCase();
}
