import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaNode,
  groupNode,
  ORGANISATION,
  organisationHierarchy,
  suppressOverHierarchy,
} from '../../../src/domain/hierarchy-suppression';
import { LinearAttacker, type LinearForm } from './support/linear-attacker';

interface Organisation {
  areas: { areaId: string; groupId: string | null; count: number; hiddenByOwnReport: boolean }[];
}

/** Counts of every node: areas as given, groups and the organisation summed over their areas. */
function countsOf(org: Organisation): Map<string, number> {
  const counts = new Map<string, number>([[ORGANISATION, 0]]);
  const add = (node: string, n: number) => counts.set(node, (counts.get(node) ?? 0) + n);
  for (const area of org.areas) {
    add(areaNode(area.areaId), area.count);
    if (area.groupId !== null) add(groupNode(area.groupId), area.count);
    add(ORGANISATION, area.count);
  }
  return counts;
}

function publish(org: Organisation, k: number) {
  const { hierarchy } = organisationHierarchy(org.areas);
  const counts = countsOf(org);
  const own = org.areas.filter((a) => a.hiddenByOwnReport || a.count < k).map((a) => areaNode(a.areaId));
  const hidden = suppressOverHierarchy(hierarchy, counts, k, own);
  return { hierarchy, counts, own, hidden };
}

/** What a reader who sees every report of every scope can solve for, written apart from the rule. */
function attackerOf(
  hierarchy: ReturnType<typeof organisationHierarchy>['hierarchy'],
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): LinearAttacker {
  const forms: LinearForm[] = [];
  for (const node of counts.keys()) if (!hidden.has(node)) forms.push(new Map([[node, 1n]]));
  for (const [parent, children] of hierarchy.children) {
    if (children.length === 0) continue;
    const form = new Map<string, bigint>([[parent, 1n]]);
    for (const child of children) form.set(child, -1n);
    forms.push(form);
  }
  return new LinearAttacker(forms);
}

const organisation: fc.Arbitrary<Organisation> = fc
  .record({
    groups: fc.array(
      fc.array(fc.record({ count: fc.nat(25), extra: fc.boolean() }), { minLength: 1, maxLength: 5 }),
      {
        maxLength: 4,
      },
    ),
    ungrouped: fc.array(fc.record({ count: fc.nat(25), extra: fc.boolean() }), { maxLength: 3 }),
    extraChance: fc.constantFrom(0, 0.1, 0.3),
  })
  .filter(({ groups, ungrouped }) => groups.length + ungrouped.length > 0)
  .map(({ groups, ungrouped, extraChance }) => {
    let n = 0;
    // An area's own report may hide a large count too (a complement within that report).
    const area = (groupId: string | null, a: { count: number; extra: boolean }) => ({
      areaId: `a${n++}`,
      groupId,
      count: a.count,
      hiddenByOwnReport: extraChance > 0 && a.extra && n % Math.round(1 / extraChance) === 0,
    });
    return {
      areas: [
        ...groups.flatMap((members, g) => members.map((a) => area(`g${g}`, a))),
        ...ungrouped.map((a) => area(null, a)),
      ],
    };
  });

describe('suppression over a hierarchy of areas, groups and the organisation', () => {
  it('hides a second gebied when a stadsdeel total would give back the one its own report hid', () => {
    const org: Organisation = {
      areas: [
        { areaId: 'driemond', groupId: 'zuidoost', count: 2, hiddenByOwnReport: false },
        { areaId: 'gaasperdam', groupId: 'zuidoost', count: 40, hiddenByOwnReport: false },
        { areaId: 'bijlmer', groupId: 'zuidoost', count: 30, hiddenByOwnReport: false },
        { areaId: 'centrum', groupId: null, count: 50, hiddenByOwnReport: false },
      ],
    };
    const { hidden } = publish(org, 5);
    // The smallest shown sibling, not the stadsdeel: its total and the organisation's stay shown.
    expect([...hidden].sort()).toEqual(['area:bijlmer', 'area:driemond']);
  });

  it('hides the parent only when no sibling is left to hide', () => {
    const org: Organisation = {
      areas: [
        { areaId: 'driemond', groupId: 'zuidoost', count: 2, hiddenByOwnReport: false },
        { areaId: 'centrum', groupId: null, count: 50, hiddenByOwnReport: false },
        { areaId: 'west', groupId: null, count: 60, hiddenByOwnReport: false },
      ],
    };
    const { hidden } = publish(org, 5);
    expect(hidden.has('group:zuidoost')).toBe(true);
    expect(hidden.has('area:driemond')).toBe(true);
  });

  it('property: no hidden count follows from the published counts of all scopes and their sums', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 3, max: 6 }), (org, k) => {
        const { hierarchy, counts, own, hidden } = publish(org, k);
        // What a report hides on its own stays hidden: the rule only adds.
        for (const node of own) expect(hidden.has(node)).toBe(true);
        const attacker = attackerOf(hierarchy, counts, hidden);
        for (const node of hidden) {
          expect(attacker.determines(new Map([[node, 1n]])), `${node} can be worked out`).toBe(false);
        }
        for (const [node, count] of counts) {
          if (!hidden.has(node)) expect(count, `${node} is shown`).toBeGreaterThanOrEqual(k);
        }
        // Whatever is hidden together under a shown parent rests on at least k conversations.
        for (const [parent, children] of hierarchy.children) {
          if (hidden.has(parent)) continue;
          const hiddenChildren = children.filter((child) => hidden.has(child));
          const pooled = hiddenChildren.reduce((sum, child) => sum + (counts.get(child) ?? 0), 0);
          if (hiddenChildren.length > 0) expect(pooled, `hidden under ${parent}`).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 300 },
    );
  });
});
