import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './api-error';

/**
 * Brute-force protection for every sign-in route (console, area team, single sign-on), shared
 * between them so that switching route buys an attacker nothing:
 * - per client address: at most `perAddress` attempts per minute, right or wrong (`onRequest`,
 *   before the body is even read). The address is what TRUST_PROXY makes of the request.
 * - per account name: after `failures` wrong passwords within `failureWindowMs`, that name is
 *   refused until the window has passed, from whatever address (`preHandler`). Only failures
 *   count, so someone who signs in often is never refused.
 *
 * Both checks run before any database work, so a refused attempt costs no query and no scrypt.
 * Kept in memory per server process: with several processes the limits hold per process (an
 * attacker gets them once per process), and a restart forgets them.
 */
export interface SignInLimits {
  readonly perAddress: number;
  readonly failures: number;
  readonly failureWindowMs: number;
}

const ADDRESS_WINDOW_MS = 60_000;
// Enough for any organisation; beyond it the oldest entries go, so memory stays bounded.
const MAX_ENTRIES = 10_000;

class Window {
  private readonly entries = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  count(key: string): number {
    const entry = this.live(key);
    return entry?.count ?? 0;
  }

  add(key: string): number {
    const entry = this.live(key);
    if (entry !== undefined) return ++entry.count;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { count: 1, since: this.now() });
    return 1;
  }

  clear(key: string): void {
    this.entries.delete(key);
  }

  /** Milliseconds until the key's window ends. */
  left(key: string): number {
    const entry = this.live(key);
    return entry === undefined ? 0 : entry.since + this.windowMs - this.now();
  }

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.since + this.windowMs <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

export class SignInLimiter {
  private readonly addresses: Window;
  private readonly names: Window;

  constructor(
    private readonly limits: SignInLimits,
    now: () => number = Date.now,
  ) {
    this.addresses = new Window(ADDRESS_WINDOW_MS, now);
    this.names = new Window(limits.failureWindowMs, now);
  }

  /** `onRequest` of a sign-in route: counts the attempt against the client's address. */
  readonly perAddress = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const key = request.ip;
    if (this.addresses.add(key) > this.limits.perAddress)
      refuse(reply, this.addresses.left(key), 'this address');
  };

  /** `preHandler` of a password route: refuses a name with too many recent failures. */
  perName(nameOf: (request: FastifyRequest) => string) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const key = normalised(nameOf(request));
      if (this.names.count(key) >= this.limits.failures) refuse(reply, this.names.left(key), 'this account');
    };
  }

  failed(name: string): void {
    this.names.add(normalised(name));
  }

  succeeded(name: string): void {
    this.names.clear(normalised(name));
  }
}

function refuse(reply: FastifyReply, leftMs: number, what: string): never {
  reply.header('retry-after', String(Math.max(1, Math.ceil(leftMs / 1000))));
  throw new HttpError(429, 'too_many_requests', `Too many sign-in attempts for ${what}; try again later`);
}

function normalised(name: string): string {
  return name.trim().toLowerCase();
}
