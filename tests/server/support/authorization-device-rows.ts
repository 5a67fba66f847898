import {
  anyDevice,
  BACKUP_LOOKUP_IDS,
  deviceOfAnotherArea,
  deviceOfTheArea,
  madeTheShare,
  noPrincipal,
  PUBLISHED_GUIDES,
} from './authorization-principals';
import type { RouteRow } from './authorization-table';
import { fakeEnvelope } from './packages';

/**
 * The rows of what an interviewer's device calls: summaries, proposals, shares, backups, its
 * configuration and resident card. A revoked device is refused by every one. Bodies that fail the
 * schema are refused (400) only after authorisation, so nothing is stored.
 */
export const DEVICE_ROUTES: readonly RouteRow[] = [
  { method: 'GET', path: () => '/api/configuration', allowed: anyDevice },
  { method: 'GET', path: () => '/api/device', allowed: anyDevice },
  { method: 'GET', path: () => '/api/resident-page', allowed: anyDevice },
  // Which area a summary may name is ingest's part (tests/server/summaries.test.ts).
  { method: 'POST', path: () => '/api/summaries', body: {}, allowed: anyDevice },
  { method: 'POST', path: () => '/api/summaries/withdrawals', body: {}, allowed: anyDevice },
  // A guide version published for one area answers that area's devices only; another area's find
  // nothing, as for a version never published.
  {
    method: 'GET',
    path: (areaId) => `/api/guides/${PUBLISHED_GUIDES[areaId]?.id}/${PUBLISHED_GUIDES[areaId]?.version}`,
    allowed: deviceOfTheArea,
    hidden: deviceOfAnotherArea,
  },
  // Theme proposals and the device's own area's list of them.
  { method: 'POST', path: () => '/api/proposals', body: {}, allowed: anyDevice },
  { method: 'GET', path: () => '/api/proposals', allowed: anyDevice },
  // A device proposes a guide and follows the decisions; an empty body is refused after auth.
  { method: 'POST', path: () => '/api/guide-proposals', body: {}, allowed: anyDevice },
  { method: 'GET', path: () => '/api/guide-proposals', allowed: anyDevice },
  // Outcomes by id and follow key: any device may ask (an empty body is refused after auth); which
  // proposals answer is the store's part (the device's area, the right key), tested in
  // tests/server/proposal-follow-keys.test.ts.
  { method: 'POST', path: () => '/api/proposals/outcomes', body: {}, allowed: anyDevice },
  { method: 'POST', path: () => '/api/guide-proposals/outcomes', body: {}, allowed: anyDevice },

  // Shares for coach review. Reading one (by its id or a short code's id) is public: see
  // PUBLIC_ROUTES. Writing is for the device that made it, or for the coach's reply token.
  { method: 'POST', path: () => '/api/shares', body: {}, allowed: anyDevice },
  // Another device learns nothing of a share it did not make: 404, as for an unknown one.
  {
    method: 'PUT',
    path: (areaId, seeds) =>
      `/api/shares/${seeds.share(areaId, 'code')}/code/${areaId === 'gaasperdam' ? 'G0G0G0' : 'D1D1D1'}`,
    body: { package: fakeEnvelope('review-key') },
    allowed: madeTheShare,
    hidden: deviceOfAnotherArea,
  },
  // Only the coach's reply token answers; no principal here holds one (tests/server/shares.test.ts).
  {
    method: 'PUT',
    path: (areaId, seeds) => `/api/shares/${seeds.share(areaId, 'code')}/feedback`,
    body: {},
    allowed: noPrincipal,
  },
  {
    method: 'DELETE',
    path: (areaId, seeds) => `/api/shares/${seeds.share(areaId, 'close')}`,
    allowed: madeTheShare,
  },
  {
    method: 'PUT',
    path: (areaId, seeds) => `/api/shares/${seeds.share(areaId, 'withdraw')}/withdrawal`,
    allowed: madeTheShare,
  },

  // Backups: a slot is found only within the device's own area, by any device of it (a restore on
  // a new device); another area's device finds nothing there. Storing a version or deleting the
  // slot acts within the device's own area whatever the lookup id (tests/server/backups.test.ts).
  {
    method: 'GET',
    path: (areaId) => `/api/backups/${BACKUP_LOOKUP_IDS[areaId]}`,
    allowed: deviceOfTheArea,
    hidden: deviceOfAnotherArea,
  },
  {
    method: 'GET',
    path: (areaId) => `/api/backups/${BACKUP_LOOKUP_IDS[areaId]}/versions`,
    allowed: deviceOfTheArea,
    hidden: deviceOfAnotherArea,
  },
  {
    method: 'PUT',
    path: (areaId) => `/api/backups/${BACKUP_LOOKUP_IDS[areaId]}`,
    body: {},
    allowed: anyDevice,
  },
  // A slot never stored: deleting it changes nothing, so the table can run in any order.
  {
    method: 'DELETE',
    path: () => '/api/backups/no-backup-was-ever-stored-under-this-slot-i',
    allowed: anyDevice,
  },
];
