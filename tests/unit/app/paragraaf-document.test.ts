import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en';
import { type Messages, nl } from '../../../src/app/i18n/nl';
import { nlScreens } from '../../../src/app/i18n/nl/screens';
import { type Block, paragraafDocument } from '../../../src/app/values-circle/paragraaf-document';
import { SUPPRESSED } from '../../../src/domain/suppression';
import { VALUE_IDS, type ValueId } from '../../../src/domain/values';
import { participationParagraph } from '../../../src/domain/values-circle/paragraaf';
import type { Agenda } from '../../../src/domain/wire/agenda';
import type { AggregatesReport, ValueFigures } from '../../../src/domain/wire/aggregates';
import type { AgreedAction } from '../../../src/domain/wire/circle-outcome';

/**
 * The words of the participatieparagraaf that both the Word file and the print view render: what
 * was done (one line per action: status, the reason when it did not work out, the latest update)
 * and the themes residents raised, from the domain's paragraaf of a year report and an agenda.
 */
const NL: Messages = { ...nl, ...nlScreens };

const values = (): Record<ValueId, ValueFigures> =>
  Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 10, missing: 8 }])) as Record<
    ValueId,
    ValueFigures
  >;

const THEME_LABELS: Record<string, { nl: string; en: string }> = {
  wonen: { nl: 'Wonen', en: 'Housing' },
  eenzaamheid: { nl: 'Eenzaamheid', en: 'Loneliness' },
  taal: { nl: 'Taal', en: 'Language' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  mantelzorg: { nl: 'Mantelzorg', en: 'Informal care' },
  opvoeding: { nl: 'Opvoeding', en: 'Parenting' },
  'zorg-en-gezondheid': { nl: 'Zorg en gezondheid', en: 'Care and health' },
  'werk-en-inkomen': { nl: 'Werk en inkomen', en: 'Work and income' },
};

function report(themes: AggregatesReport['themes']): AggregatesReport {
  return {
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: null },
    k: 5,
    conversations: 40,
    values: values(),
    themes,
    obstacles: [],
    coverage: { guides: [], residentProfiles: [] },
    quotes: { released: false, items: [], more: false },
  };
}

const theme = (themeId: string, conversations: number | typeof SUPPRESSED) => ({
  themeId,
  conversations,
  values: values(),
});

