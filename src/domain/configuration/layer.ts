import type { ResidentProfile } from '../guides/profiles';
import type { Period } from '../period';
import type { ThemeLabels } from '../themes';

/**
 * An organisation's configuration is kept as layers: the organisation (a municipality), optionally
 * a group of areas (a stadsdeel), and the area. Each layer says only what it changes; the
 * configuration a device of an area follows is the three merged in that order (merge.ts).
 */
export type ConfigurationScope =
  | { kind: 'organisation' }
  | { kind: 'group'; groupId: string }
  | { kind: 'area'; areaId: string };

/**
 * A change to one theme of the codebook. Ids are the organisation's: a theme added in one area
 * has an id no other area uses for something else, so sums over areas never mix two topics.
 * A theme is never deleted, only retired from a period on.
 */
export interface ThemeEntry {
  id: string;
  /** Required for a theme this layer introduces; otherwise a new wording of an inherited one. */
  labels?: ThemeLabels;
  description?: ThemeLabels;
  /** Position in lists, lowest first; ties keep the order of introduction. */
  order?: number;
  /** Retired from this period on; `null` restores a theme an earlier layer retired. */
  retiredFrom?: Period | null;
}

/** A published guide version: immutable, so naming (id, version) says exactly what was followed. */
export interface PublishedGuideRef {
  id: string;
  version: number;
}

export interface Retention {
  /** Days a share for coach review can be read and answered. */
  shareDays: number;
  /** Days a backup is kept after its last upload: one not refreshed for longer is removed. */
  backupDays: number;
}

/**
 * What only the server keeps, and so only the server needs to know (devices never receive it):
 * how long summaries and the audit trail are kept. See retention.ts.
 */
export interface ServerRetention {
  /** Whole years the summaries of a period are kept after the period ended (values circles compare years). */
  summaryYears: number;
  /** Years an audit entry is kept; the organisation's setting only (one audit trail). */
  auditYears: number;
}

export interface ConfigurationLayer {
  themes: ThemeEntry[];
  /** Guide versions this layer publishes; a lower layer adds to what it inherits. */
  guides: PublishedGuideRef[];
  /** The resident profiles offered; replaces what is inherited when set. */
  residentProfiles?: ResidentProfile[];
  /** Small-cell threshold; never below MIN_SUPPRESSION_K. */
  suppressionK?: number;
  retention?: Partial<Retention> & Partial<ServerRetention>;
}

export function emptyLayer(): ConfigurationLayer {
  return { themes: [], guides: [] };
}

export function scopeKey(scope: ConfigurationScope): string {
  if (scope.kind === 'organisation') return 'organisation';
  return scope.kind === 'group' ? `group:${scope.groupId}` : `area:${scope.areaId}`;
}
