import { type Role, type RoleGrant, scopeCoversArea } from '../../../src/domain/accounts/roles';
import { TECHNIQUE_CHECKLIST } from '../../../src/domain/packages/checklist';

/**
 * Who may call which route, as a table: every row is tried by every principal on every area
 * (tests/server/authorization.test.ts), and a principal the row does not allow must get 401 or
 * 403, one it allows must get past authorisation (any other status). Add a row for each new
 * route; the console's /api/beheer routes belong here too.
 */
export type Principal =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'device'; areaId: string }
  | { name: string; kind: 'account'; grants: RoleGrant[] };

export const GROUP = { id: 'zuidoost', name: 'Zuidoost' } as const;
/** The areas every row is tried on: one inside GROUP, one outside any group. */
export const AREAS_UNDER_TEST = [
  { id: 'gaasperdam', name: 'Gaasperdam', groupId: GROUP.id },
  { id: 'driemond', name: 'Driemond', groupId: null },
] as const;

const area = (areaId: string) => ({ kind: 'area', areaId }) as const;
const organisation = { kind: 'organisation' } as const;

export const PRINCIPALS: readonly Principal[] = [
  { name: 'nobody', kind: 'anonymous' },
  { name: 'device of gaasperdam', kind: 'device', areaId: 'gaasperdam' },
  { name: 'beheerder', kind: 'account', grants: [{ role: 'beheerder', scope: organisation }] },
  {
    name: 'gebiedsteam gaasperdam',
    kind: 'account',
    grants: [{ role: 'gebiedsteam', scope: area('gaasperdam') }],
  },
  {
    name: 'gebiedsteam driemond',
    kind: 'account',
    grants: [{ role: 'gebiedsteam', scope: area('driemond') }],
  },
  {
    name: 'gebiedsteam zuidoost',
    kind: 'account',
    grants: [{ role: 'gebiedsteam', scope: { kind: 'group', groupId: GROUP.id } }],
  },
  {
    name: 'gebiedsteam organisation',
    kind: 'account',
    grants: [{ role: 'gebiedsteam', scope: organisation }],
  },
  { name: 'coach', kind: 'account', grants: [{ role: 'coach', scope: organisation }] },
  {
    name: 'beheerder of driemond and coach',
    kind: 'account',
    grants: [
      { role: 'beheerder', scope: area('driemond') },
      { role: 'coach', scope: area('gaasperdam') },
    ],
  },
];

/** A pending theme proposal in each area, for the routes that decide one (seeded by the test). */
export const PROPOSAL_IDS: Readonly<Record<string, string>> = {
  gaasperdam: '00000000-0000-4000-8000-00000000a001',
  driemond: '00000000-0000-4000-8000-00000000a002',
};

/** A pending guide proposal in each area, for the routes that publish or reject one. */
export const GUIDE_PROPOSAL_IDS: Readonly<Record<string, string>> = {
  gaasperdam: '00000000-0000-4000-8000-00000000b001',
  driemond: '00000000-0000-4000-8000-00000000b002',
};

export type Allowed = (principal: Principal, area: (typeof AREAS_UNDER_TEST)[number]) => boolean;

export interface RouteRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (areaId: string) => string;
  body?: unknown;
  allowed: Allowed;
}

/** An account holding `role` on a scope that reaches the area. */
export function holds(role: Role): Allowed {
  return (principal, target) =>
    principal.kind === 'account' &&
    principal.grants.some(
      (grant) => grant.role === role && scopeCoversArea(grant.scope, target.id, target.groupId),
    );
}

/** An account holding `role` anywhere (routes that are not about one area). */
export function holdsAnywhere(role: Role): Allowed {
  return (principal) => principal.kind === 'account' && principal.grants.some((grant) => grant.role === role);
}

/** A beheerder of the whole organisation (adding areas and groups, managing accounts). */
export const organisationBeheerder: Allowed = (principal) =>
  principal.kind === 'account' &&
  principal.grants.some((grant) => grant.role === 'beheerder' && grant.scope.kind === 'organisation');

export const anyAccount: Allowed = (principal) => principal.kind === 'account';
export const anyDevice: Allowed = (principal) => principal.kind === 'device';
export const everyone: Allowed = () => true;

/** An account holding `gebiedsteam` on the whole organisation, or (for a group's report) on that group. */
function readsScope(groupId?: string): Allowed {
  return (principal) =>
    principal.kind === 'account' &&
    principal.grants.some(
      (grant) =>
        grant.role === 'gebiedsteam' &&
        (grant.scope.kind === 'organisation' ||
          (grant.scope.kind === 'group' && grant.scope.groupId === groupId)),
    );
}

