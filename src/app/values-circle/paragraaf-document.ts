import { circleDay } from '../../domain/values-circle/circle-day';
import type { Count, Paragraaf } from '../../domain/values-circle/paragraaf';
import { formatDate } from '../format';
import type { Language } from '../i18n/locale';
import type { Messages } from '../i18n/nl';
import { listOf } from './figures';

/**
 * The participatieparagraaf in words, as blocks both the print view and the Word file render: one
 * place for the wording, so the .docx and the PDF say the same. Every count goes through
 * `countText`: a count under k is "minder dan k", never a number.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'quotes'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] };

export interface Names {
  profile: (id: string) => string;
  guide: (id: string) => string;
  theme: (id: string) => string;
}

export function paragraafDocument(p: Paragraaf, t: Messages, lang: Language, names: Names): Block[] {
  const text = t.paragraaf;
  const format = new Intl.NumberFormat(lang);
  const countText = (count: Count) =>
    count.kind === 'count' ? format.format(count.conversations) : t.valuesCircle.fewer(p.k);
  const lower = (s: string) => s.toLocaleLowerCase(lang);
  const actionLine = (a: Paragraaf['done'][number]) =>
    [
      text.action(a.what, a.owner ?? text.areaTeam, lower(t.circleOutcome.statuses[a.status])),
      a.due ? text.due(formatDate(a.due, lang)) : '',
      a.status === 'not-done' ? text.reason(a.reason) : '',
      a.lastUpdate ? text.update(formatDate(a.lastUpdate.date, lang), a.lastUpdate.text) : '',
    ]
      .filter(Boolean)
      .join('; ');
  const limits = [
    text.limitsK(p.k),
    p.limits.profiles.length > 0
      ? text.limitsProfiles(
          listOf(
            p.limits.profiles.map((id) => lower(names.profile(id))),
            t.valuesCircle.and,
          ),
          p.k,
        )
      : text.limitsNone(p.k),
    ...(p.limits.guides.length > 0
      ? [text.limitsGuides(listOf(p.limits.guides.map(names.guide), t.valuesCircle.and), p.k)]
      : []),
  ];
  return [
    { kind: 'heading', level: 1, text: text.title(p.areaName, p.year) },
    { kind: 'heading', level: 2, text: text.heardHeading },
    { kind: 'paragraph', text: text.heardTotal(countText(p.heard.conversations)) },
    {
      kind: 'table',
      caption: text.byProfile,
      head: [t.valuesCircle.coverageProfiles, t.valuesCircle.csvHeaders.conversations],
      rows: p.heard.profiles.map((row) => [names.profile(row.residentProfile), countText(row.conversations)]),
    },
    {
      kind: 'table',
      caption: text.byGuide,
      head: [t.valuesCircle.coverageGuides, t.valuesCircle.csvHeaders.conversations],
      rows: p.heard.guides.map((row) => [names.guide(row.guideId), countText(row.conversations)]),
    },
    { kind: 'heading', level: 2, text: text.methodHeading },
    { kind: 'paragraph', text: text.method(countText(p.method.conversations), p.method.year) },
    { kind: 'paragraph', text: text.circles(p.method.circles, p.method.questions) },
    ...(p.method.held.length > 0
      ? ([
          {
            kind: 'list',
            items: p.method.held.map(({ date, place }) =>
              place ? text.heldAt(circleDay(date, lang), place) : circleDay(date, lang),
            ),
          },
        ] as const)
      : []),
    { kind: 'heading', level: 2, text: text.saidHeading },
    {
      kind: 'table',
      caption: text.valuesCaption,
      head: [t.valuesCircle.valueColumn, t.valuesCircle.experiencedColumn, t.valuesCircle.missingColumn],
      rows: p.said.values.map((row) => [
        t.values[row.valueId].name,
        countText(row.experienced),
        countText(row.missing),
      ]),
    },
    {
      kind: 'paragraph',
      text:
        p.said.themes.length > 0
          ? text.themesLine(
              listOf(
                p.said.themes.map(
                  (theme) => `${lower(names.theme(theme.themeId))} (${format.format(theme.conversations)})`,
                ),
                t.valuesCircle.and,
              ),
            )
          : text.noThemes,
    },
    ...(p.said.quotes.length > 0
      ? ([
          { kind: 'heading', level: 3, text: text.quotesHeading },
          { kind: 'quotes', items: p.said.quotes.map((q) => q.text) },
        ] as const)
      : []),
    { kind: 'heading', level: 2, text: text.doneHeading },
    p.done.length > 0
      ? { kind: 'list', items: p.done.map(actionLine) }
      : { kind: 'paragraph', text: text.noActions },
    { kind: 'heading', level: 2, text: text.limitsHeading },
    ...limits.map((line) => ({ kind: 'paragraph', text: line }) as const),
  ];
}
