import type { Role } from '../../domain/accounts/roles';
import type { ConfigurationScope } from '../../domain/configuration/layer';
import type {
  AccountsResponse,
  AreasResponse,
  AuditPage,
  AuditQuery,
  CodesResponse,
  ConsoleAccountListing,
  ConsoleArea,
  ConsoleSession,
  DeviceRemovalResponse,
  DevicesResponse,
  NewCodeResponse,
  PasswordResetResponse,
  SignInMethods,
} from '../../domain/wire/beheer';
import type {
  ConfigurationChangeAnswer,
  ConfigurationEdit,
  ConsoleConfiguration,
} from '../../domain/wire/beheer-configuration';

/**
 * The console's thin client of `/api/account/*` and `/api/beheer/*`. The session is an HttpOnly
 * cookie the page never sees; every request that changes something carries the CSRF token the
 * sign-in returned, which a page of another site cannot know.
 */
export type ConsoleProblem = 'offline' | 'expired' | 'forbidden' | 'server' | 'refused';

export type ConsoleResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      problem: ConsoleProblem;
      status: number;
      code: string;
      fields: { path: string; message: string }[];
    };

let csrfToken = '';

export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<ConsoleResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== '') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, problem: 'offline', status: 0, code: 'offline', fields: [] };
  }
  if (response.ok) {
    const value = response.status === 204 ? undefined : await response.json();
    return { ok: true, value: value as T };
  }
  const error = await response
    .json()
    .then(
      (parsed: { error?: { code?: string; fields?: { path: string; message: string }[] } }) => parsed.error,
    )
    .catch(() => undefined);
  const problem: ConsoleProblem =
    response.status === 401
      ? 'expired'
      : response.status === 403
        ? 'forbidden'
        : response.status >= 500
          ? 'server'
          : 'refused';
  return {
    ok: false,
    problem,
    status: response.status,
    code: error?.code ?? 'unknown',
    fields: error?.fields ?? [],
  };
}

/** The audit trail's query string; empty fields are left out. */
export function auditSearch(query: AuditQuery, before?: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  if (before !== undefined) params.set('before', before);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Where the configuration of a scope lives: the organisation's, a group's, or an area's. */
const configurationPath = (scope: ConfigurationScope) =>
  scope.kind === 'organisation'
    ? '/api/beheer/configuration'
    : scope.kind === 'group'
      ? `/api/beheer/groups/${encodeURIComponent(scope.groupId)}/configuration`
      : `${area(scope.areaId)}/configuration`;
const proposal = (id: string) => `/api/beheer/proposals/${encodeURIComponent(id)}`;
const guideProposal = (id: string) => `/api/beheer/guide-proposals/${encodeURIComponent(id)}`;

const area = (areaId: string) => `/api/beheer/areas/${encodeURIComponent(areaId)}`;
const person = (accountId: string) => `/api/beheer/accounts/${encodeURIComponent(accountId)}`;

export const consoleApi = {
  methods: () => call<SignInMethods>('GET', '/api/account/methods'),
  session: () => call<ConsoleSession>('GET', '/api/account/session'),
  signIn: (username: string, password: string) =>
    call<ConsoleSession>('POST', '/api/account/login', { username, password }),
  signOut: () => call<void>('POST', '/api/account/logout'),
  signOutEverywhere: () => call<{ sessionsEnded: number }>('POST', '/api/account/logout-everywhere'),

  areas: () => call<AreasResponse>('GET', '/api/beheer/areas'),
  addArea: (name: string) => call<{ area: ConsoleArea }>('POST', '/api/beheer/areas', { name }),
  renameArea: (areaId: string, name: string) => call<{ area: ConsoleArea }>('PATCH', area(areaId), { name }),
  moveArea: (areaId: string, groupId: string | null) =>
    call<{ area: ConsoleArea }>('PATCH', area(areaId), { groupId }),
  addGroup: (name: string) =>
    call<{ group: { id: string; name: string } }>('POST', '/api/beheer/groups', { name }),

  codes: (areaId: string) => call<CodesResponse>('GET', `${area(areaId)}/codes`),
  makeCode: (areaId: string, options: { label: string; validDays: number }) =>
    call<NewCodeResponse>('POST', `${area(areaId)}/codes`, options),
  withdrawCode: (areaId: string, codeId: string) =>
    call<void>('DELETE', `${area(areaId)}/codes/${encodeURIComponent(codeId)}`),

  accounts: () => call<AccountsResponse>('GET', '/api/beheer/accounts'),
  addAccount: (account: { username: string; name: string; email: string; password: string }) =>
    call<{ account: ConsoleAccountListing }>('POST', '/api/beheer/accounts', {
      username: account.username,
      name: account.name,
      password: account.password,
      ...(account.email.trim() === '' ? {} : { email: account.email }),
    }),
  grantRole: (accountId: string, role: Role, scope: string) =>
    call<{ account: ConsoleAccountListing }>('POST', `${person(accountId)}/grants`, { role, scope }),
  revokeRole: (accountId: string, role: Role, scope: string) =>
    call<{ account: ConsoleAccountListing }>('POST', `${person(accountId)}/grants/revoke`, { role, scope }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call<void>('POST', '/api/account/password', { currentPassword, newPassword }),
  resetPassword: (accountId: string) =>
    call<PasswordResetResponse>('POST', `${person(accountId)}/password-reset`),
  accountAction: (accountId: string, action: 'disable' | 'enable' | 'signout-everywhere') =>
    call<{ account: ConsoleAccountListing }>('POST', `${person(accountId)}/${action}`),

  audit: (query: AuditQuery, before?: string) =>
    call<AuditPage>('GET', `/api/beheer/audit${auditSearch({ ...query }, before)}`),

  configuration: (scope: ConfigurationScope) => call<ConsoleConfiguration>('GET', configurationPath(scope)),
  changeConfiguration: (scope: ConfigurationScope, edit: ConfigurationEdit, preview: boolean) =>
    call<ConfigurationChangeAnswer>('POST', `${configurationPath(scope)}/changes`, { edit, preview }),
  acceptProposal: (id: string, labels: { nl: string; en: string }, preview: boolean) =>
    call<ConfigurationChangeAnswer>('POST', `${proposal(id)}/accept`, { labels, preview }),
  mapProposal: (id: string, themeId: string) => call<void>('POST', `${proposal(id)}/map`, { themeId }),
  rejectProposal: (id: string) => call<void>('POST', `${proposal(id)}/reject`),
  publishGuideProposal: (id: string, preview: boolean) =>
    call<ConfigurationChangeAnswer>('POST', `${guideProposal(id)}/publish`, { preview }),
  rejectGuideProposal: (id: string, reason: string) =>
    call<void>('POST', `${guideProposal(id)}/reject`, { reason }),

  devices: (areaId: string) => call<DevicesResponse>('GET', `${area(areaId)}/devices`),
  revokeDevice: (deviceId: string) =>
    call<unknown>('POST', `/api/beheer/devices/${encodeURIComponent(deviceId)}/revoke`),
  removeDevice: (deviceId: string, removeBackups: boolean) =>
    call<DeviceRemovalResponse>('POST', `/api/beheer/devices/${encodeURIComponent(deviceId)}/remove`, {
      removeBackups,
    }),
};