export const ROUTES: readonly RouteRow[] = [
  { method: 'GET', path: (id) => `/api/areas/${id}/aggregates?year=2026`, allowed: holds('gebiedsteam') },
  // A group's and the organisation's sums: only for a reader of that scope itself, never for a
  // reader of one of its areas. Tried once per area under test, the same path each time.
  {
    method: 'GET',
    path: () => `/api/groups/${GROUP.id}/aggregates?year=2026`,
    allowed: readsScope(GROUP.id),
  },
  { method: 'GET', path: () => '/api/organisation/aggregates?year=2026', allowed: readsScope() },
  { method: 'GET', path: (id) => `/api/areas/${id}/agenda?year=2026`, allowed: holds('gebiedsteam') },
  { method: 'GET', path: (id) => `/api/areas/${id}/trend?to=2026`, allowed: holds('gebiedsteam') },
  // An invalid agenda: a principal who gets past authorisation is answered 400, never 2xx here.
  {
    method: 'PUT',
    path: (id) => `/api/areas/${id}/agenda?year=2026`,
    body: {},
    allowed: holds('gebiedsteam'),
  },
  // The area team's report of an export it made (the audit trail's export.* entries). Without an
  // areaId it names the reader's one area, so only a reader of exactly one area passes.
  {
    method: 'POST',
    path: () => '/api/area-team/exports',
    body: { kind: 'csv', year: 2026 },
    allowed: (principal) =>
      principal.kind === 'account' &&
      principal.grants.filter((grant) => grant.role === 'gebiedsteam').length === 1 &&
      principal.grants.some((grant) => grant.role === 'gebiedsteam' && grant.scope.kind === 'area'),
  },
  // An export of a group's or the organisation's sums: whoever may read those sums.
  {
    method: 'POST',
    path: () => '/api/area-team/exports',
    body: { kind: 'csv', year: 2026, groupId: GROUP.id },
    allowed: readsScope(GROUP.id),
  },
  {
    method: 'POST',
    path: () => '/api/area-team/exports',
    body: { kind: 'csv', year: 2026, organisation: true },
    allowed: readsScope(),
  },
  // The audit trail: a beheerder of the area, or (without an area) of the whole organisation.
  { method: 'GET', path: (id) => `/api/beheer/audit?area=${id}`, allowed: holds('beheerder') },
  { method: 'GET', path: (id) => `/api/beheer/audit.csv?area=${id}`, allowed: holds('beheerder') },
  {
    method: 'GET',
    path: () => '/api/beheer/audit',
    allowed: (principal) =>
      principal.kind === 'account' &&
      principal.grants.some((grant) => grant.role === 'beheerder' && grant.scope.kind === 'organisation'),
  },
  { method: 'GET', path: () => '/api/account/session', allowed: anyAccount },
  { method: 'GET', path: () => '/api/account/methods', allowed: everyone },
  { method: 'GET', path: () => '/api/configuration', allowed: anyDevice },
  { method: 'GET', path: () => '/api/device', allowed: anyDevice },
  // A device proposes a guide and follows the decisions; an empty body is refused after auth.
  { method: 'POST', path: () => '/api/guide-proposals', body: {}, allowed: anyDevice },
  { method: 'GET', path: () => '/api/guide-proposals', allowed: anyDevice },
  // Outcomes by id and follow key: any device may ask (an empty body is refused after auth); which
  // proposals answer is the store's part (the device's area, the right key), tested in
  // tests/server/proposal-follow-keys.test.ts.
  { method: 'POST', path: () => '/api/proposals/outcomes', body: {}, allowed: anyDevice },
  { method: 'POST', path: () => '/api/guide-proposals/outcomes', body: {}, allowed: anyDevice },
  // The console. Bodies that pass the schema but change nothing (an empty name, an unknown code), so
  // a principal let through gets 400 or 404 and the table can run in any order. The device routes
  // need a device in each area and are tried per role in tests/server/console.test.ts.
  { method: 'GET', path: () => '/api/beheer/areas', allowed: holdsAnywhere('beheerder') },
  { method: 'POST', path: () => '/api/beheer/areas', body: { name: '' }, allowed: organisationBeheerder },
  {
    method: 'PATCH',
    path: (id) => `/api/beheer/areas/${id}`,
    body: { name: '' },
    allowed: holds('beheerder'),
  },
  { method: 'POST', path: () => '/api/beheer/groups', body: { name: '' }, allowed: organisationBeheerder },
  { method: 'GET', path: (id) => `/api/beheer/areas/${id}/codes`, allowed: holds('beheerder') },
  {
    method: 'POST',
    path: (id) => `/api/beheer/areas/${id}/codes`,
    body: { validDays: 2 },
    allowed: holds('beheerder'),
  },
  {
    method: 'DELETE',
    path: (id) => `/api/beheer/areas/${id}/codes/00000000-0000-4000-8000-000000000000`,
    allowed: holds('beheerder'),
  },
  { method: 'GET', path: (id) => `/api/beheer/areas/${id}/devices`, allowed: holds('beheerder') },
  { method: 'GET', path: () => '/api/beheer/accounts', allowed: organisationBeheerder },
  {
    method: 'POST',
    path: () => '/api/beheer/accounts',
    body: { username: 'x', name: '', password: '' },
    allowed: organisationBeheerder,
  },
  // The configuration (organisation, group and area) and proposal decisions. A change k = 1 is refused
  // (400) and a label left empty or an unknown theme changes nothing; a reject that passes does
  // decide, after which the allowed get 409: never 401 or 403.
  { method: 'GET', path: () => '/api/beheer/configuration', allowed: organisationBeheerder },
  {
    method: 'POST',
    path: () => '/api/beheer/configuration/changes',
    body: { edit: { kind: 'set-k', k: 1 } },
    allowed: organisationBeheerder,
  },
  // A group's layer reaches all its areas: the organisation's administrators only, not one area's.
  {
    method: 'GET',
    path: () => `/api/beheer/groups/${GROUP.id}/configuration`,
    allowed: organisationBeheerder,
  },
  {
    method: 'POST',
    path: () => `/api/beheer/groups/${GROUP.id}/configuration/changes`,
    body: { edit: { kind: 'set-k', k: 1 } },
    allowed: organisationBeheerder,
  },
  { method: 'GET', path: (id) => `/api/beheer/areas/${id}/configuration`, allowed: holds('beheerder') },
  {
    method: 'POST',
    path: (id) => `/api/beheer/areas/${id}/configuration/changes`,
    body: { edit: { kind: 'set-k', k: 1 }, preview: true },
    allowed: holds('beheerder'),
  },
  {
    method: 'POST',
    path: (id) => `/api/beheer/proposals/${PROPOSAL_IDS[id]}/accept`,
    body: { labels: { nl: '', en: '' }, preview: true },
    allowed: holds('beheerder'),
  },
  {
    method: 'POST',
    path: (id) => `/api/beheer/proposals/${PROPOSAL_IDS[id]}/map`,
    body: { themeId: 'bestaat-niet' },
    allowed: holds('beheerder'),
  },
  {
    method: 'POST',
    path: (id) => `/api/beheer/proposals/${PROPOSAL_IDS[id]}/reject`,
    allowed: holds('beheerder'),
  },
  // The coach's own records of the reviews she sent: any coach grant, no area (each sees her own).
  { method: 'GET', path: () => '/api/coach/reviews', allowed: holdsAnywhere('coach') },
  {
    method: 'POST',
    path: () => '/api/coach/reviews',
    body: {
      id: '00000000-0000-4000-8000-00000000c0a1',
      reviewedAt: '2026-11-02T10:00:00.000Z',
      pseudonym: 'Merel',
      practice: false,
      checklist: Object.fromEntries(TECHNIQUE_CHECKLIST.map((item) => [item, 'yes'])),
    },
    allowed: holdsAnywhere('coach'),
  },
  // Guide proposals: a preview of publishing stores nothing; an empty reason is refused (400).
  {
    method: 'POST',
    path: (id) => `/api/beheer/guide-proposals/${GUIDE_PROPOSAL_IDS[id]}/publish`,
    body: { preview: true },
    allowed: holds('beheerder'),
  },
  {
    method: 'POST',
    path: (id) => `/api/beheer/guide-proposals/${GUIDE_PROPOSAL_IDS[id]}/reject`,
    body: { reason: ' ' },
    allowed: holds('beheerder'),
  },
  // Passwords: a reset is an account change (the organisation's administrators); anyone signed in
  // changes her own (an empty new password is refused after authorisation).
  {
    method: 'POST',
    path: () => '/api/beheer/accounts/00000000-0000-4000-8000-000000000000/password-reset',
    allowed: organisationBeheerder,
  },
  {
    method: 'POST',
    path: () => '/api/account/password',
    body: { currentPassword: 'x', newPassword: '' },
    allowed: anyAccount,
  },
];
