import type { RoleGrant } from '../../domain/accounts/roles';
import type { AreasResponse, ConsoleAccountListing } from '../../domain/wire/beheer';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { GrantForm, scopeText } from './GrantForm';
import { type ConsoleMessages, useConsoleMessages } from './messages';
import { PasswordReset } from './PasswordReset';

export function scopeName(t: ConsoleMessages, grant: RoleGrant, known: AreasResponse | null): string {
  const { scope } = grant;
  if (scope.kind === 'organisation') return t.accounts.organisation;
  if (scope.kind === 'group') {
    return t.accounts.groupScope(
      known?.groups.find((group) => group.id === scope.groupId)?.name ?? scope.groupId,
    );
  }
  return t.accounts.areaScope(known?.areas.find((area) => area.id === scope.areaId)?.name ?? scope.areaId);
}

interface AccountCardProps {
  account: ConsoleAccountListing;
  known: AreasResponse | null;
  changed(): Promise<void>;
}

export function AccountCard({ account, known, changed }: AccountCardProps) {
  const t = useConsoleMessages();
  const act = async (action: 'disable' | 'enable' | 'signout-everywhere') => {
    const result = await consoleApi.accountAction(account.id, action);
    if (!result.ok) return noteProblem(result);
    status.value =
      action === 'disable'
        ? t.accounts.disabled(account.name)
        : action === 'enable'
          ? t.accounts.enabled(account.name)
          : t.accounts.signedOutEverywhere(account.name);
    await changed();
  };
  const revoke = async (grant: RoleGrant) => {
    const result = await consoleApi.revokeRole(account.id, grant.role, scopeText(grant.scope));
    if (!result.ok) return noteProblem(result);
    status.value = t.accounts.roleRevoked;
    await changed();
  };

  return (
    <li class="card console-device">
      <h2>{account.name}</h2>
      <dl class="console-facts">
        <dt>{t.accounts.username}</dt>
        <dd>{account.username}</dd>
        <dt>{t.accounts.status}</dt>
        <dd>{account.disabledAt === null ? t.accounts.active : t.accounts.disabledState}</dd>
      </dl>
      <h3>{t.accounts.roles}</h3>
      {account.grants.length === 0 ? (
        <p>{t.accounts.noRoles}</p>
      ) : (
        <ul class="console-list">
          {account.grants.map((grant) => {
            const role = t.accounts.roleNames[grant.role];
            const where = scopeName(t, grant, known);
            return (
              <li key={`${grant.role}-${scopeText(grant.scope)}`}>
                <span>
                  {role} · {where}
                </span>
                <button
                  type="button"
                  class="button button-small"
                  aria-label={t.accounts.revokeRole(role, where)}
                  onClick={() => void revoke(grant)}
                >
                  {t.codes.withdraw}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <GrantForm account={account} known={known} granted={changed} />
      <div class="actions">
        {account.disabledAt === null ? (
          <button
            type="button"
            class="button button-small button-danger"
            aria-label={t.accounts.disableLabel(account.name)}
            onClick={() => void act('disable')}
          >
            {t.accounts.disable}
          </button>
        ) : (
          <button
            type="button"
            class="button button-small"
            aria-label={t.accounts.enableLabel(account.name)}
            onClick={() => void act('enable')}
          >
            {t.accounts.enable}
          </button>
        )}
        <button
          type="button"
          class="button button-small"
          aria-label={t.accounts.signOutEverywhereLabel(account.name)}
          onClick={() => void act('signout-everywhere')}
        >
          {t.accounts.signOutEverywhere}
        </button>
        <PasswordReset account={account} />
      </div>
    </li>
  );
}
