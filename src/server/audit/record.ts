import type { Queryable } from '../db/database';

/**
 * The audit trail's one way in. Every action an organisation must be able to account for
 * (sign-ins, configuration changes, codes made, devices enrolled, revoked or removed, reads and
 * exports of figures, account changes, retention runs) writes one entry through `recordAudit`,
 * in the same transaction as the change where there is one, so a change never exists without its
 * entry. Entries are never updated; only retention removes old ones.
 */
export type AuditActor =
  | { kind: 'account'; id: string; label: string }
  | { kind: 'device'; id: string; label?: string }
  | { kind: 'cli'; label: string }
  | { kind: 'system'; label: string }
  | { kind: 'anonymous'; label?: string };

/**
 * `<subject>.<verb>`, lower case: `signin.password`, `signin.oidc`, `configuration.change`,
 * `enrolment_code.create`, `device.enrol`, `device.revoke`, `device.remove`, `aggregates.read`,
 * `export.csv`, `account.create`, `account.disable`, `retention.run`, ...
 */
export type AuditAction = `${string}.${string}`;

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  areaId?: string | undefined;
  outcome?: 'success' | 'failure' | 'refused';
  /** Ids, counts, setting names and values. Never resident data, tokens, passwords, codes or keys. */
  detail?: Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;
  address?: string | undefined;
}

const ACTION = /^[a-z]+(_[a-z]+)*(\.[a-z_]+)+$/;
// Shapes of the secrets this server hands out (src/server/auth/secrets.ts) and of long random
// strings in general: a detail that carries one is a bug, refused loudly rather than stored.
const SECRET_LIKE = /\b(?:bgd|bgr|bgs)_[A-Za-z0-9_-]{8,}|[A-Za-z0-9_-]{32,}/;
const SECRET_KEYS = /pass|secret|token|code$|^code|key|fragment|note|quote|text/i;

export class AuditDetailError extends Error {}

function checkDetail(entry: AuditEntry): void {
  if (!ACTION.test(entry.action))
    throw new AuditDetailError(`audit action "${entry.action}" is not subject.verb`);
  for (const [key, value] of Object.entries(entry.detail ?? {})) {
    if (SECRET_KEYS.test(key) && !key.endsWith('Id') && !key.endsWith('Ids') && key !== 'codeLabel') {
      throw new AuditDetailError(`audit detail "${key}" may hold a secret or resident text`);
    }
    const strings = Array.isArray(value) ? value : [value];
    for (const item of strings) {
      if (typeof item === 'string' && SECRET_LIKE.test(item) && !/^[0-9a-f-]{36}$/.test(item)) {
        throw new AuditDetailError(`audit detail "${key}" looks like a secret`);
      }
    }
  }
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  checkDetail(entry);
  const actor = entry.actor;
  await db.query(
    `insert into audit_entries (actor_kind, actor_id, actor_label, action, area_id, outcome, detail, address)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      actor.kind,
      actor.kind === 'account' || actor.kind === 'device' ? actor.id : null,
      'label' in actor ? (actor.label ?? null) : null,
      entry.action,
      entry.areaId ?? null,
      entry.outcome ?? 'success',
      JSON.stringify(entry.detail ?? {}),
      entry.address ?? null,
    ],
  );
}