let n = 0;
/** A fresh lowercase UUID for each action and update. */
function nextId(): string {
  n += 1;
  return `0190c2a4-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

function action(overrides: Partial<AgreedAction>): AgreedAction {
  return {
    id: nextId(),
    questionId: null,
    what: 'Actie',
    owner: 'Stadsdeel Zuidoost',
    due: null,
    valueIds: [],
    themeIds: [],
    status: 'agreed',
    reason: '',
    updates: [],
    ...overrides,
  };
}

const update = (date: string, text: string) => ({ id: nextId(), date, text });

const agenda: Agenda = {
  questions: [],
  participation: '',
  outcome: {
    notes: [],
    actions: [
      action({
        what: 'Spreekuur in het buurthuis',
        owner: 'Wijkteam Zuidoost',
        due: '2026-11-01',
        status: 'not-done',
        reason: 'Geen ruimte gevonden',
        // Oldest first: only the newest is written.
        updates: [update('2026-09-01', 'Ruimte gezocht'), update('2026-10-01', 'Geen ruimte vrij')],
      }),
      action({ what: 'Bankje bij de speeltuin', status: 'done' }),
      action({
        what: 'Folder over schuldhulp',
        owner: 'GGD Amsterdam',
        status: 'in-progress',
        updates: [update('2026-05-12', 'Tekst geschreven')],
      }),
      action({ what: 'Buurtkamer op zaterdag', owner: 'buurtteam', due: '2027-01-15' }),
      // Stored before a person's name as owner was refused: the paragraaf does not name her.
      action({ what: 'Portiek verlichten', owner: 'mw. Bosman' }),
    ],
  },
};

function documentOf(themes: AggregatesReport['themes'], messages: Messages, lang: 'nl' | 'en'): Block[] {
  const paragraaf = participationParagraph({ areaName: 'Gaasperdam', report: report(themes), agenda });
  return paragraafDocument(paragraaf, messages, lang, {
    profile: (id) => id,
    guide: (id) => id,
    theme: (id) => THEME_LABELS[id]?.[lang] ?? id,
  });
}

/** The blocks of one section: from its heading up to the next heading of the same level. */
function section(blocks: Block[], heading: string): Block[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = blocks.findIndex(
    (block, index) => index > start && block.kind === 'heading' && block.level === 2,
  );
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

const REPORTED = [
  theme('wonen', 12),
  theme('zorg-en-gezondheid', SUPPRESSED),
  // Shown by the report but under k: still never a number in the paragraph.
  theme('werk-en-inkomen', 4),
  theme('eenzaamheid', 7),
  theme('taal', 0),
];

describe('the participatieparagraaf as a document', () => {
  it('writes one line per action: its status, the reason when it did not work out, the latest update, and the area team for an owner that names a person', () => {
    const done = section(documentOf(REPORTED, NL, 'nl'), 'Wat er is gedaan');
    expect(done).toEqual([
      {
        kind: 'list',
        items: [
          'Spreekuur in het buurthuis (Wijkteam Zuidoost): niet gelukt; klaar op 1 november 2026; reden: Geen ruimte gevonden; laatste stand 1 oktober 2026: Geen ruimte vrij',
          'Bankje bij de speeltuin (Stadsdeel Zuidoost): gedaan',
          'Folder over schuldhulp (GGD Amsterdam): bezig; laatste stand 12 mei 2026: Tekst geschreven',
          'Buurtkamer op zaterdag (buurtteam): afgesproken; klaar op 15 januari 2027',
          'Portiek verlichten (het gebiedsteam): afgesproken',
        ],
      },
    ]);
    const english = section(documentOf(REPORTED, en, 'en'), en.paragraaf.doneHeading);
    // English dates as the app's English formats them elsewhere (Intl's "en").
    expect(english).toEqual([
      {
        kind: 'list',
        items: [
          'Spreekuur in het buurthuis (Wijkteam Zuidoost): did not work out; due November 1, 2026; reason: Geen ruimte gevonden; latest October 1, 2026: Geen ruimte vrij',
          'Bankje bij de speeltuin (Stadsdeel Zuidoost): done',
          'Folder over schuldhulp (GGD Amsterdam): in progress; latest May 12, 2026: Tekst geschreven',
          'Buurtkamer op zaterdag (buurtteam): agreed; due January 15, 2027',
          'Portiek verlichten (the area team): agreed',
        ],
      },
    ]);
  });

  it('says without actions that none were recorded', () => {
    const none = participationParagraph({
      areaName: 'Gaasperdam',
      report: report(REPORTED),
      agenda: { questions: [], participation: '' },
    });
    const blocks = paragraafDocument(none, NL, 'nl', { profile: String, guide: String, theme: String });
    expect(section(blocks, 'Wat er is gedaan')).toEqual([
      { kind: 'paragraph', text: 'Er zijn (nog) geen afspraken vastgelegd.' },
    ]);
  });

  it('names the top themes with their counts, largest first, none under k and none suppressed', () => {
    const said = section(documentOf(REPORTED, NL, 'nl'), 'Wat bewoners zeiden');
    const line = said.find((block) => block.kind === 'paragraph');
    expect(line).toEqual({
      kind: 'paragraph',
      text: 'De thema’s waar het vaakst over gesproken werd: wonen (12) en eenzaamheid (7).',
    });
    const english = section(documentOf(REPORTED, en, 'en'), en.paragraaf.saidHeading);
    expect(english.find((block) => block.kind === 'paragraph')).toEqual({
      kind: 'paragraph',
      text: 'The themes talked about most: housing (12) and loneliness (7).',
    });
  });

  it('names five themes at most', () => {
    const many = ['wonen', 'eenzaamheid', 'taal', 'veiligheid', 'mantelzorg', 'opvoeding'].map((id, i) =>
      theme(id, 20 - i),
    );
    const said = section(documentOf(many, NL, 'nl'), 'Wat bewoners zeiden');
    expect(said.find((block) => block.kind === 'paragraph')).toEqual({
      kind: 'paragraph',
      text: 'De thema’s waar het vaakst over gesproken werd: wonen (20), eenzaamheid (19), taal (18), veiligheid (17) en mantelzorg (16).',
    });
  });

  it('says so when no theme rests on enough conversations to name', () => {
    const said = section(
      documentOf([theme('wonen', SUPPRESSED), theme('taal', 3)], NL, 'nl'),
      'Wat bewoners zeiden',
    );
    expect(said.find((block) => block.kind === 'paragraph')).toEqual({
      kind: 'paragraph',
      text: 'Geen thema rust op genoeg gesprekken om te noemen.',
    });
  });
});
