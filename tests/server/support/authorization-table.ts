import { TECHNIQUE_CHECKLIST } from '../../../src/domain/packages/checklist';
import { DEVICE_ROUTES } from './authorization-device-rows';
import {
  type Allowed,
  anyAccount,
  everyone,
  GROUP,
  GUIDE_PROPOSAL_IDS,
  holds,
  holdsAnywhere,
  organisationBeheerder,
  PROPOSAL_IDS,
  readsScope,
  type Seeds,
} from './authorization-principals';

/**
 * Who may call which route, as a table: every row is tried by every principal on every area
 * (tests/server/authorization.test.ts; the principals are in authorization-principals.ts). A
 * principal the row allows must get past authorisation (any status but 401 and 403, and no server
 * error), one it hides from must get 404, any other must get 401 or 403. Every /api route the
 * server registers needs a row here or a place on PUBLIC_ROUTES: the test fails otherwise.
 */
export interface RouteRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path for the area under test; `seeds` names what the server made (shares, devices). */
  path: (areaId: string, seeds: Seeds) => string;
  body?: unknown;
  allowed: Allowed;
  /**
   * Principals let past authorisation to whom the route must answer 404, as for something unknown:
   * the resource is another area's or another device's and the store looks only at the caller's.
   * On such a row an allowed principal must not get 404, which shows the resource is there.
   */
  hidden?: Allowed;
  /** The call ends every session of the account making it: the test starts a new one after it. */
  endsOwnSessions?: true;
}

/**
 * The /api routes no principal's role decides, each with why. Anything else the server registers
 * must have a row in ROUTES.
 */
export const PUBLIC_ROUTES: readonly { method: RouteRow['method']; path: string; why: string }[] = [
  { method: 'GET', path: '/api/health', why: 'a load balancer asks it; it tells nothing of the data' },
  {
    method: 'POST',
    path: '/api/enrol',
    why: 'the one-time code is the credential, limited per address (tests/server/enrolment.test.ts)',
  },
  { method: 'POST', path: '/api/account/login', why: 'signing in, limited before any database work' },
  { method: 'POST', path: '/api/area-team/login', why: 'signing in, limited before any database work' },
  {
    method: 'POST',
    path: '/api/account/logout',
    why: 'ends the session it is sent with, if any (a cookie only with its CSRF token), and clears the cookie',
  },
  { method: 'POST', path: '/api/area-team/logout', why: 'ends the session whose token it is sent' },
  {
    method: 'GET',
    path: '/api/account/oidc/start',
    why: 'single sign-on begins here; the provider decides who the person is (tests/server/oidc.test.ts)',
  },
  {
    method: 'GET',
    path: '/api/account/oidc/callback',
    why: "the provider's answer, checked in full before any account is found (tests/server/oidc.test.ts)",
  },
  {
    method: 'GET',
    path: '/api/shares/:id',
    why: "a coach's link: the share id is the capability (tests/server/shares.test.ts)",
  },
  {
    method: 'GET',
    path: '/api/shares/code/:codeId',
    why: "a coach's short code: the code id is the capability (tests/server/share-codes.test.ts)",
  },
];

/** An account id nobody has: account changes through the table must change nothing. */
const NO_ACCOUNT = '00000000-0000-4000-8000-000000000000';

export const ROUTES: readonly RouteRow[] = [
  ...DEVICE_ROUTES,
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
  // The next circle's date beside the year's public page: any reader of the area (an invalid date
  // is refused after authorisation).
  { method: 'GET', path: (id) => `/api/areas/${id}/next-circle?year=2026`, allowed: holds('gebiedsteam') },
  {
    method: 'PUT',
    path: (id) => `/api/areas/${id}/next-circle?year=2026`,
    body: { date: 'volgende week' },
    allowed: holds('gebiedsteam'),
  },
  // The public page's switch and the dashboard's theme labels go with the agenda: whoever's grant
  // reaches the area (its own team, its group's, the organisation's).
  {
    method: 'GET',
    path: (id) => `/api/areas/${id}/publication?year=2026`,
    allowed: holds('gebiedsteam'),
  },
  {
    method: 'PUT',
    path: (id) => `/api/areas/${id}/publication?year=2026`,
    body: {},
    allowed: holds('gebiedsteam'),
  },
  { method: 'GET', path: (id) => `/api/areas/${id}/configuration`, allowed: holds('gebiedsteam') },
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
  {
    method: 'POST',
    path: () => '/api/account/logout-everywhere',
    allowed: anyAccount,
    endsOwnSessions: true,
  },
  // The console. Bodies that pass the schema but change nothing (an empty name, an unknown code), so
  // a principal let through gets 400 or 404 and the table can run in any order.
  { method: 'GET', path: () => '/api/beheer/areas', allowed: holdsAnywhere('beheerder') },
  { method: 'POST', path: () => '/api/beheer/areas', body: { name: '' }, allowed: organisationBeheerder },
  {
    method: 'PATCH',
    path: (id) => `/api/beheer/areas/${id}`,
    body: { name: '' },
    allowed: holds('beheerder'),
  },
  // Moving an area to another group changes which configuration applies to it: the organisation's
  // administrators only, also for an administrator of the area (an unknown group changes nothing).
  {
    method: 'PATCH',
    path: (id) => `/api/beheer/areas/${id}`,
    body: { groupId: 'bestaat-niet' },
    allowed: organisationBeheerder,
  },
  { method: 'POST', path: () => '/api/beheer/groups', body: { name: '' }, allowed: organisationBeheerder },
  {
    method: 'PATCH',
    path: () => `/api/beheer/groups/${GROUP.id}`,
    body: { name: '' },
    allowed: organisationBeheerder,
  },
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
  // A device route names no area: the device's own area decides. Revoking again changes nothing;
  // a removal without its body is refused after authorisation, so nothing is removed.
  {
    method: 'POST',
    path: (id, seeds) => `/api/beheer/devices/${seeds.device(id)}/revoke`,
    allowed: holds('beheerder'),
  },
  {
    method: 'POST',
    path: (id, seeds) => `/api/beheer/devices/${seeds.device(id)}/remove`,
    body: {},
    allowed: holds('beheerder'),
  },
  { method: 'GET', path: () => '/api/beheer/accounts', allowed: organisationBeheerder },
  {
    method: 'POST',
    path: () => '/api/beheer/accounts',
    body: { username: 'x', name: '', password: '' },
    allowed: organisationBeheerder,
  },
  // Roles and access of one account: an unknown scope is refused (400) and an unknown account
  // answers 404, after authorisation.
  ...(['grants', 'grants/revoke'] as const).map(
    (action): RouteRow => ({
      method: 'POST',
      path: () => `/api/beheer/accounts/${NO_ACCOUNT}/${action}`,
      body: { role: 'coach', scope: 'nergens' },
      allowed: organisationBeheerder,
    }),
  ),
  ...(['disable', 'enable', 'signout-everywhere'] as const).map(
    (action): RouteRow => ({
      method: 'POST',
      path: () => `/api/beheer/accounts/${NO_ACCOUNT}/${action}`,
      allowed: organisationBeheerder,
    }),
  ),
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
    path: () => `/api/beheer/accounts/${NO_ACCOUNT}/password-reset`,
    allowed: organisationBeheerder,
  },
  {
    method: 'POST',
    path: () => '/api/account/password',
    body: { currentPassword: 'x', newPassword: '' },
    allowed: anyAccount,
  },
];
