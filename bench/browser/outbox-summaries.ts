import { CONVERSATION_PROFILES } from '../../src/domain/conversation';
import { uuidv7 } from '../../src/domain/uuid';
import { VALUE_IDS } from '../../src/domain/values';
import { parseSummary, type Summary } from '../../src/domain/wire/summary';
import { between, pick, seededRandom } from './dutch-text';

/**
 * Summaries as the preview approves them: every value counted, a few themes, zero to two short
 * quotes. Invented text only; nobody in it exists.
 */
const THEMES = [
  'wonen',
  'eenzaamheid',
  'mantelzorg',
  'buurt-en-ontmoeting',
  'geldzorgen-en-schulden',
  'taal',
];
const QUOTES = [
  'Sinds de bankjes weg zijn, maakt niemand meer een praatje op het plein.',
  'Ik wil zelf kunnen kiezen wie er bij mij thuis komt helpen.',
  'Mijn buurvrouw haalt op dinsdag de boodschappen, dan hoef ik niet alleen de lift in.',
  'Het formulier was zo ingewikkeld dat ik het drie keer heb weggelegd.',
  'Als de huur weer omhoog gaat, weet ik niet hoe ik het moet doen.',
  'Bij het buurtfeest voelde ik me voor het eerst echt welkom hier.',
];

function summaryAt(random: () => number, areaId: string): Summary {
  const themeIds = [...new Set([pick(random, THEMES), pick(random, THEMES), pick(random, THEMES)])];
  return {
    id: uuidv7(),
    revision: 1,
    areaId,
    period: { year: 2026, quarter: pick(random, [1, 2, 3, 4] as const) },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: pick(random, CONVERSATION_PROFILES),
    values: Object.fromEntries(
      VALUE_IDS.map((id) => [id, { experienced: between(random, 0, 4), missing: between(random, 0, 2) }]),
    ) as Summary['values'],
    themeIds: themeIds.slice(0, between(random, 1, 2)),
    obstacleThemeIds: random() < 0.4 ? [pick(random, THEMES)] : [],
    quotes: Array.from({ length: between(random, 0, 2) }, () => ({ text: pick(random, QUOTES) })),
  };
}

/**
 * `count` valid summaries for `areaId`, each checked with the wire schema: a schema change breaks
 * the benchmark loudly rather than letting the server refuse every batch.
 */
export function benchSummaries(count: number, areaId: string, seed: number): Summary[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const checked = parseSummary(summaryAt(random, areaId));
    if (!checked.ok) throw new Error(`an invalid benchmark summary: ${JSON.stringify(checked.errors)}`);
    return checked.summary;
  });
}

/** The same summaries under fresh ids, so the server stores them again rather than answering duplicate. */
export function withFreshIds(summaries: readonly Summary[]): Summary[] {
  return summaries.map((summary) => ({ ...summary, id: uuidv7() }));
}
