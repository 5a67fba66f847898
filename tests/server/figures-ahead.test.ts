import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FiguresAhead } from '../../src/server/aggregates/figures-ahead';
import {
  inThreadEngine,
  reportForScope,
  type SuppressionEngine,
} from '../../src/server/aggregates/scope-report';
import type { Database } from '../../src/server/db/database';
import { createArea } from '../../src/server/store/areas';
import { storeSummaries } from '../../src/server/store/summaries';
import { databaseTargets, type TestStorage } from './support/databases';
import { migrated, summary } from './support/fixtures';

/**
 * A year's figures are suppressed jointly over every area, so a summary anywhere makes the next
 * read of any area recompute. Computed ahead once summaries stop arriving, the reader finds them
 * ready; a reader who asks about a newer state still gets the newer figures.
 */
const targets = await databaseTargets();
const K = 3;
const YEAR = 2026;

/** The in-thread engine, counting how often it suppresses a year. */
function countingEngine(): SuppressionEngine & { computations: () => number } {
  const engine = inThreadEngine();
  let computations = 0;
  return {
    ...engine,
    suppress: (task) => {
      computations += 1;
      return engine.suppress(task);
    },
    computations: () => computations,
  };
}

const conversations = (areaId: string, count: number) =>
  Array.from({ length: count }, () => summary({ areaId, period: { year: YEAR, quarter: 2 } }));

for (const target of targets) {
  describe.skipIf(!target.available)(`figures computed ahead of the readers (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createArea(db, { id: 'driemond', name: 'Driemond' });
      await createArea(db, { id: 'gaasperdam', name: 'Gaasperdam' });
    });
    afterAll(async () => {
      await storage?.dispose();
    });

    it('computes a burst of uploads once, and every area and the organisation read it from there', async () => {
      const engine = countingEngine();
      const ahead = new FiguresAhead(db, K, engine, 60_000);
      for (const areaId of ['driemond', 'gaasperdam', 'driemond']) {
        await storeSummaries(db, areaId, conversations(areaId, 10));
        ahead.summariesArrived([YEAR]);
      }
      // Nothing yet: the uploads have not stopped for long enough.
      expect(engine.computations()).toBe(0);
      await ahead.settled();
      expect(engine.computations()).toBe(1);

      const area = await reportForScope(
        db,
        { kind: 'area', areaId: 'gaasperdam' },
        { year: YEAR },
        K,
        engine,
      );
      const whole = await reportForScope(db, { kind: 'organisation' }, { year: YEAR }, K, engine);
      expect(area?.conversations).toBe(10);
      expect(whole?.conversations).toBe(30);
      expect(engine.computations()).toBe(1);
      ahead.close();
    });

    it('never serves what it prepared once a newer summary is stored', async () => {
      const engine = countingEngine();
      const ahead = new FiguresAhead(db, K, engine, 0);
      ahead.summariesArrived([YEAR]);
      await ahead.settled();
      const before = await reportForScope(db, { kind: 'organisation' }, { year: YEAR }, K, engine);

      await storeSummaries(db, 'driemond', conversations('driemond', 1));
      const after = await reportForScope(db, { kind: 'organisation' }, { year: YEAR }, K, engine);
      expect(after?.conversations).toBe((before?.conversations as number) + 1);
      expect(engine.computations()).toBe(2);
      ahead.close();
    });

    it('prepares nothing after it is closed, so a stopping server starts no new work', async () => {
      const engine = countingEngine();
      const ahead = new FiguresAhead(db, K, engine, 0);
      ahead.close();
      ahead.summariesArrived([YEAR]);
      await ahead.settled();
      expect(engine.computations()).toBe(0);
    });
  });
}
