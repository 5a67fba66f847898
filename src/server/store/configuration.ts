import { builtInOrganisationLayer } from '../../domain/configuration/built-in';
import type { EditResult } from '../../domain/configuration/edits';
import {
  type ConfigurationLayer,
  type ConfigurationScope,
  emptyLayer,
  scopeKey,
} from '../../domain/configuration/layer';
import { type AreaConfiguration, mergeConfiguration } from '../../domain/configuration/merge';
import { type RetentionPolicy, retentionPolicy } from '../../domain/configuration/retention';
import { parseConfigurationLayer } from '../../domain/wire/configuration';
import { type AuditActor, flatDetail, recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';

/**
 * The configuration layers as stored: one row per scope that was ever changed, plus a change log.
 * A missing organisation row means the built-in starting set.
 */
export interface ScopedConfiguration {
  /** The highest change id among the layers merged; 0 while everything is built in. */
  version: number;
  configuration: AreaConfiguration;
}

type LayerRow = {
  scope: string;
  layer: unknown;
  version: number;
};

// Keys of the (int, int) advisory lock space: 16967 the migrator, 16968 summary ids, 16969 layers.
const LOCK_SCOPE = 'select pg_advisory_xact_lock(16969, hashtext($1))';

/** The scopes an area inherits from, top down; undefined for an unknown area. */
export async function scopesOfArea(db: Queryable, areaId: string): Promise<ConfigurationScope[] | undefined> {
  const { rows } = await db.query<{ group_id: string | null }>('select group_id from areas where id = $1', [
    areaId,
  ]);
  const row = rows[0];
  return row === undefined ? undefined : scopesOf(areaId, row.group_id);
}

function scopesOf(areaId: string, groupId: string | null): ConfigurationScope[] {
  return [
    { kind: 'organisation' },
    ...(groupId === null ? [] : [{ kind: 'group' as const, groupId }]),
    { kind: 'area', areaId },
  ];
}

/** The merged configuration of `scopes` (organisation first), as one read. */
export async function configurationOf(
  db: Queryable,
  scopes: readonly ConfigurationScope[],
): Promise<ScopedConfiguration> {
  const { layers, version } = await storedLayers(db, scopes);
  const [organisation = builtInOrganisationLayer(), ...lower] = layers;
  return { version, configuration: mergeConfiguration(organisation, ...lower) };
}

export async function areaConfiguration(
  db: Queryable,
  areaId: string,
): Promise<ScopedConfiguration | undefined> {
  const scopes = await scopesOfArea(db, areaId);
  return scopes === undefined ? undefined : configurationOf(db, scopes);
}

/**
 * Merged configurations by what they were merged from: the area's group and the version of each
 * layer. A layer's version is the id of the change that wrote it, so the same key always merges to
 * the same configuration, and ingest finds it with one small read instead of reading, checking and
 * merging every layer for every batch. One per server (its database); a change is seen at once,
 * because the key is read from the database each time.
 */
export class MergedConfigurations {
  private readonly entries = new Map<string, ScopedConfiguration>();

  constructor(private readonly maxEntries = 500) {}

  async ofArea(db: Queryable, areaId: string): Promise<ScopedConfiguration | undefined> {
    const { rows } = await db.query<{ group_id: string | null; versions: [string, number][] }>(
      `select a.group_id,
              coalesce((select json_agg(json_build_array(l.scope, l.version) order by l.scope)
                          from configuration_layers l
                         where l.scope in ('organisation', 'group:' || a.group_id, 'area:' || a.id)),
                       '[]'::json) as versions
         from areas a where a.id = $1`,
      [areaId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    const known = this.entries.get(keyOf(row.group_id, row.versions));
    if (known !== undefined) return known;
    const scopes = scopesOf(areaId, row.group_id);
    const { layers, versions } = await storedLayers(db, scopes);
    const [organisation = builtInOrganisationLayer(), ...lower] = layers;
    const found = {
      version: Math.max(0, ...versions.map(([, version]) => version)),
      configuration: mergeConfiguration(organisation, ...lower),
    };
    // Keyed by the versions actually read: a change made in between is never filed under an older key.
    this.entries.set(keyOf(row.group_id, versions), found);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return found;
  }
}

function keyOf(groupId: string | null, versions: readonly (readonly [string, number])[]): string {
  return JSON.stringify([groupId, versions.map(([scope, version]) => [scope, Number(version)])]);
}

export interface Change {
  actor: string;
  action: string;
  /** What was asked for, in ids and numbers: kept in the change log as it was given. */
  detail: Record<string, unknown>;
  /** Who, for the audit trail; an admin command (`actor` as its name) when not given. */
  by?: AuditActor;
}

/**
 * Applies one administrator's change to the layer of `scopes.at(-1)`, checked against what is
 * visible there, and records it. Changes to one layer take turns (an advisory lock per scope).
 */
export function changeLayer(
  db: Database,
  scopes: readonly ConfigurationScope[],
  change: Change,
  edit: (layer: ConfigurationLayer, visible: AreaConfiguration) => EditResult,
  /** Runs first in the same transaction, e.g. moving the area to another group. */
  alongside?: (tx: Queryable) => Promise<void>,
  /** Runs last in the same transaction once the change is stored, e.g. deciding a proposal. */
  afterwards?: (tx: Queryable, version: number) => Promise<void>,
): Promise<EditResult & { version?: number }> {
  const target = scopes.at(-1);
  if (target === undefined) throw new RangeError('no scope to change');
  const key = scopeKey(target);
  return db.transaction(async (tx) => {
    await tx.query(LOCK_SCOPE, [key]);
    await alongside?.(tx);
    const { rows } = await tx.query<LayerRow>(
      'select scope, layer, version from configuration_layers where scope = $1',
      [key],
    );
    const current =
      layerOf(key, rows[0]) ?? (target.kind === 'organisation' ? builtInOrganisationLayer() : emptyLayer());
    const { layers: above } = await storedLayers(tx, scopes.slice(0, -1));
    const [organisation, ...lower] = [...above, current];
    const visible = mergeConfiguration(organisation ?? current, ...lower);
    const result = edit(current, visible);
    if (!result.ok) return result;
    if (parseConfigurationLayer(result.layer) === undefined) {
      throw new Error(`the changed ${key} layer does not fit its schema`);
    }
    const { rows: logged } = await tx.query<{ id: number }>(
      `insert into configuration_changes (scope, actor, action, detail) values ($1, $2, $3, $4::jsonb)
       returning id`,
      [key, change.actor, change.action, JSON.stringify(change.detail)],
    );
    const version = logged[0]?.id ?? 0;
    await recordAudit(tx, {
      actor: change.by ?? { kind: 'cli', label: change.actor },
      action: 'configuration.change',
      areaId: target.kind === 'area' ? target.areaId : undefined,
      detail: { ...flatDetail(change.detail), scope: key, change: change.action, version },
    });
    await tx.query(
      `insert into configuration_layers (scope, layer, version) values ($1, $2::jsonb, $3)
       on conflict (scope) do update set layer = excluded.layer, version = excluded.version, updated_at = now()`,
      [key, JSON.stringify(result.layer), version],
    );
    await afterwards?.(tx, version);
    return { ...result, version };
  });
}

/** Every theme id any layer names, built-in ones included: an id is never given two meanings. */
export async function allThemeIds(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<LayerRow>('select scope, layer, version from configuration_layers');
  const ids = new Set(builtInOrganisationLayer().themes.map((theme) => theme.id));
  for (const row of rows) {
    for (const theme of layerOf(row.scope, row)?.themes ?? []) ids.add(theme.id);
  }
  return ids;
}

export interface ChangeRecord extends Change {
  id: number;
  scope: string;
  changedAt: Date;
}

export async function listChanges(db: Queryable, limit: number): Promise<ChangeRecord[]> {
  const { rows } = await db.query<{
    id: number;
    scope: string;
    actor: string;
    action: string;
    detail: Record<string, unknown>;
    changed_at: Date;
  }>(
    'select id, scope, actor, action, detail, changed_at from configuration_changes order by id desc limit $1',
    [limit],
  );
  return rows.map((row) => ({ ...row, changedAt: row.changed_at }));
}

/** The organisation's retention policy and each area's (its layers merged), read at once. */
export async function retentionPolicies(db: Queryable): Promise<{
  organisation: RetentionPolicy;
  /** A group's (its layer on the organisation's), for the console; any group id, with areas or not. */
  group: (groupId: string) => RetentionPolicy;
  areas: Map<string, RetentionPolicy>;
}> {
  const { rows } = await db.query<LayerRow>('select scope, layer, version from configuration_layers');
  const byScope = new Map(rows.map((row) => [row.scope, row]));
  const layer = (key: string) => layerOf(key, byScope.get(key)) ?? emptyLayer();
  const organisation = layerOf('organisation', byScope.get('organisation')) ?? builtInOrganisationLayer();
  const { rows: areas } = await db.query<{ id: string; group_id: string | null }>(
    'select id, group_id from areas order by id',
  );
  const policies = new Map<string, RetentionPolicy>();
  for (const area of areas) {
    const group = area.group_id === null ? [] : [layer(scopeKey({ kind: 'group', groupId: area.group_id }))];
    policies.set(
      area.id,
      retentionPolicy(organisation, ...group, layer(scopeKey({ kind: 'area', areaId: area.id }))),
    );
  }
  return {
    organisation: retentionPolicy(organisation),
    group: (groupId) => retentionPolicy(organisation, layer(scopeKey({ kind: 'group', groupId }))),
    areas: policies,
  };
}

/** The layers of `scopes` in that order (built in or empty where never changed), and their version. */
async function storedLayers(
  db: Queryable,
  scopes: readonly ConfigurationScope[],
): Promise<{ layers: ConfigurationLayer[]; version: number; versions: [string, number][] }> {
  if (scopes.length === 0) return { layers: [], version: 0, versions: [] };
  const keys = scopes.map(scopeKey);
  const { rows } = await db.query<LayerRow>(
    'select scope, layer, version from configuration_layers where scope = any($1::text[])',
    [keys],
  );
  const byScope = new Map(rows.map((row) => [row.scope, row]));
  return {
    layers: keys.map(
      (key) =>
        layerOf(key, byScope.get(key)) ??
        (key === 'organisation' ? builtInOrganisationLayer() : emptyLayer()),
    ),
    version: Math.max(0, ...rows.map((row) => row.version)),
    versions: rows
      .map((row): [string, number] => [row.scope, Number(row.version)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

function layerOf(key: string, row: LayerRow | undefined): ConfigurationLayer | undefined {
  if (row === undefined) return undefined;
  const layer = parseConfigurationLayer(row.layer);
  // Written only through changeLayer, which checks the schema: anything else is a broken database.
  if (layer === undefined) throw new Error(`the stored ${key} layer does not fit its schema`);
  return layer;
}

/**
 * Every area's merged configuration, from one read of all layers: for reports over many areas,
 * where one query per area would be 50 round trips.
 */
export async function everyAreaConfiguration(db: Queryable): Promise<Map<string, AreaConfiguration>> {
  const [{ rows: areas }, { rows: stored }] = await Promise.all([
    db.query<{ id: string; group_id: string | null }>('select id, group_id from areas order by id'),
    db.query<LayerRow>('select scope, layer, version from configuration_layers'),
  ]);
  const byScope = new Map(stored.map((row) => [row.scope, row]));
  const layer = (scope: ConfigurationScope) => layerOf(scopeKey(scope), byScope.get(scopeKey(scope)));
  const organisation = layer({ kind: 'organisation' }) ?? builtInOrganisationLayer();
  return new Map(
    areas.map((area) => {
      const group = area.group_id === null ? undefined : layer({ kind: 'group', groupId: area.group_id });
      const own = layer({ kind: 'area', areaId: area.id });
      const lower = [group ?? emptyLayer(), own ?? emptyLayer()];
      return [area.id, mergeConfiguration(organisation, ...lower)];
    }),
  );
}
