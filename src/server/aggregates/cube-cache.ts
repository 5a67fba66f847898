import { createHash } from 'node:crypto';
import { AreaYear, type CounterRow } from './cube';

/**
 * Suppressed area-years, kept per process. The key is the area, year, k and a digest of the
 * counters themselves, so a summary arriving for that area-year (through any process) changes the
 * counters and with them the key: a cached answer can never be stale, and no ingest path has to
 * remember to invalidate anything. Reading the counters stays one indexed query; what the cache
 * saves is the suppression, whose cost grows with the number of distinct ids in the year.
 */
const MAX_ENTRIES = 500;

export class AreaYearCache {
  private readonly entries = new Map<string, AreaYear>();

  cube(areaId: string, year: number, rows: readonly CounterRow[], k: number): AreaYear {
    const key = cacheKey(areaId, year, rows, k);
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Most recently used last, so the oldest entry is the first one to go.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const cube = AreaYear.fromCounters(rows, k);
    this.entries.set(key, cube);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(oldest);
    }
    return cube;
  }

  get size(): number {
    return this.entries.size;
  }
}

function cacheKey(areaId: string, year: number, rows: readonly CounterRow[], k: number): string {
  // In one order whatever order the database returned them in.
  const lines = rows.map(
    (row) => `${row.quarter}\u0000${row.dimension}\u0000${row.key}\u0000${row.conversations}`,
  );
  lines.sort();
  const digest = createHash('sha256').update(lines.join('\n')).digest('base64url');
  return `${areaId}\u0000${year}\u0000${k}\u0000${digest}`;
}
