import { uuidv7 } from '../../../src/domain/uuid';
import { VALUE_IDS, type ValueId } from '../../../src/domain/values';
import type { Summary } from '../../../src/domain/wire/summary';
import type { Database } from '../../../src/server/db/database';
import { createReader } from '../../../src/server/store/readers';
import { storeSummaries } from '../../../src/server/store/summaries';

/**
 * Invented summaries for an area team's values circle: a clear pattern per value (betrokkenheid
 * mostly missed around access to help, zelfbeschikking mostly experienced), one value resting on
 * too few conversations (compassie: 2), and a profile barely heard (jongere: 2).
 */
export const READER = { username: 'team-gaasperdam', password: 'zes waarden in de kring' };
export const YEAR = 2026;

type Flags = Partial<Record<ValueId, { experienced?: boolean; missing?: boolean }>>;

function summary(year: number, index: number, flags: Flags, extra: Partial<Summary>): Summary {
  const values = Object.fromEntries(
    VALUE_IDS.map((id) => [
      id,
      { experienced: flags[id]?.experienced ? 1 : 0, missing: flags[id]?.missing ? 1 : 0 },
    ]),
  ) as Summary['values'];
  return {
    id: uuidv7(),
    revision: 1,
    areaId: 'gaasperdam',
    period: { year, quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 },
    guide: { id: index % 2 === 0 ? 'algemeen' : 'mantelzorger', version: 1 },
    residentProfile: 'oudere',
    values,
    themeIds: [],
    obstacleThemeIds: [],
    quotes: [],
    ...extra,
  };
}

export const QUOTES: { text: string; valueIds: ValueId[] }[] = [
  { text: 'Ik moest drie keer mijn verhaal doen voordat iemand luisterde', valueIds: ['betrokkenheid'] },
  { text: 'Bij het loket keken ze langs mij heen', valueIds: ['betrokkenheid'] },
  { text: 'Niemand belde terug; "u hoort van ons"; dat was het', valueIds: ['betrokkenheid'] },
  { text: 'Ik bepaal zelf wanneer de thuiszorg komt, dat geeft rust', valueIds: ['zelfbeschikking'] },
  { text: 'Mijn plan, mijn tempo', valueIds: ['zelfbeschikking'] },
  { text: 'De buren koken om de beurt voor elkaar', valueIds: ['solidariteit'] },
];

export function summaries2026(): Summary[] {
  return Array.from({ length: 40 }, (_, i) =>
    summary(
      YEAR,
      i,
      {
        betrokkenheid: { missing: i < 18 || (i >= 24 && i < 30), experienced: i >= 18 && i < 24 },
        zelfbeschikking: { experienced: i >= 10, missing: i < 5 },
        compassie: { experienced: i < 2 },
        autonomie: { experienced: i % 3 === 0, missing: i % 3 === 1 },
        solidariteit: { experienced: i >= 18 },
        gelijkwaardigheid: { missing: i < 7 },
      },
      {
        themeIds:
          i < 24 ? ['toegang-tot-hulp', i % 2 ? 'geldzorgen-en-schulden' : 'wonen'] : ['buurt-en-ontmoeting'],
        obstacleThemeIds: i < 12 ? ['regels-en-bureaucratie'] : [],
        residentProfile:
          i < 12 ? 'mantelzorger' : i < 26 ? 'oudere' : i < 38 ? 'alleenstaande-ouder' : 'jongere',
        quotes: i < QUOTES.length ? [QUOTES[i] as Summary['quotes'][number]] : [],
      },
    ),
  );
}

export function summaries2025(): Summary[] {
  return Array.from({ length: 20 }, (_, i) =>
    summary(
      YEAR - 1,
      i,
      {
        betrokkenheid: { missing: i < 10, experienced: i >= 10 },
        zelfbeschikking: { experienced: i >= 5 },
        autonomie: { experienced: i < 8 },
        solidariteit: { experienced: i >= 8 },
      },
      { themeIds: ['wonen'], residentProfile: i < 10 ? 'mantelzorger' : 'oudere' },
    ),
  );
}

/** In how many of the summaries each value was experienced and missed: what the dashboard must show. */
export function trueCounts(
  summaries: readonly Summary[],
): Record<ValueId, { experienced: number; missing: number }> {
  return Object.fromEntries(
    VALUE_IDS.map((id) => [
      id,
      {
        experienced: summaries.filter((s) => s.values[id].experienced > 0).length,
        missing: summaries.filter((s) => s.values[id].missing > 0).length,
      },
    ]),
  ) as Record<ValueId, { experienced: number; missing: number }>;
}

export async function seedCircle(db: Database): Promise<void> {
  await createReader(db, { areaId: 'gaasperdam', ...READER });
  await storeSummaries(db, 'gaasperdam', summaries2025());
  await storeSummaries(db, 'gaasperdam', summaries2026());
}
