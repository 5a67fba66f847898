import * as client from 'openid-client';
import { hashSecret } from '../auth/secrets';
import type { Queryable } from '../db/database';
import type { OidcSettings } from './settings';

/**
 * The relying party of single sign-on: authorization-code flow with PKCE (S256), state and nonce,
 * through openid-client (certified). The provider's metadata is discovered once and kept; a
 * failed discovery is tried again on the next sign-in.
 */
const SIGN_IN_MS = 10 * 60_000;

export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        this.settings.issuer,
        this.settings.clientId,
        { [client.clockSkew]: this.settings.clockSkewSeconds },
        this.settings.clientSecret === undefined
          ? client.None()
          : client.ClientSecretPost(this.settings.clientSecret),
        this.settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  redirectUri(requestOrigin: string): string {
    return this.settings.redirectUri ?? `${requestOrigin}/api/account/oidc/callback`;
  }

  /** Where to send the browser; what must be checked on its return waits in the database. */
  async start(db: Queryable, redirectUri: string, returnTo: SignInReturn = '/beheer'): Promise<URL> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await db.query('delete from oidc_sign_ins where expires_at < now()');
    await db.query(
      `insert into oidc_sign_ins (state_hash, code_verifier, nonce, expires_at, return_to)
       values ($1, $2, $3, now() + $4 * interval '1 millisecond', $5)`,
      [hashSecret(state), verifier, nonce, SIGN_IN_MS, returnTo],
    );
    return client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /**
   * The provider's answer checked in full (state, PKCE, nonce, ID token signature, issuer,
   * audience, expiry) and the person's claims (ID token and userinfo), or an error. The waiting
   * sign-in is used up whatever happens, so a code or state cannot be replayed.
   */
  async finish(
    db: Queryable,
    callbackUrl: URL,
  ): Promise<{ claims: Record<string, unknown>; returnTo: SignInReturn }> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const { rows } = await db.query<{ code_verifier: string; nonce: string; return_to: string }>(
      `delete from oidc_sign_ins where state_hash = $1 and expires_at > now()
       returning code_verifier, nonce, return_to`,
      [hashSecret(state)],
    );
    const waiting = rows[0];
    if (waiting === undefined) throw new Error('unknown or expired sign-in state');
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: waiting.code_verifier,
      expectedState: state,
      expectedNonce: waiting.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new Error('no ID token');
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    return { claims: { ...userInfo, ...idClaims }, returnTo: signInReturnOf(waiting.return_to) };
  }
}

/** The pages a single sign-on may return to: the console, and a coach's overview of her reviews. */
export const SIGN_IN_RETURNS = ['/beheer', '/reviews'] as const;
export type SignInReturn = (typeof SIGN_IN_RETURNS)[number];

/** Anything else (absent, another path, a full address) returns to the console. */
export function signInReturnOf(value: unknown): SignInReturn {
  return SIGN_IN_RETURNS.find((path) => path === value) ?? '/beheer';
}
