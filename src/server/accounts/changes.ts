import { formatGrant, type RoleGrant } from '../../domain/accounts/roles';
import { type AuditActor, recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { createAccount, disableAccount, enableAccount, endAllSessions, type NewAccount } from './accounts';
import { grantRole, revokeRole } from './grants';

/**
 * Account changes as the console and the command line make them: each change and its audit entry
 * in one transaction, so neither exists without the other. The entry names the account and the
 * grant, never a password.
 */
export interface ChangeContext {
  actor: AuditActor;
  address?: string | undefined;
}

export async function createAccountWithGrants(
  db: Database,
  context: ChangeContext,
  account: NewAccount & { grants: readonly RoleGrant[] },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const created = await createAccount(tx, account);
    for (const grant of account.grants) await grantRole(tx, created.id, grant);
    await recordAudit(tx, {
      ...base(context),
      action: 'account.create',
      detail: {
        accountId: created.id,
        username: account.username.toLowerCase(),
        grants: account.grants.map(formatGrant),
        signIn: account.password !== undefined ? 'password' : 'single sign-on',
      },
    });
    return created;
  });
}

/** Adds or removes a grant; false when the account is unknown (add) or did not hold it (remove). */
export async function changeGrant(
  db: Database,
  context: ChangeContext,
  change: { accountId: string; grant: RoleGrant; add: boolean },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = change.add
      ? await grantRole(tx, change.accountId, change.grant)
      : await revokeRole(tx, change.accountId, change.grant);
    if (!changed) return false;
    const scope = change.grant.scope;
    await recordAudit(tx, {
      ...base(context),
      action: change.add ? 'account.grant' : 'account.revoke',
      areaId: scope.kind === 'area' ? scope.areaId : undefined,
      detail: { accountId: change.accountId, grant: formatGrant(change.grant) },
    });
    return true;
  });
}

/** Disabling ends every session at once; enabling lets the person sign in again (no session revives). */
export async function setAccountEnabled(
  db: Database,
  context: ChangeContext,
  change: { accountId: string; enabled: boolean },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const known = change.enabled
      ? await enableAccount(tx, change.accountId)
      : await disableAccount(tx, change.accountId);
    if (!known) return false;
    await recordAudit(tx, {
      ...base(context),
      action: change.enabled ? 'account.enable' : 'account.disable',
      detail: { accountId: change.accountId },
    });
    return true;
  });
}

/** Sign out everywhere, for someone else's account (an administrator) or one's own. */
export async function signOutEverywhere(
  db: Database,
  context: ChangeContext,
  accountId: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, accountId);
    await recordAudit(tx, {
      ...base(context),
      action: 'account.signout_everywhere',
      detail: { accountId, sessions: ended },
    });
    return ended;
  });
}

function base(context: ChangeContext) {
  return { actor: context.actor, ...(context.address === undefined ? {} : { address: context.address }) };
}
