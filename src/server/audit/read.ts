import type { Queryable } from '../db/database';

/**
 * Reading the audit trail, for the console and the privacy officer: newest first, filtered by
 * person, area, kind of action and period, a page at a time. Pages are keyed on the entry id
 * (`before`: the last id of the previous page), so a page never shifts when entries arrive while
 * someone reads, and each page is one index range however far back it goes.
 */
export interface AuditFilter {
  /** Entries at or after this moment. */
  from?: Date | undefined;
  /** Entries before this moment. */
  to?: Date | undefined;
  areaId?: string | undefined;
  /** An account or device id, or the name shown (a CLI user, a username). */
  actor?: string | undefined;
  /** An action or its prefix: `device` matches `device.enrol` and `device.revoke`, not `devices.x`. */
  action?: string | undefined;
}

export interface AuditListed {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  areaId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  address: string | null;
}

export const AUDIT_PAGE_MAX = 500;

interface Row {
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  area_id: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  address: string | null;
  [column: string]: unknown;
}

export async function listAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  page: { limit: number; before?: string | undefined } = { limit: 100 },
): Promise<{ entries: AuditListed[]; next: string | null }> {
  const limit = Math.max(1, Math.min(page.limit, AUDIT_PAGE_MAX));
  const action = filter.action?.replace(/\.$/, '');
  const { rows } = await db.query<Row>(
    `select id::text as id, at, actor_kind, actor_id, actor_label, action, area_id, outcome, detail, address
       from audit_entries
      where ($1::timestamptz is null or at >= $1)
        and ($2::timestamptz is null or at < $2)
        and ($3::text is null or area_id = $3)
        and ($4::text is null or actor_id = $4 or actor_label = $4)
        and ($5::text is null or action = $5 or left(action, length($5) + 1) = $5 || '.')
        and ($6::bigint is null or id < $6)
      order by audit_entries.id desc
      limit $7`,
    [
      filter.from ?? null,
      filter.to ?? null,
      filter.areaId ?? null,
      filter.actor ?? null,
      action ?? null,
      page.before ?? null,
      limit + 1,
    ],
  );
  const entries = rows.slice(0, limit).map(listed);
  return { entries, next: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}

/** Every entry the filter matches, a page at a time, for the CSV export. */
export async function* allAuditEntries(db: Queryable, filter: AuditFilter): AsyncGenerator<AuditListed> {
  let before: string | undefined;
  for (;;) {
    const page = await listAuditEntries(db, filter, { limit: AUDIT_PAGE_MAX, before });
    yield* page.entries;
    if (page.next === null) return;
    before = page.next;
  }
}

function listed(row: Row): AuditListed {
  return {
    id: row.id,
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    areaId: row.area_id,
    outcome: row.outcome,
    detail: row.detail,
    address: row.address,
  };
}
