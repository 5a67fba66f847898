import { CONVERSATION_PROFILES } from '../../domain/conversation';
import {
  type CountTable,
  type Figure,
  figureOf,
  type ImpliedCount,
  type SumRelation,
  suppressCells,
} from '../../domain/suppression';
import { VALUE_IDS } from '../../domain/values';
import { DIMENSIONS, type Dimension, pairKey } from './cells';

/**
 * One area-year of counters as the table suppression works on: the four quarters and the year,
 * every figure of each, and what a reader knows about how they hang together:
 *
 * - the year is the sum of its quarters, figure by figure;
 * - in each period the conversations split by guide, and by resident profile;
 * - a count next to its total implies the rest ("conversations without this theme"), and a
 *   theme × value count implies the three other cells of its 2 × 2 table (theme yes/no × value
 *   yes/no) from the theme, value and conversation counts.
 *
 * Suppression is decided once for the whole year, so the year and each quarter always agree
 * with each other: no figure hidden in one view can be worked out from another.
 */
export interface CounterRow {
  quarter: number;
  dimension: string;
  key: string;
  conversations: number;
}

export const PERIODS = ['q1', 'q2', 'q3', 'q4', 'year'] as const;
export type PeriodKey = (typeof PERIODS)[number];
const QUARTER_KEYS = ['q1', 'q2', 'q3', 'q4'] as const;

export function periodKey(quarter: number | undefined): PeriodKey {
  return quarter === undefined ? 'year' : (QUARTER_KEYS[quarter - 1] ?? 'year');
}

export interface Universe {
  /** Themes, obstacle themes and guides that occur in this year; nothing else is listed. */
  themes: string[];
  obstacles: string[];
  guides: string[];
}

/**
 * The ids the area's configuration knows (codebook themes, retired ones included, and published
 * guides). Only these are listed: an id nobody configured (old data, a hostile device) counts in
 * the totals but is never shown as a figure of its own, just as a proposal "counts nowhere" until
 * accepted. This also bounds the work of suppression by what administrators configured, not by
 * what devices made up.
 */
export interface KnownIds {
  themes: readonly string[];
  guides: readonly string[];
}

/**
 * Conversations whose guide or profile the configuration does not know: part of the breakdown
 * sums (conversations = Σ guides), so kept in the table, but never published.
 */
const UNLISTED = '~unlisted';

const cellId = (period: PeriodKey, dimension: Dimension, key: string) => `${period}|${dimension}|${key}`;

export class AreaYear {
  private constructor(
    readonly table: CountTable,
    readonly hidden: ReadonlySet<string>,
    readonly universe: Universe,
  ) {}

  static fromCounters(rows: readonly CounterRow[], k: number, known?: KnownIds): AreaYear {
    const { table, universe, unlisted } = tableOf(rows, known);
    return new AreaYear(table, suppressCells(table, k, unlisted), universe);
  }

  /** The same cube with a suppression decided elsewhere (a worker thread, a whole hierarchy). */
  static withHidden(rows: readonly CounterRow[], hidden: Iterable<string>, known?: KnownIds): AreaYear {
    const { table, universe } = tableOf(rows, known);
    return new AreaYear(table, new Set(hidden), universe);
  }

  figure(period: PeriodKey, dimension: Dimension, key = ''): Figure {
    return figureOf(this.table, this.hidden, cellId(period, dimension, key));
  }

  /** The true number of conversations, for deciding on quotes; never sent as such. */
  conversations(period: PeriodKey): number {
    return this.table.cells.get(cellId(period, DIMENSIONS.conversations, '')) ?? 0;
  }
}

/** The ids `suppressCells` hides for these counters: what a worker thread computes and sends back. */
export function hiddenCellsOf(rows: readonly CounterRow[], k: number, known?: KnownIds): string[] {
  const { table, unlisted } = tableOf(rows, known);
  return [...suppressCells(table, k, unlisted)];
}

/** The table of an area-year (or of a sum of area-years), and its never-published cells. */
export function tableOf(
  rows: readonly CounterRow[],
  known?: KnownIds,
): { table: CountTable; universe: Universe; unlisted: string[] } {
  const listed = known === undefined ? rows : relisted(rows, known);
  const universe = universeOf(listed);
  const table = buildTable(listed, universe);
  const unlisted = PERIODS.flatMap((period) => [
    cellId(period, DIMENSIONS.guide, UNLISTED),
    cellId(period, DIMENSIONS.profile, UNLISTED),
  ]).filter((id) => table.cells.has(id));
  return { table, universe, unlisted };
}

/** Drops figures of unknown ids, and pools unknown guides and profiles where the totals need them. */
export function relisted(rows: readonly CounterRow[], known: KnownIds): CounterRow[] {
  const themes = new Set(known.themes);
  const guides = new Set(known.guides);
  const profiles = new Set<string>(CONVERSATION_PROFILES);
  const themeOf = (key: string) => key.slice(0, key.lastIndexOf('/'));
  const out: CounterRow[] = [];
  for (const row of rows) {
    switch (row.dimension) {
      case DIMENSIONS.theme:
      case DIMENSIONS.obstacle:
        if (themes.has(row.key)) out.push(row);
        break;
      case DIMENSIONS.themeExperienced:
      case DIMENSIONS.themeMissing:
        if (themes.has(themeOf(row.key))) out.push(row);
        break;
      case DIMENSIONS.guide:
        out.push(guides.has(row.key) ? row : { ...row, key: UNLISTED });
        break;
      case DIMENSIONS.profile:
        out.push(profiles.has(row.key) ? row : { ...row, key: UNLISTED });
        break;
      default:
        out.push(row);
    }
  }
  return out;
}

