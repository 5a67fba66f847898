import { parseGrant, type RoleGrant } from '../../domain/accounts/roles';
import type { Queryable } from '../db/database';
import { type Account, createAccount, findAccount } from './accounts';
import { grantRole, grantsOf, revokeRole, UnknownScopeError } from './grants';
import type { OidcSettings } from './settings';

/**
 * Who a provider's person is here. In order:
 * 1. the account that signed in with this issuer and subject before;
 * 2. with OIDC_MATCH_EMAIL, the local account whose e-mail equals the provider's verified e-mail
 *    (the allow-list: the console decides its roles), which is then linked to the subject; when
 *    that account is disabled she is refused here, and it is not linked;
 * 3. with OIDC_ROLES_CLAIM, an account made for the person, whose grants the claim decides on
 *    every sign-in (the provider is the source of truth for it); without her e-mail when another
 *    account has it (possible only with OIDC_MATCH_EMAIL off).
 * Anyone else is refused. A disabled account stays refused whatever the provider says: its claim
 * never makes her a second account beside it.
 */
export type OidcOutcome =
  | { ok: true; account: Account }
  | { ok: false; reason: 'no_role' | 'disabled'; account?: Account; label: string };

export async function accountForClaims(
  db: Queryable,
  settings: OidcSettings,
  claims: Record<string, unknown>,
): Promise<OidcOutcome> {
  const issuer = settings.issuer.href;
  const subject = String(claims.sub);
  const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : undefined;
  const label = (email ?? `sub:${subject}`).slice(0, 200);
  const claimed =
    settings.rolesClaim === undefined ? undefined : grantsFromClaim(claims[settings.rolesClaim]);

  let account = await linkedAccount(db, issuer, subject);
  let claimManaged = account?.username.startsWith('sso-') === true;
  if (account === undefined && settings.matchEmail && email !== undefined) {
    const local = await findAccount(db, { email });
    if (local !== undefined && local.disabledAt !== null) {
      return { ok: false, reason: 'disabled', account: local, label };
    }
    if (local !== undefined) {
      await db.query('update reader_accounts set oidc_issuer = $2, oidc_subject = $3 where id::text = $1', [
        local.id,
        issuer,
        subject,
      ]);
      account = local;
    }
  }
  if (account === undefined && claimed !== undefined && claimed.length > 0) {
    const name = typeof claims.name === 'string' ? claims.name.slice(0, 100) : label;
    // With e-mail matching off, her address may be on another account already: it stays there.
    const emailFree = email !== undefined && (await findAccount(db, { email })) === undefined;
    const { id } = await createAccount(db, {
      username: `sso-${subject}`.slice(0, 100),
      name,
      email: emailFree ? email : null,
      oidc: { issuer, subject },
    });
    account = await findAccount(db, { id });
    claimManaged = true;
  }
  if (account === undefined) return { ok: false, reason: 'no_role', label };
  if (account.disabledAt !== null) return { ok: false, reason: 'disabled', account, label };
  if (claimManaged && claimed !== undefined) await syncGrants(db, account.id, claimed);
  const current = (await findAccount(db, { id: account.id })) ?? account;
  if (current.grants.length === 0) return { ok: false, reason: 'no_role', account: current, label };
  return { ok: true, account: current };
}

async function linkedAccount(db: Queryable, issuer: string, subject: string): Promise<Account | undefined> {
  const { rows } = await db.query<{ id: string }>(
    'select id::text as id from reader_accounts where oidc_issuer = $1 and oidc_subject = $2',
    [issuer, subject],
  );
  return rows[0] === undefined ? undefined : findAccount(db, { id: rows[0].id });
}

/** `["beheerder", "gebiedsteam:area:gaasperdam"]` or one space-separated string; unknown values are ignored. */
export function grantsFromClaim(value: unknown): RoleGrant[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return values.flatMap((item) => {
    const grant = typeof item === 'string' ? parseGrant(item) : undefined;
    return grant === undefined ? [] : [grant];
  });
}

async function syncGrants(db: Queryable, accountId: string, wanted: RoleGrant[]): Promise<void> {
  const key = (grant: RoleGrant) => JSON.stringify(grant);
  const wantedKeys = new Set(wanted.map(key));
  for (const held of await grantsOf(db, accountId)) {
    if (!wantedKeys.has(key(held))) await revokeRole(db, accountId, held);
  }
  for (const grant of wanted) {
    // A claim naming an area or group that does not exist here grants nothing.
    await grantRole(db, accountId, grant).catch((error: unknown) => {
      if (!(error instanceof UnknownScopeError)) throw error;
    });
  }
}
