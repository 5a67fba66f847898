import type { SessionSettings } from './sessions';

/**
 * Sign-in settings from the environment (config.ts collects the problems): session limits,
 * brute-force limits, whether forwarded addresses count, and single sign-on.
 */
export interface AccountSettings {
  readonly sessions: SessionSettings;
  /** Failed sign-ins per account name per 15 minutes before that name is refused. */
  readonly failuresPerAccount: number;
  /**
   * Fastify's `trustProxy`: false (the socket's address is the client), true (the left-most
   * X-Forwarded-For), a number of proxy hops, or the proxies' addresses / CIDR ranges.
   */
  readonly trustProxy: boolean | number | string;
  readonly oidc: OidcSettings | undefined;
}

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  /** Where the provider sends the browser back; derived from the request when unset. */
  readonly redirectUri: string | undefined;
  /** A claim whose values are grants: `beheerder`, `gebiedsteam:area:<id>`, `coach:group:<id>`. */
  readonly rolesClaim: string | undefined;
  /** Whether a verified e-mail that matches an enabled local account signs in as that account. */
  readonly matchEmail: boolean;
  /** Plain-http provider (tests, a provider on the same host); never in production. */
  readonly allowInsecure: boolean;
  /** Seconds this server's clock is behind the provider's (openid-client's clockSkew); usually 0. */
  readonly clockSkewSeconds: number;
}

type Range = (name: string, fallback: number, min: number, max: number) => number;
type Value = (name: string) => string | undefined;

export const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60_000;

export function readAccountSettings(range: Range, value: Value, problems: string[]): AccountSettings {
  return {
    sessions: {
      idleMs: range('SESSION_IDLE_MINUTES', 30, 1, 24 * 60) * 60_000,
      absoluteMs: range('SESSION_MAX_HOURS', 12, 1, 30 * 24) * 3_600_000,
    },
    failuresPerAccount: range('SIGN_IN_ACCOUNT_FAILURES', 5, 1, 1000),
    trustProxy: parseTrustProxy(value('TRUST_PROXY'), problems),
    oidc: readOidc(value, problems),
  };
}

function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string {
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((part) => part.trim());
  if (
    parts.every(
      (part) => /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(part) || /^(loopback|linklocal|uniquelocal)$/.test(part),
    )
  ) {
    return parts.join(',');
  }
  problems.push(
    `TRUST_PROXY must be false, true, a number of proxies, or proxy addresses/CIDR ranges separated by commas, got "${raw}"`,
  );
  return false;
}

function readOidc(value: Value, problems: string[]): OidcSettings | undefined {
  const issuer = value('OIDC_ISSUER');
  const clientId = value('OIDC_CLIENT_ID');
  if (issuer === undefined && clientId === undefined) return undefined;
  if (issuer === undefined || clientId === undefined) {
    problems.push('OIDC_ISSUER and OIDC_CLIENT_ID must be set together');
    return undefined;
  }
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(issuer);
  } catch {
    problems.push(`OIDC_ISSUER must be a URL, got "${issuer}"`);
    return undefined;
  }
  const allowInsecure = value('OIDC_ALLOW_INSECURE') === 'true';
  if (issuerUrl.protocol !== 'https:' && !allowInsecure) {
    problems.push('OIDC_ISSUER must use https (OIDC_ALLOW_INSECURE=true only for testing)');
  }
  const redirectUri = value('OIDC_REDIRECT_URI');
  if (redirectUri !== undefined && !URL.canParse(redirectUri)) {
    problems.push(`OIDC_REDIRECT_URI must be a URL, got "${redirectUri}"`);
  }
  return {
    issuer: issuerUrl,
    clientId,
    clientSecret: value('OIDC_CLIENT_SECRET'),
    redirectUri,
    rolesClaim: value('OIDC_ROLES_CLAIM'),
    matchEmail: value('OIDC_MATCH_EMAIL') !== 'false',
    allowInsecure,
    clockSkewSeconds: parseSkew(value('OIDC_CLOCK_SKEW_SECONDS'), problems),
  };
}

function parseSkew(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return 0;
  if (!/^-?\d{1,5}$/.test(raw)) {
    problems.push(`OIDC_CLOCK_SKEW_SECONDS must be a whole number of seconds, got "${raw}"`);
    return 0;
  }
  return Number(raw);
}
