import { createHash } from 'node:crypto';
import { createAccount } from '../../../src/server/accounts/accounts';
import { grantRole } from '../../../src/server/accounts/grants';
import { startSession } from '../../../src/server/accounts/sessions';
import { SESSION_TOKEN_PREFIX } from '../../../src/server/auth/secrets';
import { publishGuideProposal } from '../../../src/server/configuration/guide-proposal-decisions';
import type { Database } from '../../../src/server/db/database';
import { createAreaGroup, setAreaGroup } from '../../../src/server/store/area-groups';
import { createArea } from '../../../src/server/store/areas';
import { storeBackup } from '../../../src/server/store/backups';
import { revokeDevice } from '../../../src/server/store/devices';
import { guideProposalById, receiveGuideProposal } from '../../../src/server/store/guide-proposals';
import { receiveProposal } from '../../../src/server/store/proposals';
import { createShare } from '../../../src/server/store/shares';
import { minimalGuide } from '../../unit/domain/guides/fixtures';
import {
  AREAS_UNDER_TEST,
  BACKUP_LOOKUP_IDS,
  GROUP,
  GUIDE_PROPOSAL_IDS,
  PRINCIPALS,
  PROPOSAL_IDS,
  PUBLISHED_GUIDES,
  type Seeds,
  type ShareUse,
} from './authorization-principals';
import { deviceToken } from './fixtures';
import { fakeEnvelope } from './packages';

const ONE_HOUR = { idleMs: 3_600_000, absoluteMs: 3_600_000 };
const SHARE_USES: readonly ShareUse[] = ['code', 'close', 'withdraw'];

export interface SeededTable {
  /** Each principal's credential by name (none for nobody). */
  tokens: Map<string, string>;
  /** Each account principal's id by name, to start a session again after one ended them all. */
  accountIds: Map<string, string>;
  seeds: Seeds;
}

/**
 * Everything the table's rows point at, made through the stores: the areas and their group, a
 * pending proposal of each kind, a share for each use and a backup per area, a device per area for
 * the console's device routes, and each principal with its credential. Sessions are made directly:
 * the table is about who may do what, not about passwords.
 */
export async function seedAuthorizationTable(db: Database): Promise<SeededTable> {
  await createAreaGroup(db, GROUP);
  for (const { id, name, groupId } of AREAS_UNDER_TEST) {
    await createArea(db, { id, name });
    if (groupId !== null) await setAreaGroup(db, id, groupId);
  }

  const tokens = new Map<string, string>();
  const accountIds = new Map<string, string>();
  const deviceIds = new Map<string, string>();
  for (const [index, principal] of PRINCIPALS.entries()) {
    if (principal.kind === 'device') {
      const device = await deviceToken(db, principal.areaId);
      if (principal.revoked) await revokeDevice(db, device.deviceId);
      tokens.set(principal.name, device.token);
      deviceIds.set(principal.name, device.deviceId);
    }
    if (principal.kind === 'account') {
      const { id } = await createAccount(db, { username: `persoon-${index}`, name: principal.name });
      for (const grant of principal.grants) await grantRole(db, id, grant);
      accountIds.set(principal.name, id);
      tokens.set(principal.name, await newSession(db, id));
    }
  }

  const shares = new Map<string, string>();
  const consoleDevices = new Map<string, string>();
  for (const { id: areaId } of AREAS_UNDER_TEST) {
    const { deviceId } = await deviceToken(db, areaId);
    await receiveProposal(
      db,
      { id: PROPOSAL_IDS[areaId] ?? '', areaId, deviceId, kind: 'theme', text: 'Speeltuin' },
      10,
    );
    await receiveGuideProposal(
      db,
      {
        id: GUIDE_PROPOSAL_IDS[areaId] ?? '',
        areaId,
        deviceId,
        guide: { ...minimalGuide(), id: `eigen-${areaId}` },
      },
      10,
    );
    await publishedGuide(db, areaId, deviceId);
    await storeBackup(db, {
      areaId,
      lookupId: BACKUP_LOOKUP_IDS[areaId] ?? '',
      envelopeJson: JSON.stringify(fakeEnvelope('backup')),
      keep: 3,
      deviceId,
    });
    // The area's shares are made by its device principal, so that one may change them (madeTheShare).
    const maker = PRINCIPALS.find(
      (principal) => principal.kind === 'device' && principal.areaId === areaId && principal.revoked !== true,
    );
    const makerId = (maker && deviceIds.get(maker.name)) ?? deviceId;
    for (const use of SHARE_USES) {
      const share = await createShare(db, {
        deviceId: makerId,
        packageJson: JSON.stringify(fakeEnvelope('review')),
        replyTokenHash: createHash('sha256').update(`reply token of no principal ${use}`).digest('base64url'),
        days: 7,
      });
      shares.set(`${areaId}/${use}`, share.id);
    }
    consoleDevices.set(areaId, (await deviceToken(db, areaId)).deviceId);
  }

  const seeded = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`nothing seeded for ${key}`);
    return value;
  };
  return {
    tokens,
    accountIds,
    seeds: {
      share: (areaId, use) => seeded(shares, `${areaId}/${use}`),
      device: (areaId) => seeded(consoleDevices, areaId),
    },
  };
}

/** A fresh session of the account, as a bearer token. */
export async function newSession(db: Database, accountId: string): Promise<string> {
  return (await startSession(db, accountId, ONE_HOUR, SESSION_TOKEN_PREFIX)).token;
}

/** A guide proposed by a device of the area and published there, in that area only. */
async function publishedGuide(db: Database, areaId: string, deviceId: string): Promise<void> {
  const published = PUBLISHED_GUIDES[areaId];
  if (published === undefined) throw new Error(`no published guide for ${areaId}`);
  const { id, version, proposalId } = published;
  await receiveGuideProposal(
    db,
    { id: proposalId, areaId, deviceId, guide: { ...minimalGuide(), id, version } },
    10,
  );
  const proposal = await guideProposalById(db, proposalId);
  if (proposal === undefined) throw new Error(`guide proposal ${proposalId} was not received`);
  const result = await publishGuideProposal(
    db,
    proposal,
    { name: 'authorisation table', audit: { kind: 'system', label: 'authorisation table' } },
    { previewOnly: false },
  );
  if (typeof result === 'string' || !result.ok || result.guide.id !== id)
    throw new Error(`guide ${id} was not published as itself: ${JSON.stringify(result)}`);
}
