import { configurationDiff, isEmptyDiff } from '../../domain/configuration/diff';
import type { EditResult } from '../../domain/configuration/edits';
import type { ConfigurationLayer, ConfigurationScope } from '../../domain/configuration/layer';
import type { AreaConfiguration } from '../../domain/configuration/merge';
import type { ConfigurationPreview } from '../../domain/wire/beheer-configuration';
import type { Database, Queryable } from '../db/database';
import { type Change, changeLayer, configurationOf, everyAreaConfiguration } from '../store/configuration';

class PreviewOnly extends Error {
  constructor(readonly preview: ConfigurationPreview) {
    super('preview only');
  }
}

export type PreviewedChange =
  | { ok: true; applied: boolean; preview: ConfigurationPreview; version?: number }
  | Extract<EditResult, { ok: false }>;

/**
 * Runs a change through `changeLayer` (its lock, checks, change log, audit entry and version bump)
 * and compares every affected area's configuration before and after inside the same transaction.
 * A preview then rolls the transaction back: what the administrator sees is computed from exactly
 * the change she would store, and leaves no trace (no version, no audit entry).
 */
export async function changeWithPreview(
  db: Database,
  scopes: readonly ConfigurationScope[],
  change: Change,
  edit: (layer: ConfigurationLayer, visible: AreaConfiguration) => EditResult,
  options: {
    previewOnly: boolean;
    alongside?: (tx: Queryable) => Promise<void>;
    afterwards?: (tx: Queryable, version: number) => Promise<void>;
  },
): Promise<PreviewedChange> {
  let before: Snapshot | undefined;
  let preview: ConfigurationPreview | undefined;
  try {
    const result = await changeLayer(
      db,
      scopes,
      change,
      edit,
      async (tx) => {
        await options.alongside?.(tx);
        before = await snapshot(tx, scopes);
      },
      async (tx, version) => {
        if (before === undefined) throw new Error('no snapshot before the change');
        preview = await previewOf(tx, scopes, before);
        if (options.previewOnly) throw new PreviewOnly(preview);
        await options.afterwards?.(tx, version);
      },
    );
    if (!result.ok) return result;
    if (preview === undefined) throw new Error('change without preview');
    return { ok: true, applied: true, preview, version: result.version };
  } catch (error) {
    if (error instanceof PreviewOnly) return { ok: true, applied: false, preview: error.preview };
    throw error;
  }
}

interface Snapshot {
  scope: AreaConfiguration;
  areas: Map<string, AreaConfiguration>;
}

async function snapshot(tx: Queryable, scopes: readonly ConfigurationScope[]): Promise<Snapshot> {
  return {
    scope: (await configurationOf(tx, scopes)).configuration,
    areas: await everyAreaConfiguration(tx),
  };
}

async function previewOf(
  tx: Queryable,
  scopes: readonly ConfigurationScope[],
  before: Snapshot,
): Promise<ConfigurationPreview> {
  const after = await snapshot(tx, scopes);
  const target = scopes.at(-1);
  const reached = [...after.areas.keys()].filter((areaId) => {
    if (target?.kind === 'area' && target.areaId !== areaId) return false;
    const was = before.areas.get(areaId);
    const is = after.areas.get(areaId);
    return was !== undefined && is !== undefined && !isEmptyDiff(configurationDiff(was, is));
  });
  const { rows } = await tx.query<{ n: number }>(
    'select count(*)::int as n from devices where revoked_at is null and area_id = any($1::text[])',
    [reached],
  );
  return {
    diff: configurationDiff(before.scope, after.scope),
    areas: reached.length,
    devices: Number(rows[0]?.n ?? 0),
  };
}
