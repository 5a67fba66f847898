import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Figure, isSuppressed } from '../../src/domain/suppression';
import { VALUE_IDS } from '../../src/domain/values';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import { inThreadEngine, reportForScope, type Scope } from '../../src/server/aggregates/scope-report';
import type { Database } from '../../src/server/db/database';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { createArea } from '../../src/server/store/areas';
import { storeSummaries } from '../../src/server/store/summaries';
import { LinearAttacker, type LinearForm } from '../unit/domain/support/linear-attacker';
import { databaseTargets, type TestStorage } from './support/databases';
import { migrated, noValues, summary } from './support/fixtures';

/**
 * City scale: the same report for one area, a stadsdeel (a group of areas) and the whole
 * organisation, summed over its areas and suppressed on the sums, so that no report can be
 * subtracted from the others to give back a figure one of them hides.
 */
const targets = await databaseTargets();
const K = 5;
const YEAR = 2026;

// Zuidoost holds three gebieden, one of them small; Centrum belongs to no group.
const AREAS = [
  { id: 'driemond', group: 'zuidoost', conversations: 2 },
  { id: 'gaasperdam', group: 'zuidoost', conversations: 40 },
  { id: 'bijlmer', group: 'zuidoost', conversations: 30 },
  { id: 'centrum', group: null, conversations: 50 },
] as const;

const SCOPES: [string, Scope][] = [
  ['organisation', { kind: 'organisation' }],
  ['group:zuidoost', { kind: 'group', groupId: 'zuidoost' }],
  ...AREAS.map((area): [string, Scope] => [`area:${area.id}`, { kind: 'area', areaId: area.id }]),
];

/** Parent = Σ children, as a reader who sees every scope's report knows. */
const SUMS: [string, string[]][] = [
  ['organisation', ['group:zuidoost', 'area:centrum']],
  ['group:zuidoost', ['area:driemond', 'area:gaasperdam', 'area:bijlmer']],
];

/** Every figure a report shows, by name, the same names in every scope. */
function figuresOf(report: AggregatesReport): Map<string, Figure> {
  return new Map<string, Figure>([
    ['conversations', report.conversations],
    ...VALUE_IDS.flatMap((v): [string, Figure][] => [
      [`${v} experienced`, report.values[v].experienced],
      [`${v} missing`, report.values[v].missing],
    ]),
    ...report.coverage.residentProfiles.map((p): [string, Figure] => [
      `profile ${p.residentProfile}`,
      p.conversations,
    ]),
  ]);
}

for (const target of targets) {
  describe.skipIf(!target.available)(
    `reports for an area, a group and the organisation (${target.kind})`,
    () => {
      let storage: TestStorage;
      let db: Database;

      beforeAll(async () => {
        storage = await target.createStorage();
        db = await migrated(await storage.open());
        await createAreaGroup(db, { id: 'zuidoost', name: 'Zuidoost' });
        for (const area of AREAS) {
          await createArea(db, { id: area.id, name: area.id });
          if (area.group !== null) await setAreaGroup(db, area.id, area.group);
          await storeSummaries(
            db,
            area.id,
            Array.from({ length: area.conversations }, (_, i) =>
              summary({
                areaId: area.id,
                period: { year: YEAR, quarter: (1 + (i % 2)) as 1 | 2 },
                residentProfile: i % 3 === 0 ? 'mantelzorger' : 'oudere',
                values: { ...noValues(), autonomie: { experienced: i % 2, missing: i % 4 === 0 ? 1 : 0 } },
              }),
            ),
          );
        }
      });
      afterAll(async () => {
        await storage?.dispose();
      });

      const reports = async (engine = inThreadEngine()) => {
        const out = new Map<string, AggregatesReport>();
        for (const [name, scope] of SCOPES) {
          const report = await reportForScope(db, scope, { year: YEAR }, K, engine);
          if (report === undefined) throw new Error(`no report for ${name}`);
          out.set(name, report);
        }
        return out;
      };

      it('sums a group and the organisation over their areas', async () => {
        const all = await reports();
        expect(all.get('organisation')?.conversations).toBe(122);
        expect(all.get('group:zuidoost')?.conversations).toBe(72);
        expect(all.get('area:centrum')?.conversations).toBe(50);
        expect(isSuppressed(all.get('area:driemond')?.conversations ?? 0)).toBe(true);
      });

      it('hides what a stadsdeel total minus its other gebieden would give back', async () => {
        const all = await reports();
        const names = [...figuresOf(all.get('organisation') as AggregatesReport).keys()];
        for (const figure of names) {
          const shown = new Map(
            [...all].map(([scope, report]) => [scope, figuresOf(report).get(figure) as Figure] as const),
          );
          const forms: LinearForm[] = [];
          for (const [scope, value] of shown) if (!isSuppressed(value)) forms.push(new Map([[scope, 1n]]));
          for (const [whole, parts] of SUMS) {
            forms.push(new Map([[whole, 1n], ...parts.map((part): [string, bigint] => [part, -1n])]));
          }
          const attacker = new LinearAttacker(forms);
          for (const [scope, value] of shown) {
            if (isSuppressed(value)) {
              expect(attacker.determines(new Map([[scope, 1n]])), `${figure} of ${scope}`).toBe(false);
            } else {
              expect(value, `${figure} of ${scope}`).toBeGreaterThanOrEqual(K);
            }
          }
        }
      });

      it('has no report for a group without areas or an unknown area', async () => {
        await createAreaGroup(db, { id: 'leeg', name: 'Leeg' });
        expect(
          await reportForScope(db, { kind: 'group', groupId: 'leeg' }, { year: YEAR }, K),
        ).toBeUndefined();
        expect(
          await reportForScope(db, { kind: 'area', areaId: 'nergens' }, { year: YEAR }, K),
        ).toBeUndefined();
      });

      it('computes again once a summary for the year arrives, through whatever process stored it', async () => {
        const engine = inThreadEngine();
        const before = await reportForScope(
          db,
          { kind: 'area', areaId: 'centrum' },
          { year: YEAR },
          K,
          engine,
        );
        expect(before?.conversations).toBe(50);
        expect(engine.cache.size).toBe(1);
        // As another server process would: straight into the database, past this engine's cache.
        await storeSummaries(db, 'centrum', [
          summary({ areaId: 'centrum', period: { year: YEAR, quarter: 3 } }),
        ]);
        const after = await reportForScope(
          db,
          { kind: 'area', areaId: 'centrum' },
          { year: YEAR },
          K,
          engine,
        );
        expect(after?.conversations).toBe(51);
        expect(engine.cache.size).toBe(2);
      });
    },
  );
}
