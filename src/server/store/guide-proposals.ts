import type { Guide } from '../../domain/guides/guide';
import { validateGuideFileContent } from '../../domain/guides/schema';
import type { GuideProposalAnswer, GuideProposalState } from '../../domain/wire/guide-proposals';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';
import { followedIds, followHash } from './follow-keys';

/**
 * Guide proposals as the server keeps them: per area, with the device that sent each (never shown
 * to readers), the anonymised guide as its body, until an administrator publishes or rejects it.
 * Receiving is idempotent per id; an id another device used is refused, not overwritten.
 */
export interface StoredGuideProposal {
  id: string;
  areaId: string;
  deviceId: string;
  guide: Guide;
  status: GuideProposalState;
  published: { id: string; version: number } | null;
  reason: string | null;
  receivedAt: Date;
}

type Row = {
  id: string;
  area_id: string;
  device_id: string;
  body: unknown;
  status: GuideProposalState;
  published_id: string | null;
  published_version: number | null;
  reason: string | null;
  received_at: Date;
};

const COLUMNS =
  'id::text as id, area_id, device_id::text as device_id, body, status, published_id, published_version, reason, received_at';

export type GuideReceived =
  | { kind: 'stored' | 'duplicate'; answer: GuideProposalAnswer }
  | { kind: 'taken' }
  | { kind: 'over-quota' };

/**
 * Stores a guide proposal; theme and guide proposals waiting for a decision count together
 * against `openLimit` per device (checked under the same per-device lock as theme proposals).
 */
export function receiveGuideProposal(
  db: Database,
  proposal: { id: string; areaId: string; deviceId: string; guide: Guide; followKey?: string | undefined },
  openLimit: number,
): Promise<GuideReceived> {
  return db.transaction(async (tx) => {
    // The lock key of store/proposals.ts: one count of open proposals per device.
    await tx.query('select pg_advisory_xact_lock(16970, hashtext($1))', [proposal.deviceId]);
    const hash = proposal.followKey === undefined ? null : followHash(proposal.followKey);
    const existing = await guideProposalById(tx, proposal.id);
    if (existing !== undefined) {
      if (existing.deviceId !== proposal.deviceId) return { kind: 'taken' };
      // The device sends again when it lost the answer, with the key it kept this time.
      if (hash !== null) {
        await tx.query('update guide_proposals set follow_hash = $2 where id = $1::uuid', [
          proposal.id,
          hash,
        ]);
      }
      return { kind: 'duplicate', answer: answerOf(existing) };
    }
    const { rows } = await tx.query<{ n: number }>(
      `select (select count(*) from proposals where device_id = $1::uuid and status = 'pending')
            + (select count(*) from guide_proposals where device_id = $1::uuid and status = 'pending') as n`,
      [proposal.deviceId],
    );
    if (Number(rows[0]?.n ?? 0) >= openLimit) return { kind: 'over-quota' };
    const { builtIn: _builtIn, ...body } = proposal.guide;
    await tx.query(
      `insert into guide_proposals (id, area_id, device_id, guide_id, version, language, body, follow_hash)
       values ($1::uuid, $2, $3::uuid, $4, $5, $6, $7::jsonb, $8)`,
      [
        proposal.id,
        proposal.areaId,
        proposal.deviceId,
        body.id,
        body.version,
        body.language,
        JSON.stringify(body),
        hash,
      ],
    );
    await recordAudit(tx, {
      actor: { kind: 'device', id: proposal.deviceId },
      action: 'guide_proposal.receive',
      areaId: proposal.areaId,
      detail: { proposalId: proposal.id, guideId: body.id, version: body.version, language: body.language },
    });
    return { kind: 'stored', answer: { id: proposal.id, status: 'pending' } };
  });
}

export async function guideProposalById(db: Queryable, id: string): Promise<StoredGuideProposal | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const { rows } = await db.query<Row>(`select ${COLUMNS} from guide_proposals where id = $1::uuid`, [id]);
  return rows[0] === undefined ? undefined : fromRow(rows[0]);
}

/** What became of the guides one device proposed, newest first. */
export async function guideProposalsOfDevice(
  db: Queryable,
  deviceId: string,
  limit: number,
): Promise<GuideProposalAnswer[]> {
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from guide_proposals where device_id = $1::uuid order by received_at desc limit $2`,
    [deviceId, limit],
  );
  return rows.map((row) => answerOf(fromRow(row)));
}

/**
 * What became of the guide proposals of this area whose id and follow key a device presents,
 * whichever device sent them: a new device restored from her backup follows what the old one sent.
 */
export async function guideProposalsFollowed(
  db: Queryable,
  device: { deviceId: string; areaId: string },
  presented: readonly { id: string; followKey: string }[],
): Promise<GuideProposalAnswer[]> {
  const ids = await followedIds(db, 'guide_proposals', device, presented);
  if (ids.length === 0) return [];
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from guide_proposals where id = any($1::uuid[]) order by received_at desc`,
    [ids],
  );
  return rows.map((row) => answerOf(fromRow(row)));
}

export async function pendingGuideProposals(db: Queryable, areaId: string): Promise<StoredGuideProposal[]> {
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from guide_proposals where area_id = $1 and status = 'pending' order by received_at, id`,
    [areaId],
  );
  return rows.map(fromRow);
}

/** Ids published from earlier proposals of this device: its own lineage may publish its next version. */
export async function idsPublishedFor(db: Queryable, deviceId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ published_id: string }>(
    `select distinct published_id from guide_proposals where device_id = $1::uuid and status = 'published'`,
    [deviceId],
  );
  return new Set(rows.map((row) => row.published_id));
}

/**
 * Records a decision on a pending proposal, in the caller's transaction. False when it was decided
 * already (by someone else at the same moment, or before).
 */
export async function decideGuideProposal(
  tx: Queryable,
  id: string,
  decision:
    | { status: 'published'; guide: { id: string; version: number }; by: string }
    | { status: 'rejected'; reason: string; by: string },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `update guide_proposals
        set status = $2, published_id = $3, published_version = $4, reason = $5, decided_at = now(), decided_by = $6
      where id = $1::uuid and status = 'pending'`,
    [
      id,
      decision.status,
      decision.status === 'published' ? decision.guide.id : null,
      decision.status === 'published' ? decision.guide.version : null,
      decision.status === 'rejected' ? decision.reason : null,
      decision.by,
    ],
  );
  return rowCount === 1;
}

function answerOf(proposal: StoredGuideProposal): GuideProposalAnswer {
  return {
    id: proposal.id,
    status: proposal.status,
    ...(proposal.published === null ? {} : { guide: proposal.published }),
    ...(proposal.reason === null ? {} : { reason: proposal.reason }),
  };
}

function fromRow(row: Row): StoredGuideProposal {
  const checked = validateGuideFileContent(row.body);
  // Stored only after the same check; a body that no longer passes is a bug, not a user's error.
  if (!checked.ok) throw new Error(`guide proposal ${row.id} holds a body that is not a guide`);
  return {
    id: row.id,
    areaId: row.area_id,
    deviceId: row.device_id,
    guide: checked.guide,
    status: row.status,
    published:
      row.published_id === null || row.published_version === null
        ? null
        : { id: row.published_id, version: Number(row.published_version) },
    reason: row.reason,
    receivedAt: row.received_at,
  };
}
