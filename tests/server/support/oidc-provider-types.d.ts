// oidc-provider ships no type declarations; this names only what the tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }
  interface ProviderContext {
    oidc: {
      provider: { Grant: new (init: { clientId: string; accountId: string }) => Grant };
      client: { clientId: string };
      session: { accountId: string };
    };
  }
  /** Koa's context as a pre- or post-middleware sees it; `oidc` once the provider has routed. */
  interface MiddlewareContext {
    body: unknown;
    oidc?: { route?: string };
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    use(middleware: (ctx: MiddlewareContext, next: () => Promise<void>) => Promise<void>): this;
  }
  export type { MiddlewareContext, ProviderContext };
}
