import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/server/config';

const cwd = '/srv/buurtgesprek';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    readConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('has defaults that need no setup: embedded database under ./data', () => {
    expect(readConfig({}, cwd)).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/buurtgesprek/data',
      database: { kind: 'embedded', dir: '/srv/buurtgesprek/data/db' },
      staticDir: '/srv/buurtgesprek/dist',
      logLevel: 'info',
      suppressionK: 5,
      rateLimits: {
        summariesPerMinute: 60,
        signInPerMinute: 10,
        agendaSavesPerMinute: 60,
        blobRequestsPerMinute: 30,
        shareReadsPerMinute: 60,
        publicPageReadsPerMinute: 300,
      },
      blobs: { shareDays: 14, backupBodyBytes: 50 * 1024 * 1024, backupVersions: 5 },
      http: {
        requestTimeoutMs: 120_000,
        headersTimeoutMs: 10_000,
        bodyTimeoutMs: 30_000,
        keepAliveTimeoutMs: 65_000,
        maxConnections: 1_000,
        shutdownGraceMs: 8_000,
      },
      quotas: {
        summariesPerDay: 1000,
        openShares: 50,
        backupBytes: 300 * 1024 * 1024,
        backupSlots: 3,
        openProposals: 50,
      },
      aggregates: { threads: 0, budgetMs: 10_000 },
      accounts: {
        sessions: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
        failuresPerAccount: 5,
        trustProxy: false,
        oidc: undefined,
      },
      warnings: [],
    });
  });

  it('reads every variable, resolving relative paths against the working directory', () => {
    const config = readConfig(
      {
        PORT: '3000',
        HOST: '127.0.0.1',
        DATA_DIR: 'var/bg',
        STATIC_DIR: '/opt/app/dist',
        LOG_LEVEL: 'WARN',
        DATABASE_URL: 'postgresql://bg:secret@db.internal:5432/buurtgesprek',
        SUPPRESSION_K: '10',
        SUMMARY_RATE_LIMIT: '120',
        SIGN_IN_RATE_LIMIT: '5',
        AGENDA_RATE_LIMIT: '30',
        BLOB_RATE_LIMIT: '10',
        SHARE_READ_RATE_LIMIT: '20',
        PUBLIC_PAGE_RATE_LIMIT: '600',
        SHARE_DAYS: '90',
        BACKUP_MAX_MB: '256',
        BACKUP_VERSIONS: '1',
        DATABASE_POOL_SIZE: '25',
        DATABASE_STATEMENT_TIMEOUT_MS: '5000',
        REQUEST_TIMEOUT_MS: '60000',
        HEADERS_TIMEOUT_MS: '5000',
        BODY_TIMEOUT_MS: '15000',
        KEEP_ALIVE_TIMEOUT_MS: '75000',
        MAX_CONNECTIONS: '200',
        SHUTDOWN_GRACE_MS: '20000',
        AGGREGATE_THREADS: '2',
        AGGREGATE_BUDGET_MS: '3000',
        SESSION_IDLE_MINUTES: '15',
        SESSION_MAX_HOURS: '8',
        SIGN_IN_ACCOUNT_FAILURES: '3',
        TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
        OIDC_ISSUER: 'https://login.example.nl/realms/gemeente',
        OIDC_CLIENT_ID: 'buurtgesprek',
        OIDC_CLIENT_SECRET: 'geheim',
        OIDC_REDIRECT_URI: 'https://buurtgesprek.example.nl/api/account/oidc/callback',
        OIDC_ROLES_CLAIM: 'roles',
        OIDC_MATCH_EMAIL: 'false',
      },
      cwd,
    );
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/buurtgesprek/var/bg',
      database: {
        kind: 'postgres',
        url: 'postgresql://bg:secret@db.internal:5432/buurtgesprek',
        poolSize: 25,
        statementTimeoutMs: 5_000,
      },
      staticDir: '/opt/app/dist',
      logLevel: 'warn',
      suppressionK: 10,
      rateLimits: {
        summariesPerMinute: 120,
        signInPerMinute: 5,
        agendaSavesPerMinute: 30,
        blobRequestsPerMinute: 10,
        shareReadsPerMinute: 20,
        publicPageReadsPerMinute: 600,
      },
      blobs: { shareDays: 90, backupBodyBytes: 256 * 1024 * 1024, backupVersions: 1 },
      http: {
        requestTimeoutMs: 60_000,
        headersTimeoutMs: 5_000,
        bodyTimeoutMs: 15_000,
        keepAliveTimeoutMs: 75_000,
        maxConnections: 200,
        shutdownGraceMs: 20_000,
      },
      quotas: {
        summariesPerDay: 1000,
        openShares: 50,
        backupBytes: 512 * 1024 * 1024,
        backupSlots: 3,
        openProposals: 50,
      },
      aggregates: { threads: 2, budgetMs: 3_000 },
      accounts: {
        sessions: { idleMs: 15 * 60_000, absoluteMs: 8 * 3_600_000 },
        failuresPerAccount: 3,
        trustProxy: '10.0.0.0/8,127.0.0.1',
        oidc: {
          issuer: new URL('https://login.example.nl/realms/gemeente'),
          clientId: 'buurtgesprek',
          clientSecret: 'geheim',
          redirectUri: 'https://buurtgesprek.example.nl/api/account/oidc/callback',
          rolesClaim: 'roles',
          matchEmail: false,
          allowInsecure: false,
          clockSkewSeconds: 0,
        },
      },
      warnings: [],
    });
  });

  it('reads TRUST_PROXY as off, on, a number of proxies, or their addresses, and refuses anything else', () => {
    expect(readConfig({ TRUST_PROXY: 'false' }, cwd).accounts.trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'true' }, cwd).accounts.trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '2' }, cwd).accounts.trustProxy).toBe(2);
    expect(() => readConfig({ TRUST_PROXY: 'yes please' }, cwd)).toThrow(/TRUST_PROXY/);
  });

  it('refuses half an OIDC setup and a provider over plain http', () => {
    expect(() => readConfig({ OIDC_ISSUER: 'https://login.example.nl' }, cwd)).toThrow(/OIDC_CLIENT_ID/);
    expect(() => readConfig({ OIDC_ISSUER: 'http://login.example.nl', OIDC_CLIENT_ID: 'x' }, cwd)).toThrow(
      /https/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ' }, cwd)).toMatchObject({
      port: 8080,
      database: { kind: 'embedded' },
    });
  });

  it('accepts port 0, which asks the system for a free port', () => {
    expect(readConfig({ PORT: '0' }, cwd).port).toBe(0);
  });

  it.each(['abc', '80.5', '-1', '65536', '8080x'])('rejects PORT=%s with a clear message', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([
      `PORT must be a whole number from 0 to 65535, got "${port}"`,
    ]);
  });

  it('rejects an unknown LOG_LEVEL', () => {
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    ]);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL without echoing its password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/app' });
    expect(problem).toContain('postgres://');
    expect(problem).not.toContain('hunter2');
    expect(problemsOf({ DATABASE_URL: 'not a url' })[0]).toContain('not a valid URL');
  });

  it('raises a SUPPRESSION_K below 3 to 3, and says so', () => {
    const config = readConfig({ SUPPRESSION_K: '2' }, cwd);
    expect(config.suppressionK).toBe(3);
    expect(config.warnings).toEqual(['SUPPRESSION_K=2 is below the minimum of 3; using 3']);
  });

  it.each([
    ['SUPPRESSION_K', '0'],
    ['SUPPRESSION_K', 'five'],
    ['SUMMARY_RATE_LIMIT', '-1'],
    ['SIGN_IN_RATE_LIMIT', '1.5'],
    ['AGENDA_RATE_LIMIT', '0'],
    ['BLOB_RATE_LIMIT', '0'],
    ['SHARE_READ_RATE_LIMIT', 'many'],
    ['PUBLIC_PAGE_RATE_LIMIT', '-1'],
  ])('rejects %s=%s', (name, value) => {
    expect(problemsOf({ [name]: value })).toEqual([
      `${name} must be a whole number from 1 to 999999, got "${value}"`,
    ]);
  });

  it.each([
    ['SHARE_DAYS', '0', '1 to 90'],
    ['SHARE_DAYS', '91', '1 to 90'],
    ['BACKUP_MAX_MB', '257', '1 to 256'],
    ['BACKUP_MAX_MB', '0.5', '1 to 256'],
    ['BACKUP_VERSIONS', '0', '1 to 100'],
    ['BACKUP_VERSIONS', '101', '1 to 100'],
    ['DATABASE_POOL_SIZE', '0', '1 to 1000'],
    ['REQUEST_TIMEOUT_MS', '1.5', '1 to 3600000'],
    ['MAX_CONNECTIONS', '0', '1 to 100000'],
    ['SHUTDOWN_GRACE_MS', 'soon', '1 to 600000'],
  ])('rejects %s=%s: it must be from %s', (name, value, range) => {
    expect(problemsOf({ [name]: value })).toEqual([
      `${name} must be a whole number from ${range}, got "${value}"`,
    ]);
  });

  it('keeps the header limit within the request limit, as Node requires', () => {
    const { http } = readConfig({ REQUEST_TIMEOUT_MS: '2000', HEADERS_TIMEOUT_MS: '9000' }, cwd);
    expect(http.headersTimeoutMs).toBe(2_000);
  });

  it('reports all problems at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'loud' })).toHaveLength(2);
    expect(() => readConfig({ PORT: 'x' }, cwd)).toThrow(/Invalid configuration:\n {2}- PORT/);
  });
});
