import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableAccount, findAccount } from '../../src/server/accounts/accounts';
import type { Database } from '../../src/server/db/database';
import { accountWith } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, migrated } from './support/fixtures';
import { Browser, CLIENT, OTHER_CLIENT, startProvider, type TestProvider } from './support/oidc-provider';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

const PEOPLE = {
  // Roles from the provider's claim: made here on first sign-in.
  'anna-idp': {
    email: 'anna@gemeente.nl',
    email_verified: true,
    name: 'Anna',
    roles: [`gebiedsteam:area:gaasperdam`],
  },
  // No claim, but her verified e-mail is on a local account: the allow-list.
  'fb-idp': { email: 'fb@gemeente.nl', email_verified: true, name: 'F. Beheer' },
  // Known to the provider, unknown here and without any role.
  // Her e-mail is on another local account; where e-mail matching is off she gets one of her own.
  'dubbel-idp': {
    email: 'vertrokken@gemeente.nl',
    email_verified: true,
    name: 'Dubbel',
    roles: ['gebiedsteam:area:gaasperdam'],
  },
  'bezoeker-idp': { email: 'bezoeker@elders.nl', email_verified: true, name: 'Bezoeker' },
  // The same e-mail as the local account, but not verified by the provider: no match.
  'onbevestigd-idp': { email: 'fb@gemeente.nl', email_verified: false },
  // On the allow-list through a local account that is disabled after her first sign-in.
  'vertrokken-idp': { email: 'vertrokken@gemeente.nl', email_verified: true, name: 'Vertrokken' },
  // Her verified e-mail is on a local account disabled before she ever used single sign-on; the
  // provider's claim still gives her a role.
  'geschorst-idp': {
    email: 'geschorst@gemeente.nl',
    email_verified: true,
    name: 'Geschorst',
    roles: ['gebiedsteam:area:gaasperdam'],
  },
};

