import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';

/**
 * A real OpenID provider (oidc-provider, a certified implementation) in this process, on a free
 * port over plain http. People sign in through its development login form, which accepts any
 * password for a known person; consent is given by the provider itself, as an organisation's
 * provider does for its own applications.
 */
export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[];
}

export const CLIENT = { id: 'buurtgesprek', secret: 'een-geheim-van-de-gemeente-voor-de-test' } as const;
export const OTHER_CLIENT = {
  id: 'ander-systeem',
  secret: 'een-ander-geheim-voor-een-ander-systeem',
} as const;

export interface TestProvider {
  issuer: string;
  /** Attaches the provider, once the relying party's callback URL is known. */
  configure(redirectUris: string[], people: Record<string, ProviderPerson>): void;
  /**
   * The next answer of the token endpoint that carries an ID token carries this one instead, as a
   * tampering proxy in front of the endpoint would send it; everything else in the answer is the
   * provider's own. Returns whether that happened yet.
   */
  replaceNextIdToken(idToken: string): () => boolean;
  close(): Promise<void>;
}

export async function startProvider(): Promise<TestProvider> {
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let replacement: { idToken: string; done: boolean } | undefined;
  return {
    issuer,
    replaceNextIdToken(idToken) {
      const waiting = { idToken, done: false };
      replacement = waiting;
      return () => waiting.done;
    },
    configure(redirectUris, people) {
      const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
      const client = (id: string, secret: string) => ({
        client_id: id,
        client_secret: secret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      });
      const provider = new Provider(issuer, {
        clients: [client(CLIENT.id, CLIENT.secret), client(OTHER_CLIENT.id, OTHER_CLIENT.secret)],
        jwks: { keys: [{ ...key, use: 'sig', kid: 'test-key' }] },
        cookies: { keys: ['cookie-key-for-the-test-provider'] },
        claims: { openid: ['sub', 'roles'], email: ['email', 'email_verified'], profile: ['name'] },
        features: { devInteractions: { enabled: true } },
        pkce: { required: () => true },
        ttl: { IdToken: 600, AccessToken: 600, Interaction: 600, Session: 600, Grant: 600 },
        findAccount: async (_ctx: unknown, id: string) => {
          const person = people[id];
          return person === undefined
            ? undefined
            : { accountId: id, claims: async () => ({ sub: id, ...person }) };
        },
        async loadExistingGrant(ctx: ProviderContext) {
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client.clientId,
            accountId: ctx.oidc.session.accountId,
          });
          grant.addOIDCScope('openid email profile');
          grant.addOIDCClaims(['roles']);
          await grant.save();
          return grant;
        },
      });
      // oidc-provider's post-middleware: the token endpoint has set its answer as an object here.
      provider.use(async (ctx, next) => {
        await next();
        const body = ctx.body as { id_token?: unknown } | undefined;
        if (ctx.oidc?.route !== 'token' || typeof body?.id_token !== 'string') return;
        if (replacement === undefined || replacement.done) return;
        body.id_token = replacement.idToken;
        replacement.done = true;
      });
      server.on('request', provider.callback());
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A cookie jar per origin, as a browser keeps one; enough for the provider's and our cookies. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        ...(cookie === '' ? {} : { cookie }),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }
}

/** Follows redirects by hand, returning the first response that is no redirect or leaves `stopAt`. */
export async function follow(
  browser: Browser,
  start: Response,
  base: string,
  stopAt: string,
): Promise<Response> {
  let response = start;
  let current = base;
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    const next = new URL(location, current).href;
    if (next.startsWith(stopAt)) return response;
    await response.arrayBuffer();
    current = next;
    response = await browser.get(next);
  }
  throw new Error('too many redirects');
}
