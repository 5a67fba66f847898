import { areaNode, groupNode, ORGANISATION } from '../../domain/hierarchy-suppression';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { Queryable } from '../db/database';
import { loadScopeQuotes, loadYearCounters, type YearState, yearState } from '../store/aggregates';
import { everyAreaConfiguration } from '../store/configuration';
import { DIMENSIONS } from './cells';
import { AreaYear, type CounterRow, relisted } from './cube';
import { BudgetExceededError, SuppressionCache } from './cube-cache';
import { QUOTES_PER_REPORT, renderReport } from './report';
import {
  nodeCounters,
  type ScopeArea,
  type ScopeSuppression,
  type ScopeTask,
  suppressScope,
} from './scope-suppression';
import type { SuppressionPool } from './suppression-pool';

/**
 * City scale: the report of one area, of a group of areas (a stadsdeel) or of the whole
 * organisation, each figure summed over the scope's areas and suppressed on the sums. All reports
 * of a year are suppressed together (scope-suppression.ts), so none can be subtracted from
 * another to give back a hidden figure, and an area's report is one of them.
 */
export type Scope =
  | { kind: 'area'; areaId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'organisation' };

export interface ReportPeriod {
  year: number;
  quarter?: number;
}

/** Where suppression runs and what it may cost: in a worker pool for the server. */
export interface SuppressionEngine {
  suppress(task: ScopeTask): Promise<ScopeSuppression>;
  readonly cache: SuppressionCache<YearSuppression>;
  /** How long a request waits for a computation before it is answered "busy". */
  readonly budgetMs: number;
  readonly counters: CountersByVersion;
}

/**
 * Each area's counters of a year as last read, with the change counter they belong to. After a
 * summary arrives only its area's counters are read again: at city scale the year's counters of
 * every area are tens of thousands of rows, and reading them all took longer than the summing.
 * A change counter only ever goes up and names one state of the counters, so a kept list is the
 * one the database would give for that counter.
 */
export class CountersByVersion {
  private readonly entries = new Map<string, { version: number; rows: readonly CounterRow[] }>();

  rows(year: number, areaId: string, version: number): readonly CounterRow[] | undefined {
    const entry = this.entries.get(`${year}/${areaId}`);
    return entry?.version === version ? entry.rows : undefined;
  }

  keep(year: number, areaId: string, version: number, rows: readonly CounterRow[]): void {
    this.entries.set(`${year}/${areaId}`, { version, rows });
  }
}

export function pooledEngine(pool: SuppressionPool, budgetMs: number): SuppressionEngine {
  return {
    suppress: (task) => pool.run(task) as Promise<ScopeSuppression>,
    cache: new SuppressionCache(),
    budgetMs,
    counters: new CountersByVersion(),
  };
}

/** On the calling thread: for scripts and tests that have no pool. */
export function inThreadEngine(budgetMs = 600_000): SuppressionEngine {
  return {
    suppress: async (task) => suppressScope(task),
    cache: new SuppressionCache(),
    budgetMs,
    counters: new CountersByVersion(),
  };
}

export interface YearSuppression {
  /** The threshold in force: the highest of the requested one and every area's configured one. */
  k: number;
  areas: readonly ScopeArea[];
  hidden: ScopeSuppression;
  /** Built on first use, per node. */
  cubes: Map<string, AreaYear>;
  nodeRows?: Map<string, CounterRow[]>;
}

/** The report of `scope`, or undefined when the scope has no areas. */
export async function reportForScope(
  db: Queryable,
  scope: Scope,
  period: ReportPeriod,
  k: number,
  engine: SuppressionEngine = inThreadEngine(),
): Promise<AggregatesReport | undefined> {
  // Never an area on its own: an area suppressed alone shows cells the joint computation hides
  // to protect another scope (a sibling's complement), and a group total minus those gives back
  // the hidden cell. One computation per organisation-year serves every scope (the cache key is
  // every area's change counter), so all readers see the same cells.
  const state = await yearState(db, period.year);
  const areaIds = areasOf(scope, state);
  if (areaIds.length === 0) return undefined;
  const year = await suppressedYear(db, period.year, k, state, engine, engine.budgetMs);
  const node = nodeOf(scope);
  const cube = cubeOf(year, node);
  const quarters = period.quarter === undefined ? [1, 2, 3, 4] : [period.quarter];
  // A quote is released from an area-quarter that on its own holds at least k conversations.
  const releasable = year.areas
    .filter((area) => areaIds.includes(area.areaId))
    .flatMap((area) =>
      quarters
        .filter((quarter) => conversationsIn(area.rows, quarter) >= year.k)
        .map((quarter) => ({ areaId: area.areaId, quarter })),
    );
  const quotes = await loadScopeQuotes(db, period.year, releasable, QUOTES_PER_REPORT);
  return renderReport(
    cube,
    {
      areaId: scope.kind === 'area' ? scope.areaId : node,
      year: period.year,
      k: year.k,
      ...(period.quarter === undefined ? {} : { quarter: period.quarter }),
    },
    { ...quotes, released: releasable.length > 0 },
  );
}

