import { type Role, type RoleGrant, scopeCoversArea } from '../../../src/domain/accounts/roles';

/**
 * Who tries every route in tests/server/authorization.test.ts, on which areas, and the rules the
 * table (authorization-table.ts) states its expectations with.
 */
export type Principal =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'device'; areaId: string; revoked?: true }
  | { name: string; kind: 'account'; grants: RoleGrant[] };

export const GROUP = { id: 'zuidoost', name: 'Zuidoost' } as const;
/** The areas every row is tried on: one inside GROUP, one outside any group. */
export const AREAS_UNDER_TEST = [
  { id: 'gaasperdam', name: 'Gaasperdam', groupId: GROUP.id },
  { id: 'driemond', name: 'Driemond', groupId: null },
] as const;
export type AreaUnderTest = (typeof AREAS_UNDER_TEST)[number];

const area = (areaId: string) => ({ kind: 'area', areaId }) as const;
const organisation = { kind: 'organisation' } as const;

export const PRINCIPALS: readonly Principal[] = [
  { name: 'nobody', kind: 'anonymous' },
  { name: 'device of gaasperdam', kind: 'device', areaId: 'gaasperdam' },
  // Revoked by the test before the server starts: refused everywhere a device is let in.
  { name: 'revoked device of gaasperdam', kind: 'device', areaId: 'gaasperdam', revoked: true },
  { name: 'beheerder', kind: 'account', grants: [{ role: 'beheerder', scope: organisation }] },
  {
    name: 'beheerder zuidoost',
    kind: 'account',
    grants: [{ role: 'beheerder', scope: { kind: 'group', groupId: GROUP.id } }],
  },
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

/**
 * A guide published in each area only, from a proposal of its device (seeded by the test), and the
 * proposal it was published from.
 */
export const PUBLISHED_GUIDES: Readonly<Record<string, { id: string; version: number; proposalId: string }>> =
  {
    gaasperdam: {
      id: 'wandeling-gaasperdam',
      version: 1,
      proposalId: '00000000-0000-4000-8000-00000000b101',
    },
    driemond: { id: 'wandeling-driemond', version: 1, proposalId: '00000000-0000-4000-8000-00000000b102' },
  };

/** A backup slot stored by a device of each area (a lookup id is 43 characters of base64url). */
export const BACKUP_LOOKUP_IDS: Readonly<Record<string, string>> = {
  gaasperdam: 'gaasperdam-backup-slot-for-the-authz-table0',
  driemond: 'driemond-backup-slot-for-the-authz-table-00',
};

/**
 * What a share is seeded for: `code` (filing a short code, and the coach's feedback), `close` and
 * `withdraw`, each its own share so no row's change decides another row's answer.
 */
export type ShareUse = 'code' | 'close' | 'withdraw';

/** Things the server names itself (shares, devices), seeded per area by the test. */
export interface Seeds {
  /** A share of the area, made by the area's device principal when there is one (see `madeTheShare`). */
  share(areaId: string, use: ShareUse): string;
  /** A device of the area that is no principal, for the console's device routes. */
  device(areaId: string): string;
}

/** Names in place of seeded ids: for test labels, and for the table's check against the route list. */
export const PLACEHOLDER_SEEDS: Seeds = {
  share: (areaId, use) => `:${use}-share-of-${areaId}`,
  device: (areaId) => `:device-of-${areaId}`,
};

export type Allowed = (principal: Principal, area: AreaUnderTest) => boolean;

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

/** An account holding `gebiedsteam` on the whole organisation, or (for a group's report) on that group. */
export function readsScope(groupId?: string): Allowed {
  return (principal) =>
    principal.kind === 'account' &&
    principal.grants.some(
      (grant) =>
        grant.role === 'gebiedsteam' &&
        (grant.scope.kind === 'organisation' ||
          (grant.scope.kind === 'group' && grant.scope.groupId === groupId)),
    );
}

export const anyAccount: Allowed = (principal) => principal.kind === 'account';
/** An enrolled device that was not revoked. */
export const anyDevice: Allowed = (principal) => principal.kind === 'device' && principal.revoked !== true;
/** A device (not revoked) of the area under test. */
export const deviceOfTheArea: Allowed = (principal, target) =>
  anyDevice(principal, target) && principal.kind === 'device' && principal.areaId === target.id;
/** A device (not revoked) of another area. */
export const deviceOfAnotherArea: Allowed = (principal, target) =>
  anyDevice(principal, target) && principal.kind === 'device' && principal.areaId !== target.id;
/** The device that made the area's seeded shares: the area's device principal (see Seeds). */
export const madeTheShare: Allowed = deviceOfTheArea;
export const everyone: Allowed = () => true;
/** For a credential no principal holds (a coach's reply token): every principal here is refused. */
export const noPrincipal: Allowed = () => false;