for (const target of targets) {
  describe.skipIf(!target.available)(`single sign-on with a real OpenID provider (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let provider: TestProvider;
    let server: TestServer;
    let skewed: TestServer;
    let unmatched: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await accountWith(db, 'fb', [{ role: 'beheerder', scope: { kind: 'organisation' } }], {
        email: 'FB@gemeente.nl',
      });
      await accountWith(db, 'vertrokken', [{ role: 'beheerder', scope: { kind: 'organisation' } }], {
        email: 'vertrokken@gemeente.nl',
      });
      const suspended = await accountWith(
        db,
        'geschorst',
        [{ role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.gaasperdam.id } }],
        { email: 'geschorst@gemeente.nl' },
      );
      await disableAccount(db, suspended);
      provider = await startProvider();
      const env = {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
        OIDC_ROLES_CLAIM: 'roles',
        OIDC_ALLOW_INSECURE: 'true',
        SIGN_IN_RATE_LIMIT: '1000',
      };
      server = await startTestServer({ db, env });
      // This server's clock is taken to be an hour behind: every ID token it receives has expired.
      skewed = await startTestServer({ db, env: { ...env, OIDC_CLOCK_SKEW_SECONDS: '3600' } });
      // E-mail addresses match no local account here: the roles claim alone decides.
      unmatched = await startTestServer({ db, env: { ...env, OIDC_MATCH_EMAIL: 'false' } });
      // The servers share the callback path on one host; the provider knows them all.
      provider.configure(
        [server.url, skewed.url, unmatched.url].map((url) => `${url}/api/account/oidc/callback`),
        PEOPLE,
      );
    });
    afterAll(async () => {
      await server?.close();
      await skewed?.close();
      await unmatched?.close();
      await provider?.close();
      await storage?.dispose();
    });

    /**
     * A browser's round trip: our start → the provider's login form → back to our callback.
     * `tamper` may change the authorisation request on its way to the provider.
     */
    async function signIn(
      person: string,
      via = server,
      tamper?: (url: URL) => void | Promise<void>,
      startQuery = '',
    ) {
      const browser = new Browser();
      const start = await browser.get(`${via.url}/api/account/oidc/start${startQuery}`);
      expect(start.status).toBe(302);
      const authorise = new URL(start.headers.get('location') ?? '');
      expect(authorise.origin).toBe(provider.issuer);
      expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorise.searchParams.get('state')).toBeTruthy();
      expect(authorise.searchParams.get('nonce')).toBeTruthy();
      await tamper?.(authorise);
      const back = await throughProvider(browser, authorise, person);
      expect(back.origin).toBe(via.url);
      const callback = await browser.get(back.href);
      return { browser, callback, callbackUrl: back.href, session: browser.cookie(via.url, 'bg_session') };
    }

    /** The person signs in at the provider; returns where it sends the browser back to. */
    async function throughProvider(browser: Browser, authorise: URL, person: string): Promise<URL> {
      let response = await browser.get(authorise.href);
      for (let step = 0; step < 6; step++) {
        const location = new URL(response.headers.get('location') ?? '', provider.issuer);
        if (location.origin !== provider.issuer) break;
        if (location.pathname.startsWith('/interaction/')) {
          const page = await browser.get(location.href);
          const prompt = (await page.text()).includes('name="login"') ? 'login' : 'consent';
          response = await browser.post(location.href, { prompt, login: person, password: 'wat dan ook' });
        } else {
          response = await browser.get(location.href);
        }
      }
      return new URL(response.headers.get('location') ?? '');
    }

    /**
     * A real ID token for the same person, issued to OTHER_CLIENT: another application of the
     * organisation signs her in (openid-client as its relying party), with `nonce` as ours expects,
     * so the token differs from a right one in its audience only.
     */
    async function idTokenOfOtherClient(person: string, nonce: string) {
      const other = await client.discovery(
        new URL(provider.issuer),
        OTHER_CLIENT.id,
        undefined,
        client.ClientSecretPost(OTHER_CLIENT.secret),
        { execute: [client.allowInsecureRequests] },
      );
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const authorise = client.buildAuthorizationUrl(other, {
        // Any address the provider knows for that client; the browser is not sent there.
        redirect_uri: `${server.url}/api/account/oidc/callback`,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const back = await throughProvider(new Browser(), authorise, person);
      const tokens = await client.authorizationCodeGrant(other, back, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      return { idToken: tokens.id_token ?? '', claims: tokens.claims() };
    }

    /** The last refusal the server logged, as its JSON line. */
    function lastRefusal(of: TestServer): Record<string, unknown> {
      const line = of.logs.filter((entry) => entry.includes('single sign-on refused')).at(-1);
      return line === undefined ? {} : (JSON.parse(line) as Record<string, unknown>);
    }

    async function lastSignIn() {
      const { rows } = await db.query<{
        outcome: string;
        actor_id: string | null;
        actor_label: string | null;
        detail: unknown;
      }>(
        `select outcome, actor_id::text as actor_id, actor_label, detail
           from audit_entries where action = 'signin.oidc' order by id desc limit 1`,
      );
      return rows[0];
    }

    async function sessionOf(token: string | undefined) {
      const response = await fetch(`${server.url}/api/account/session`, {
        headers: { cookie: `bg_session=${token}` },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }

    it('signs in through the provider, with roles from its claim, and the session opens a guarded route', async () => {
      const { callback, session } = await signIn('anna-idp');
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe('/beheer');
      expect(callback.headers.get('set-cookie')).toMatch(
        /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i,
      );
      const current = await sessionOf(session);
      expect(current.status).toBe(200);
      expect(current.body.account).toMatchObject({
        name: 'Anna',
        email: 'anna@gemeente.nl',
        grants: [{ role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.gaasperdam.id } }],
      });
      const figures = await fetch(`${server.url}/api/areas/${AREAS.gaasperdam.id}/aggregates?year=2026`, {
        headers: { cookie: `bg_session=${session}` },
      });
      expect(figures.status).toBe(200);
      const elsewhere = await fetch(`${server.url}/api/areas/${AREAS.driemond.id}/aggregates?year=2026`, {
        headers: { cookie: `bg_session=${session}` },
      });
      expect(elsewhere.status).toBe(403);
      const audit = await db.query<{ outcome: string; actor_label: string; address: string }>(
        `select outcome, actor_label, address from audit_entries where action = 'signin.oidc' order by id desc limit 1`,
      );
      expect(audit.rows).toEqual([{ outcome: 'success', actor_label: 'Anna', address: '127.0.0.1' }]);
    });

    it('signs a person in as the local account her verified e-mail is on, with that account’s roles', async () => {
      const { session } = await signIn('fb-idp');
      const current = await sessionOf(session);
      expect(current.body.account).toMatchObject({
        grants: [{ role: 'beheerder', scope: { kind: 'organisation' } }],
      });
      // An unverified e-mail matches nobody.
      const unverified = await signIn('onbevestigd-idp');
      expect(unverified.session).toBeUndefined();
      expect(unverified.callback.headers.get('location')).toBe('/beheer?signin=no_role');
    });

    it('returns a coach to her overview when she started there, and nowhere but the fixed pages', async () => {
      const coach = await signIn('anna-idp', server, undefined, '?return=/reviews');
      expect(coach.callback.headers.get('location')).toBe('/reviews?signin=ok');
      expect((await sessionOf(coach.session)).status).toBe(200);
      const refused = await signIn('bezoeker-idp', server, undefined, '?return=/reviews');
      expect(refused.callback.headers.get('location')).toBe('/reviews?signin=no_role');
      // Any other return (another site, another path) is the console.
      const elsewhere = await signIn('anna-idp', server, undefined, '?return=https://elders.example/');
      expect(elsewhere.callback.headers.get('location')).toBe('/beheer');
      const path = await signIn('anna-idp', server, undefined, '?return=/instellingen');
      expect(path.callback.headers.get('location')).toBe('/beheer');
    });

    it('refuses a person the provider knows but who holds no role here, and records it', async () => {
      const { callback, session } = await signIn('bezoeker-idp');
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe('/beheer?signin=no_role');
      expect(session).toBeUndefined();
      const audit = await db.query<{ outcome: string; actor_label: string }>(
        `select outcome, actor_label from audit_entries where action = 'signin.oidc' order by id desc limit 1`,
      );
      expect(audit.rows).toEqual([{ outcome: 'refused', actor_label: 'bezoeker@elders.nl' }]);
      const made = await db.query(`select 1 from reader_accounts where email = 'bezoeker@elders.nl'`);
      expect(made.rows).toHaveLength(0);
    });

    it('refuses a code the provider issued to another client (the provider refuses to redeem it)', async () => {
      const { callback, session } = await signIn('anna-idp', server, (url) => {
        url.searchParams.set('client_id', OTHER_CLIENT.id);
      });
      expect(callback.headers.get('location')).toBe('/beheer?signin=failed');
      expect(session).toBeUndefined();
      // Refused by the provider: the code was issued to the other client.
      expect(lastRefusal(server)).toMatchObject({ providerError: 'invalid_grant' });
      expect(await lastSignIn()).toMatchObject({ outcome: 'failure' });
    });

    it('refuses an ID token the provider issued to another client for the same person (wrong audience)', async () => {
      const before = await db.query('select count(*)::int as n from reader_sessions');
      let replaced = () => false;
      let issuedTo: Record<string, unknown> = {};
      let ourNonce = '';
      const { callback, session } = await signIn('anna-idp', server, async (authorise) => {
        ourNonce = authorise.searchParams.get('nonce') ?? '';
        const other = await idTokenOfOtherClient('anna-idp', ourNonce);
        issuedTo = { ...other.claims };
        // Our server's own code exchange then gets the provider's answer with that token in it.
        replaced = provider.replaceNextIdToken(other.idToken);
      });
      // The token is genuine and right in all but its audience: this provider, this person, our nonce.
      expect(issuedTo).toMatchObject({
        iss: provider.issuer,
        sub: 'anna-idp',
        aud: OTHER_CLIENT.id,
        nonce: ourNonce,
      });
      expect(replaced()).toBe(true);
      expect(callback.headers.get('location')).toBe('/beheer?signin=failed');
      expect(callback.headers.get('set-cookie')).toBeNull();
      expect(session).toBeUndefined();
      // Refused by our check of the ID token (openid-client), not by the provider.
      expect(lastRefusal(server)).toMatchObject({
        code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
        check: 'unexpected JWT "aud" (audience) claim value',
        claim: 'aud',
      });
      expect(lastRefusal(server)).not.toHaveProperty('providerError');
      expect(await lastSignIn()).toMatchObject({
        outcome: 'failure',
        actor_id: null,
        detail: { reason: 'provider_answer' },
      });
      const after = await db.query('select count(*)::int as n from reader_sessions');
      expect(after.rows).toEqual(before.rows);
    });

    it('refuses a disabled account, though the provider still knows her, and ends her session', async () => {
      const first = await signIn('vertrokken-idp');
      expect(first.callback.headers.get('location')).toBe('/beheer');
      expect((await sessionOf(first.session)).status).toBe(200);
      const account = await findAccount(db, { email: 'vertrokken@gemeente.nl' });
      await disableAccount(db, account?.id ?? '');
      expect((await sessionOf(first.session)).status).toBe(401);

      const again = await signIn('vertrokken-idp');
      expect(again.callback.headers.get('location')).toBe('/beheer?signin=disabled');
      expect(again.session).toBeUndefined();
      expect(await lastSignIn()).toMatchObject({
        outcome: 'refused',
        actor_id: account?.id,
        detail: { reason: 'disabled' },
      });
    });

    it('refuses a person whose verified e-mail is on a disabled account, whatever roles the provider claims', async () => {
      const { callback, session } = await signIn('geschorst-idp');
      expect(callback.headers.get('location')).toBe('/beheer?signin=disabled');
      expect(session).toBeUndefined();
      const suspended = await findAccount(db, { email: 'geschorst@gemeente.nl' });
      expect(await lastSignIn()).toMatchObject({
        outcome: 'refused',
        actor_id: suspended?.id,
        detail: { reason: 'disabled' },
      });
      // Not linked to the provider's person, and no account made for her beside it.
      const { rows } = await db.query(
        `select username, oidc_subject from reader_accounts where username like '%geschorst%' order by username`,
      );
      expect(rows).toEqual([{ username: 'geschorst', oidc_subject: null }]);
    });

    it('gives a person her own account when e-mail matching is off and her e-mail is already on another', async () => {
      const { callback, session } = await signIn('dubbel-idp', unmatched);
      expect(callback.headers.get('location')).toBe('/beheer');
      const current = await sessionOf(session);
      expect(current.status).toBe(200);
      // The e-mail stays with the account it was on; hers is made without it.
      expect(current.body.account).toMatchObject({
        name: 'Dubbel',
        email: null,
        grants: [{ role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.gaasperdam.id } }],
      });
      expect((await findAccount(db, { email: 'vertrokken@gemeente.nl' }))?.username).toBe('vertrokken');
    });

    it('refuses an expired ID token', async () => {
      const { callback, session } = await signIn('anna-idp', skewed);
      expect(skewed.logs.find((line) => line.includes('single sign-on refused')) ?? '').toMatch(
        /"code":"OAUTH_JWT_TIMESTAMP_CHECK_FAILED"/,
      );
      expect(callback.headers.get('location')).toBe('/beheer?signin=failed');
      expect(session).toBeUndefined();
    });

    it('refuses a callback whose state it did not issue, and a replayed one', async () => {
      const browser = new Browser();
      const forged = await browser.get(`${server.url}/api/account/oidc/callback?code=abc&state=made-up`);
      expect(forged.headers.get('location')).toBe('/beheer?signin=failed');
      const { callback, callbackUrl } = await signIn('anna-idp');
      expect(callback.headers.get('location')).toBe('/beheer');
      // The same answer again (a replayed code and state): its state was used up.
      const replay = await new Browser().get(callbackUrl);
      expect(replay.headers.get('location')).toBe('/beheer?signin=failed');
    });

    it('says single sign-on is on', async () => {
      const response = await fetch(`${server.url}/api/account/methods`);
      expect(await response.json()).toEqual({ password: true, oidc: true });
    });
  });
}
