import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K, suppressionThreshold } from '../domain/suppression';
import { type AccountSettings, readAccountSettings } from './accounts/settings';
import { type DeviceQuotas, readDeviceQuotas } from './quotas/settings';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly kind: 'embedded'; readonly dir: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly poolSize: number;
      readonly statementTimeoutMs: number;
    };

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly staticDir: string;
  readonly logLevel: LogLevel;
  /** Small-cell threshold for aggregates; never below MIN_SUPPRESSION_K. */
  readonly suppressionK: number;
  readonly rateLimits: RateLimits;
  readonly blobs: BlobSettings;
  readonly http: HttpSettings;
  /** What one device may send and hold (quotas/settings.ts). */
  readonly quotas: DeviceQuotas;
  readonly aggregates: AggregateSettings;
  /** Sessions, brute-force limits, TRUST_PROXY and single sign-on (accounts/settings.ts). */
  readonly accounts: AccountSettings;
  /** Settings that were accepted but changed, for the startup log (a k raised to the minimum). */
  readonly warnings: readonly string[];
}

export interface RateLimits {
  /** `POST /api/summaries` per device per minute. */
  readonly summariesPerMinute: number;
  /** Enrolment and area-team sign-in attempts per client address per minute. */
  readonly signInPerMinute: number;
  /** Agenda saves (`PUT /api/areas/:areaId/agenda`) per area-team session per minute. */
  readonly agendaSavesPerMinute: number;
  /** Share and backup requests with a credential (device or reply token), per credential per minute. */
  readonly blobRequestsPerMinute: number;
  /** `GET /api/shares/:id` per client address per minute. */
  readonly shareReadsPerMinute: number;
  /** The public page and its poster (`/inbreng/…`), per client address per minute. */
  readonly publicPageReadsPerMinute: number;
}

/** Encrypted packages: shares for coach review and backups (routes/shares.ts, routes/backups.ts). */
export interface BlobSettings {
  /** Days a share can be read and answered after it was made. */
  readonly shareDays: number;
  /** The largest request body of a backup upload. */
  readonly backupBodyBytes: number;
  /** Versions kept per backup; older ones are deleted when a new one arrives. */
  readonly backupVersions: number;
}

/**
 * Every wait of a connection has a limit, so slow or stalled clients cannot pile up; all in ms.
 * Node's own defaults are no request or body limit at all.
 */
export interface HttpSettings {
  /** A whole request, headers and body, must have arrived within this (408 otherwise). */
  readonly requestTimeoutMs: number;
  /** The request headers must have arrived within this. */
  readonly headersTimeoutMs: number;
  /** A connection on which no data moves for this long (a stalled body) is closed. */
  readonly bodyTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused until some close. */
  readonly maxConnections: number;
  /** On SIGTERM: what is still open after this is cut; work already in the database finishes. */
  readonly shutdownGraceMs: number;
}