function universeOf(rows: readonly CounterRow[]): Universe {
  const keysOf = (dimension: Dimension) =>
    [
      ...new Set(
        rows.filter((row) => row.dimension === dimension && row.key !== UNLISTED).map((row) => row.key),
      ),
    ].sort();
  return {
    themes: keysOf(DIMENSIONS.theme),
    obstacles: keysOf(DIMENSIONS.obstacle),
    guides: keysOf(DIMENSIONS.guide),
  };
}

/** Every figure shown for a period, as (dimension, key) pairs. */
function figuresOf(universe: Universe): [Dimension, string][] {
  return [
    [DIMENSIONS.conversations, ''],
    ...VALUE_IDS.flatMap((id): [Dimension, string][] => [
      [DIMENSIONS.experienced, id],
      [DIMENSIONS.missing, id],
    ]),
    ...universe.themes.flatMap((theme): [Dimension, string][] => [
      [DIMENSIONS.theme, theme],
      ...VALUE_IDS.flatMap((id): [Dimension, string][] => [
        [DIMENSIONS.themeExperienced, pairKey(theme, id)],
        [DIMENSIONS.themeMissing, pairKey(theme, id)],
      ]),
    ]),
    ...universe.obstacles.map((theme): [Dimension, string] => [DIMENSIONS.obstacle, theme]),
    ...universe.guides.map((guide): [Dimension, string] => [DIMENSIONS.guide, guide]),
    ...CONVERSATION_PROFILES.map((profile): [Dimension, string] => [DIMENSIONS.profile, profile]),
  ];
}

function buildTable(rows: readonly CounterRow[], universe: Universe): CountTable {
  const counted = new Map<string, number>();
  for (const row of rows) {
    const quarter = QUARTER_KEYS[row.quarter - 1];
    if (quarter === undefined) continue;
    const id = cellId(quarter, row.dimension as Dimension, row.key);
    counted.set(id, (counted.get(id) ?? 0) + row.conversations);
  }
  // Pools of unlisted guides or profiles, where there are any: never shown, always in the sums.
  const pools = new Set(
    rows
      .filter((row) => row.key === UNLISTED && row.conversations > 0)
      .map((row) => row.dimension as Dimension),
  );
  const figures: [Dimension, string][] = [
    ...figuresOf(universe),
    ...[...pools].sort().map((dimension): [Dimension, string] => [dimension, UNLISTED]),
  ];
  const cells = new Map<string, number>();
  const sums: SumRelation[] = [];
  for (const [dimension, key] of figures) {
    let year = 0;
    for (const quarter of QUARTER_KEYS) {
      const value = counted.get(cellId(quarter, dimension, key)) ?? 0;
      cells.set(cellId(quarter, dimension, key), value);
      year += value;
    }
    cells.set(cellId('year', dimension, key), year);
    sums.push({
      whole: cellId('year', dimension, key),
      parts: QUARTER_KEYS.map((quarter) => cellId(quarter, dimension, key)),
    });
  }
  const implied: ImpliedCount[] = [];
  const known = new Set<string>();
  for (const period of PERIODS) {
    const id = (dimension: Dimension, key = '') => cellId(period, dimension, key);
    const total = id(DIMENSIONS.conversations);
    const pooled = (dimension: Dimension) => (pools.has(dimension) ? [id(dimension, UNLISTED)] : []);
    sums.push({
      whole: total,
      parts: [...universe.guides.map((guide) => id(DIMENSIONS.guide, guide)), ...pooled(DIMENSIONS.guide)],
    });
    sums.push({
      whole: total,
      parts: [
        ...CONVERSATION_PROFILES.map((profile) => id(DIMENSIONS.profile, profile)),
        ...pooled(DIMENSIONS.profile),
      ],
    });
    const rest = (cell: string): ImpliedCount => ({ plus: [total], minus: [cell], guard: cell });
    for (const valueId of VALUE_IDS) {
      implied.push(rest(id(DIMENSIONS.experienced, valueId)), rest(id(DIMENSIONS.missing, valueId)));
    }
    for (const theme of universe.themes) implied.push(rest(id(DIMENSIONS.theme, theme)));
    for (const theme of universe.obstacles) implied.push(rest(id(DIMENSIONS.obstacle, theme)));
    for (const theme of universe.themes) {
      const themeCell = id(DIMENSIONS.theme, theme);
      for (const valueId of VALUE_IDS) {
        for (const [pair, value] of [
          [DIMENSIONS.themeExperienced, DIMENSIONS.experienced],
          [DIMENSIONS.themeMissing, DIMENSIONS.missing],
        ] as const) {
          const both = id(pair, pairKey(theme, valueId));
          const valueCell = id(value, valueId);
          implied.push(
            { plus: [themeCell], minus: [both], guard: both },
            { plus: [valueCell], minus: [both], guard: both },
            { plus: [total, both], minus: [themeCell, valueCell], guard: both },
          );
        }
      }
    }
    // A period without conversations: every figure is 0 and says so about nobody.
    if (cells.get(total) === 0) {
      for (const [dimension, key] of figures) known.add(id(dimension, key));
    }
  }
  return { cells, sums, implied, known };
}
