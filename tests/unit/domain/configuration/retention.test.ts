import { describe, expect, it } from 'vitest';
import { emptyLayer } from '../../../../src/domain/configuration/layer';
import {
  DEFAULT_SERVER_RETENTION,
  firstPeriodKept,
  retentionPolicy,
  setRetentionIn,
} from '../../../../src/domain/configuration/retention';

describe('retention settings', () => {
  it('keeps summaries five years, backups a year and the audit trail two when nothing is set', () => {
    expect(retentionPolicy(emptyLayer())).toEqual({
      shareDays: 14,
      backupDays: 365,
      summaryYears: 5,
      auditYears: 2,
    });
    expect(DEFAULT_SERVER_RETENTION).toEqual({ summaryYears: 5, auditYears: 2 });
  });

  it('lets a group and an area change summaries and backups, but only the organisation the audit trail', () => {
    const organisation = { ...emptyLayer(), retention: { summaryYears: 7, auditYears: 3 } };
    const group = { ...emptyLayer(), retention: { backupDays: 90 } };
    const area = { ...emptyLayer(), retention: { summaryYears: 2, auditYears: 1 } };
    expect(retentionPolicy(organisation, group, area)).toEqual({
      shareDays: 14,
      backupDays: 90,
      summaryYears: 2,
      auditYears: 3,
    });
    expect(retentionPolicy(organisation, group)).toMatchObject({ summaryYears: 7, backupDays: 90 });
  });

  it('removes a period once the whole number of years has passed since it ended', () => {
    // 2021-Q3 ended on 1 October 2021: five years later it is due; 2021-Q4 ended 1 January 2022.
    expect(firstPeriodKept({ year: 2026, month: 12, day: 3 }, 5)).toEqual({ year: 2021, quarter: 4 });
    expect(firstPeriodKept({ year: 2026, month: 10, day: 1 }, 5)).toEqual({ year: 2021, quarter: 4 });
    expect(firstPeriodKept({ year: 2026, month: 9, day: 30 }, 5)).toEqual({ year: 2021, quarter: 3 });
    expect(firstPeriodKept({ year: 2026, month: 1, day: 1 }, 1)).toEqual({ year: 2025, quarter: 1 });
  });

  it('accepts whole numbers within the limits, and the audit years only for the organisation', () => {
    const organisation = { kind: 'organisation' } as const;
    const area = { kind: 'area', areaId: 'gaasperdam' } as const;
    const set = setRetentionIn(emptyLayer(), area, { summaryYears: 3, backupDays: undefined });
    expect(set).toEqual({ ok: true, layer: { ...emptyLayer(), retention: { summaryYears: 3 } } });
    expect(setRetentionIn(emptyLayer(), area, { auditYears: 3 })).toMatchObject({
      ok: false,
      problem: 'organisation-only',
    });
    expect(setRetentionIn(emptyLayer(), organisation, { auditYears: 3 }).ok).toBe(true);
    for (const wrong of [0, -1, 1.5, 51]) {
      expect(setRetentionIn(emptyLayer(), organisation, { summaryYears: wrong })).toMatchObject({
        ok: false,
        problem: 'retention-out-of-range',
      });
    }
    expect(setRetentionIn(emptyLayer(), organisation, {})).toMatchObject({ ok: false });
  });
});
