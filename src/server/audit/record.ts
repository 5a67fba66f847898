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
const SECRET_KEYS = /pass|secret|token|code$|^code|key|fragment|note|quote|text/i;
// The secrets this server hands out (src/server/auth/secrets.ts, auth/enrolment-codes.ts) by their
// shape. Long runs of letters alone are words (Dutch compounds run past 30 letters), lowercase ids
// with hyphens are area ids, and uuids are device and account ids: none of those is refused.
const TOKEN_PREFIX = /\bbg[a-z]_[A-Za-z0-9_-]{8,}/;
const ENROLMENT_CODE = /\b[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}\b/;
const RUN = /[A-Za-z0-9_-]{20,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any label, id or setting an entry needs: a longer string is free text. */
export const AUDIT_STRING_MAX = 300;

export class AuditDetailError extends Error {}

/** True for text shaped like a token, a hash, a random id or an enrolment code. */
export function looksLikeSecret(text: string): boolean {
  if (TOKEN_PREFIX.test(text) || ENROLMENT_CODE.test(text)) return true;
  for (const [run] of text.matchAll(RUN)) {
    if (UUID.test(run)) continue;
    const mixedCase = /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9_-]/.test(run);
    const hex = run.length >= 48 && /^[0-9a-f]+$/i.test(run) && /\d/.test(run) && /[a-f]/i.test(run);
    if (mixedCase || hex) return true;
  }
  return false;
}

function checkDetail(entry: AuditEntry): void {
  if (!ACTION.test(entry.action))
    throw new AuditDetailError(`audit action "${entry.action}" is not subject.verb`);
  for (const [key, value] of Object.entries(entry.detail ?? {})) {
    if (SECRET_KEYS.test(key) && !key.endsWith('Id') && !key.endsWith('Ids') && key !== 'codeLabel') {
      throw new AuditDetailError(`audit detail "${key}" may hold a secret or resident text`);
    }
    const strings = Array.isArray(value) ? value : [value];
    for (const item of strings) {
      if (typeof item !== 'string') continue;
      if (item.length > AUDIT_STRING_MAX) throw new AuditDetailError(`audit detail "${key}" is free text`);
      if (looksLikeSecret(item)) throw new AuditDetailError(`audit detail "${key}" looks like a secret`);
    }
  }
}

type DetailValue = NonNullable<AuditEntry['detail']>[string];

/**
 * A change as given (nested objects, undefined fields) as an entry's flat detail: nested fields
 * become dotted keys (`from.year`), undefined ones are left out.
 */
export function flatDetail(input: Record<string, unknown>, prefix = ''): Record<string, DetailValue> {
  const flat: Record<string, DetailValue> = {};
  for (const [key, value] of Object.entries(input)) {
    const name = `${prefix}${key}`;
    if (value === undefined) continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      flat[name] = value as DetailValue;
    } else if (Array.isArray(value)) {
      flat[name] = value.map((item) => (typeof item === 'number' ? item : String(item)));
    } else if (typeof value === 'object') {
      Object.assign(flat, flatDetail(value as Record<string, unknown>, `${name}.`));
    }
  }
  return flat;
}

/**
 * Labels are typed by people (a device label, a name tried at sign-in, which may be a password typed
 * in the wrong field): one that looks like a secret is left out rather than refusing the action.
 */
function labelOf(actor: AuditActor): string | null {
  const label = 'label' in actor ? (actor.label ?? null) : null;
  if (label === null || looksLikeSecret(label)) return null;
  return label.slice(0, 200);
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
      labelOf(actor),
      entry.action,
      entry.areaId ?? null,
      entry.outcome ?? 'success',
      JSON.stringify(entry.detail ?? {}),
      entry.address ?? null,
    ],
  );
}