/**
 * The joint suppression of a year as it stands now, computed ahead of any reader: what a reader
 * asks next is then served from the cache. Waits as long as the computation takes.
 */
export async function prepareYear(
  db: Queryable,
  year: number,
  k: number,
  engine: SuppressionEngine,
): Promise<void> {
  const state = await yearState(db, year);
  if (state.areas.length === 0) return;
  await suppressedYear(db, year, k, state, engine, Number.POSITIVE_INFINITY);
}

function suppressedYear(
  db: Queryable,
  year: number,
  k: number,
  state: YearState,
  engine: SuppressionEngine,
  budgetMs: number,
): Promise<YearSuppression> {
  const key = JSON.stringify([year, k, state]);
  return engine.cache.get(key, () => suppressYear(db, year, k, state, engine), budgetMs);
}

async function suppressYear(
  db: Queryable,
  year: number,
  requestedK: number,
  state: YearState,
  engine: SuppressionEngine,
): Promise<YearSuppression> {
  // The worker reuses an area's table by its change counter, so the counters read must be those of
  // the counter used. A change commits both together: when the state is the same after the read
  // as before it, the counters read belong to it. Only areas whose counter moved are read.
  let configurations: Awaited<ReturnType<typeof everyAreaConfiguration>>;
  for (let attempt = 0; ; attempt++) {
    const stale = state.areas.filter(
      (area) => engine.counters.rows(year, area.areaId, area.version) === undefined,
    );
    const [read, counters] = await Promise.all([
      everyAreaConfiguration(db),
      loadYearCounters(
        db,
        year,
        stale.map((area) => area.areaId),
      ),
    ]);
    const after = await yearState(db, year);
    if (JSON.stringify(after) === JSON.stringify(state)) {
      configurations = read;
      const rowsByArea = new Map<string, CounterRow[]>(stale.map((area) => [area.areaId, []]));
      for (const { areaId, ...row } of counters) rowsByArea.get(areaId)?.push(row);
      for (const area of stale) {
        engine.counters.keep(year, area.areaId, area.version, rowsByArea.get(area.areaId) ?? []);
      }
      break;
    }
    // Summaries are arriving: compute for the newer state instead (a newer answer is never wrong).
    if (attempt >= 3) throw new BudgetExceededError(0);
    state = after;
  }
  let k = requestedK;
  const areas: ScopeArea[] = state.areas.map(({ areaId, groupId, version }) => {
    const configuration = configurations.get(areaId);
    if (configuration !== undefined) k = Math.max(k, configuration.suppressionK);
    return {
      areaId,
      groupId,
      revision: `${year}/${version}/${state.configuration}`,
      rows: engine.counters.rows(year, areaId, version) ?? [],
      ...(configuration === undefined
        ? {}
        : {
            known: {
              themes: configuration.codebook.themes.map((theme) => theme.id),
              guides: [...new Set(configuration.guides.map((guide) => guide.id))],
            },
          }),
    };
  });
  const hidden = await engine.suppress({ kind: 'scope', k, areas });
  return { k, areas, hidden, cubes: new Map() };
}

function cubeOf(year: YearSuppression, node: string): AreaYear {
  let cube = year.cubes.get(node);
  if (cube === undefined) {
    const area = year.areas.find((candidate) => areaNode(candidate.areaId) === node);
    let rows: readonly CounterRow[] | undefined;
    // An area's own counters need no summing over the others.
    if (area !== undefined) rows = area.known === undefined ? area.rows : relisted(area.rows, area.known);
    else {
      year.nodeRows ??= nodeCounters(year.areas);
      rows = year.nodeRows.get(node);
    }
    cube = AreaYear.withHidden(rows ?? [], year.hidden[node] ?? []);
    year.cubes.set(node, cube);
  }
  return cube;
}

function areasOf(scope: Scope, state: YearState): string[] {
  const areas = state.areas.filter(
    (area) =>
      scope.kind === 'organisation' ||
      (scope.kind === 'group' ? area.groupId === scope.groupId : area.areaId === scope.areaId),
  );
  return areas.map((area) => area.areaId);
}

function nodeOf(scope: Scope): string {
  if (scope.kind === 'area') return areaNode(scope.areaId);
  return scope.kind === 'group' ? groupNode(scope.groupId) : ORGANISATION;
}

function conversationsIn(rows: readonly CounterRow[], quarter: number): number {
  return rows
    .filter((row) => row.quarter === quarter && row.dimension === DIMENSIONS.conversations)
    .reduce((sum, row) => sum + row.conversations, 0);
}
