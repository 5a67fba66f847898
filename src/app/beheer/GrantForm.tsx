import { useState } from 'preact/hooks';
import { ROLES, type Role, type RoleScope } from '../../domain/accounts/roles';
import type { AreasResponse, ConsoleAccountListing } from '../../domain/wire/beheer';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { useConsoleMessages } from './messages';

export function scopeText(scope: RoleScope): string {
  if (scope.kind === 'organisation') return 'organisation';
  return scope.kind === 'group' ? `group:${scope.groupId}` : `area:${scope.areaId}`;
}

interface GrantFormProps {
  account: ConsoleAccountListing;
  known: AreasResponse | null;
  granted(): Promise<void>;
}

/** One role on one scope: the organisation, a group of areas or one area. */
export function GrantForm({ account, known, granted }: GrantFormProps) {
  const t = useConsoleMessages();
  const [role, setRole] = useState<Role>('gebiedsteam');
  const [scope, setScope] = useState('organisation');
  const id = `grant-${account.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await consoleApi.grantRole(account.id, role, scope);
    if (!result.ok) return noteProblem(result);
    status.value = t.accounts.granted;
    await granted();
  };

  return (
    <form
      class="console-grant"
      aria-label={t.accounts.grantHeading(account.name)}
      onSubmit={(event) => void submit(event)}
    >
      <div class="field">
        <label for={`${id}-role`}>{t.accounts.role}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as Role)}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t.accounts.roleNames[option]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-scope`}>{t.accounts.scope}</label>
        <select id={`${id}-scope`} value={scope} onChange={(event) => setScope(event.currentTarget.value)}>
          <option value="organisation">{t.accounts.organisation}</option>
          {known?.groups.map((group) => (
            <option key={group.id} value={`group:${group.id}`}>
              {t.accounts.groupScope(group.name)}
            </option>
          ))}
          {known?.areas.map((area) => (
            <option key={area.id} value={`area:${area.id}`}>
              {t.accounts.areaScope(area.name)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-small">
        {t.accounts.grant}
      </button>
    </form>
  );
}