/** Suppression of aggregates, off the request thread (aggregates/suppression-pool.ts). */
export interface AggregateSettings {
  /** Worker threads; 0: one per core but one, at least one. Never more than the cores. */
  readonly threads: number;
  /** How long a request waits for suppression before it is answered 503 with Retry-After. */
  readonly budgetMs: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Every problem found in the environment at once, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the server configuration from environment variables; pure so tests can call it.
 * Relative paths are resolved against `cwd`.
 *
 * HOST defaults to 0.0.0.0: behind a load balancer or in a container a loopback-only server is
 * unreachable (the classic "works locally, 502 in production"). Set HOST=127.0.0.1 to keep a
 * server on a laptop private to that machine.
 */
export function readConfig(env: Env, cwd: string = process.cwd()): ServerConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const port = parsePort(value('PORT'), problems);
  const host = value('HOST') ?? '0.0.0.0';
  const dataDir = resolvePath(cwd, value('DATA_DIR') ?? './data');
  const staticDir = resolvePath(cwd, value('STATIC_DIR') ?? './dist');
  const logLevel = parseLogLevel(value('LOG_LEVEL'), problems);
  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== undefined) checkDatabaseUrl(databaseUrl, problems);
  const requestedK = parseCount('SUPPRESSION_K', value('SUPPRESSION_K'), DEFAULT_SUPPRESSION_K, problems);
  const rateLimits: RateLimits = {
    summariesPerMinute: parseCount('SUMMARY_RATE_LIMIT', value('SUMMARY_RATE_LIMIT'), 60, problems),
    signInPerMinute: parseCount('SIGN_IN_RATE_LIMIT', value('SIGN_IN_RATE_LIMIT'), 10, problems),
    agendaSavesPerMinute: parseCount('AGENDA_RATE_LIMIT', value('AGENDA_RATE_LIMIT'), 60, problems),
    blobRequestsPerMinute: parseCount('BLOB_RATE_LIMIT', value('BLOB_RATE_LIMIT'), 30, problems),
    shareReadsPerMinute: parseCount('SHARE_READ_RATE_LIMIT', value('SHARE_READ_RATE_LIMIT'), 60, problems),
    // Generous: a community centre's wifi puts many residents behind one address.
    publicPageReadsPerMinute: parseCount(
      'PUBLIC_PAGE_RATE_LIMIT',
      value('PUBLIC_PAGE_RATE_LIMIT'),
      300,
      problems,
    ),
  };
  const range = (name: string, fallback: number, min: number, max: number): number =>
    parseRange(name, value(name), fallback, { min, max }, problems);
  const blobs: BlobSettings = {
    shareDays: range('SHARE_DAYS', 14, 1, 90),
    // V8 cannot hold a string much over 512 MiB, and the body is parsed as one.
    backupBodyBytes: range('BACKUP_MAX_MB', 50, 1, 256) * 1024 * 1024,
    backupVersions: range('BACKUP_VERSIONS', 5, 1, 100),
  };
  const quotas = readDeviceQuotas(range, {
    bodyBytes: blobs.backupBodyBytes,
    versions: blobs.backupVersions,
  });

  const poolSize = range('DATABASE_POOL_SIZE', 10, 1, 1000);
  const statementTimeoutMs = range('DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 1, 3_600_000);
  const http = readHttpSettings(range);
  const aggregates: AggregateSettings = {
    threads: range('AGGREGATE_THREADS', 0, 0, 256),
    budgetMs: range('AGGREGATE_BUDGET_MS', 10_000, 1, 600_000),
  };
  const accounts = readAccountSettings(range, value, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  const database: DatabaseConfig =
    databaseUrl === undefined
      ? { kind: 'embedded', dir: join(dataDir, 'db') }
      : { kind: 'postgres', url: databaseUrl, poolSize, statementTimeoutMs };
  const threshold = suppressionThreshold(requestedK);
  const warnings = threshold.clamped
    ? [`SUPPRESSION_K=${requestedK} is below the minimum of ${MIN_SUPPRESSION_K}; using ${threshold.k}`]
    : [];
  return {
    port,
    host,
    dataDir,
    database,
    staticDir,
    logLevel,
    suppressionK: threshold.k,
    rateLimits,
    blobs,
    http,
    quotas,
    aggregates,
    accounts,
    warnings,
  };
}

type Range = (name: string, fallback: number, min: number, max: number) => number;

// Defaults: a 50 MiB backup over a slow mobile link still fits in the request timeout; the
// keep-alive outlasts common load balancers' idle timeouts (60 s), so the balancer, not the
// server, closes an idle connection and never reuses one the server has just closed; the grace
// period ends before a container runtime's default 10 s turns SIGTERM into SIGKILL.
function readHttpSettings(range: Range): HttpSettings {
  const requestTimeoutMs = range('REQUEST_TIMEOUT_MS', 120_000, 1, 3_600_000);
  return {
    requestTimeoutMs,
    // Node requires the header limit to be within the request limit.
    headersTimeoutMs: Math.min(range('HEADERS_TIMEOUT_MS', 10_000, 1, 600_000), requestTimeoutMs),
    bodyTimeoutMs: range('BODY_TIMEOUT_MS', 30_000, 1, 3_600_000),
    keepAliveTimeoutMs: range('KEEP_ALIVE_TIMEOUT_MS', 65_000, 1, 600_000),
    maxConnections: range('MAX_CONNECTIONS', 1_000, 1, 100_000),
    shutdownGraceMs: range('SHUTDOWN_GRACE_MS', 8_000, 1, 600_000),
  };
}

// Whole numbers of 1 or more; SUPPRESSION_K below its minimum is raised, not refused (see warnings).
function parseCount(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined) return fallback;
  const count = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(count) || count < 1) {
    problems.push(`${name} must be a whole number from 1 to 999999, got "${raw}"`);
    return fallback;
  }
  return count;
}

function parseRange(
  name: string,
  raw: string | undefined,
  fallback: number,
  { min, max }: { min: number; max: number },
  problems: string[],
): number {
  if (raw === undefined) return fallback;
  const count = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(count) || count < min || count > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return count;
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return 8080;
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  // 0 asks the operating system for a free port, which tests and scripts rely on.
  if (!Number.isInteger(port) || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw.toLowerCase());
  if (level === undefined) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level ?? 'info';
}

// The URL itself is never echoed: it usually carries a password.
function checkDatabaseUrl(raw: string, problems: string[]): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
    return;
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    problems.push(`DATABASE_URL must start with postgres:// or postgresql://, got "${protocol}//…"`);
  }
}

function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
