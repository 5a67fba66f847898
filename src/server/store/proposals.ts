import type { ProposalAnswer, ProposalState } from '../../domain/wire/proposals';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';
import { followedIds, followHash } from './follow-keys';

/**
 * Proposals as the server keeps them: per area, with the device that sent each (never shown to
 * readers), until an administrator decides. Receiving is idempotent per id, so a device that lost
 * the answer can send again; an id already used by another device is refused, not overwritten.
 */
export interface StoredProposal {
  id: string;
  areaId: string;
  deviceId: string;
  kind: 'theme';
  text: string;
  status: ProposalState;
  themeId: string | null;
  receivedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

type Row = {
  id: string;
  area_id: string;
  device_id: string;
  kind: 'theme';
  text: string;
  status: ProposalState;
  theme_id: string | null;
  received_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
};

const COLUMNS =
  'id::text as id, area_id, device_id::text as device_id, kind, text, status, theme_id, received_at, decided_at, decided_by';

export type Received =
  | { kind: 'stored' | 'duplicate'; answer: ProposalAnswer }
  | { kind: 'taken' }
  | { kind: 'over-quota' };

/**
 * Stores a proposal from a device, at most `openLimit` undecided ones per device (checked and
 * written in one transaction under a per-device lock, so two processes cannot pass it together).
 */
export function receiveProposal(
  db: Database,
  proposal: {
    id: string;
    areaId: string;
    deviceId: string;
    kind: 'theme';
    text: string;
    followKey?: string | undefined;
  },
  openLimit: number,
): Promise<Received> {
  return db.transaction(async (tx) => {
    // Key 16970 in the (int, int) advisory lock space (see store/configuration.ts): proposals per device.
    await tx.query('select pg_advisory_xact_lock(16970, hashtext($1))', [proposal.deviceId]);
    const hash = proposal.followKey === undefined ? null : followHash(proposal.followKey);
    const existing = await proposalById(tx, proposal.id);
    if (existing !== undefined) {
      if (existing.deviceId !== proposal.deviceId) return { kind: 'taken' };
      // The device sends again when it lost the answer, with the key it kept this time.
      if (hash !== null)
        await tx.query('update proposals set follow_hash = $2 where id = $1::uuid', [proposal.id, hash]);
      return { kind: 'duplicate', answer: answerOf(existing) };
    }
    const { rows } = await tx.query<{ n: number }>(
      `select count(*)::int as n from proposals where device_id = $1::uuid and status = 'pending'`,
      [proposal.deviceId],
    );
    if ((rows[0]?.n ?? 0) >= openLimit) return { kind: 'over-quota' };
    await tx.query(
      `insert into proposals (id, area_id, device_id, kind, text, follow_hash)
       values ($1::uuid, $2, $3::uuid, $4, $5, $6)`,
      [proposal.id, proposal.areaId, proposal.deviceId, proposal.kind, proposal.text, hash],
    );
    await recordAudit(tx, {
      actor: { kind: 'device', id: proposal.deviceId },
      action: 'proposal.receive',
      areaId: proposal.areaId,
      detail: { proposalId: proposal.id, kind: proposal.kind },
    });
    return { kind: 'stored', answer: { id: proposal.id, status: 'pending' } };
  });
}

export async function proposalById(db: Queryable, id: string): Promise<StoredProposal | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const { rows } = await db.query<Row>(`select ${COLUMNS} from proposals where id = $1::uuid`, [id]);
  return rows[0] === undefined ? undefined : fromRow(rows[0]);
}

/** What became of the proposals one device sent, newest first. */
export async function proposalsOfDevice(
  db: Queryable,
  deviceId: string,
  limit: number,
): Promise<ProposalAnswer[]> {
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from proposals where device_id = $1::uuid order by received_at desc limit $2`,
    [deviceId, limit],
  );
  return rows.map((row) => answerOf(fromRow(row)));
}

/**
 * What became of the proposals of this area whose id and follow key a device presents, whichever
 * device sent them: a new device restored from her backup follows what the old one sent.
 */
export async function proposalsFollowed(
  db: Queryable,
  device: { deviceId: string; areaId: string },
  presented: readonly { id: string; followKey: string }[],
): Promise<ProposalAnswer[]> {
  const ids = await followedIds(db, 'proposals', device, presented);
  if (ids.length === 0) return [];
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from proposals where id = any($1::uuid[]) order by received_at desc`,
    [ids],
  );
  return rows.map((row) => answerOf(fromRow(row)));
}

export async function listProposals(
  db: Queryable,
  filter: { areaId?: string; status?: ProposalState },
): Promise<StoredProposal[]> {
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from proposals
      where ($1::text is null or area_id = $1) and ($2::text is null or status = $2)
      order by received_at, id`,
    [filter.areaId ?? null, filter.status ?? null],
  );
  return rows.map(fromRow);
}

/**
 * Records an administrator's decision on a pending proposal, in the caller's transaction.
 * False when it was decided already (by someone else at the same moment, or before).
 */
export async function decideProposal(
  tx: Queryable,
  id: string,
  decision: { status: Exclude<ProposalState, 'pending'>; themeId: string | null; by: string },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `update proposals set status = $2, theme_id = $3, decided_at = now(), decided_by = $4
      where id = $1::uuid and status = 'pending'`,
    [id, decision.status, decision.themeId, decision.by],
  );
  return rowCount === 1;
}

function answerOf(proposal: StoredProposal): ProposalAnswer {
  return proposal.themeId === null
    ? { id: proposal.id, status: proposal.status }
    : { id: proposal.id, status: proposal.status, themeId: proposal.themeId };
}

function fromRow(row: Row): StoredProposal {
  return {
    id: row.id,
    areaId: row.area_id,
    deviceId: row.device_id,
    kind: row.kind,
    text: row.text,
    status: row.status,
    themeId: row.theme_id,
    receivedAt: row.received_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  };
}
