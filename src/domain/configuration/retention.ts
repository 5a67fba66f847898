import type { Period } from '../period';
import { quarterOfMonth } from '../period';
import { CONFIGURATION_LIMITS } from '../wire/configuration';
import type { EditResult } from './edits';
import type { ConfigurationLayer, ConfigurationScope, Retention, ServerRetention } from './layer';
import { DEFAULT_RETENTION } from './merge';

/**
 * How long the server keeps what it holds (issue 13, AVG: no longer than needed). Settings live in
 * the configuration layers like everything else an organisation decides; an area (or its group)
 * can keep its summaries or backups longer or shorter than the organisation, while the audit trail
 * is one for the whole organisation and so has one setting. Pure: the retention run applies it.
 */
export type RetentionPolicy = Retention & ServerRetention;

export const DEFAULT_SERVER_RETENTION: Readonly<ServerRetention> = { summaryYears: 5, auditYears: 2 };

/** The policy of a scope: the layers merged from the organisation down, each setting replaced where set. */
export function retentionPolicy(
  organisation: ConfigurationLayer,
  ...lower: readonly ConfigurationLayer[]
): RetentionPolicy {
  const policy: RetentionPolicy = { ...DEFAULT_RETENTION, ...DEFAULT_SERVER_RETENTION };
  for (const layer of [organisation, ...lower]) {
    const set = layer.retention ?? {};
    if (set.shareDays !== undefined) policy.shareDays = set.shareDays;
    if (set.backupDays !== undefined) policy.backupDays = set.backupDays;
    if (set.summaryYears !== undefined) policy.summaryYears = set.summaryYears;
  }
  // Only the organisation's own setting counts: a lower layer cannot shorten the one audit trail.
  if (organisation.retention?.auditYears !== undefined) policy.auditYears = organisation.retention.auditYears;
  return policy;
}

/**
 * The first period whose summaries are still kept on `today` (a calendar date): a period is removed
 * once `summaryYears` whole years have passed since it ended. On 3 December 2026 with 5 years,
 * 2021-Q3 (ended 1 October 2021) is removed and 2021-Q4 (ended 1 January 2022) is kept.
 */
export function firstPeriodKept(
  today: { year: number; month: number; day: number },
  summaryYears: number,
): Period {
  // A period ended on or before today minus N years is due; the quarter holding that date has not ended by then.
  return { year: today.year - summaryYears, quarter: quarterOfMonth(today.month) };
}

const LIMITS: Record<keyof RetentionPolicy, number> = {
  shareDays: CONFIGURATION_LIMITS.maxShareDays,
  backupDays: CONFIGURATION_LIMITS.maxBackupDays,
  summaryYears: CONFIGURATION_LIMITS.maxSummaryYears,
  auditYears: CONFIGURATION_LIMITS.maxAuditYears,
};

/** Sets retention periods in one layer; each a whole number from 1 to its limit. */
export function setRetentionIn(
  layer: ConfigurationLayer,
  scope: ConfigurationScope,
  settings: Partial<RetentionPolicy>,
): EditResult {
  const entries = Object.entries(settings) as [keyof RetentionPolicy, number | undefined][];
  const given = entries.filter((entry): entry is [keyof RetentionPolicy, number] => entry[1] !== undefined);
  if (given.length === 0) return { ok: false, problem: 'retention-out-of-range' };
  for (const [name, value] of given) {
    if (!Number.isSafeInteger(value) || value < 1 || value > LIMITS[name]) {
      return { ok: false, problem: 'retention-out-of-range', clashId: name };
    }
  }
  if (settings.auditYears !== undefined && scope.kind !== 'organisation') {
    return { ok: false, problem: 'organisation-only', clashId: 'auditYears' };
  }
  return { ok: true, layer: { ...layer, retention: { ...layer.retention, ...Object.fromEntries(given) } } };
}
