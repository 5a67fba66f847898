import { isSuppressed } from '../../domain/suppression';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { circleDay } from '../../domain/values-circle/circle-day';
import { byDate } from '../../domain/values-circle/held-circles';
import { publicOwner } from '../../domain/values-circle/public-names';
import type { Agenda } from '../../domain/wire/agenda';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { ActionStatus } from '../../domain/wire/circle-outcome';
import { escapeHtml } from './html';
import { nextCircleSection } from './next-circle-section';
import { offlineRegistrationTag } from './offline-worker';

/**
 * The public page "Wat is er met uw inbreng gedaan" of an area and year, as one small HTML
 * document: no external file, no cookie, and no script but the few bytes that register its offline
 * copy (offline-worker.ts), so it is readable on a cheap phone on a slow connection after one
 * round trip. Figures come from the suppressed report: a figure resting on
 * fewer than k conversations is said in words, never as a number. No resident data is in it.
 */
export type PageLanguage = 'nl' | 'en';

export const TEXT = {
  nl: {
    title: (area: string, year: number) => `Wat is er met uw inbreng gedaan? ${area} ${year}`,
    intro: (n: string) =>
      `In ${n} gesprekken vertelden bewoners wat zij belangrijk vinden in de buurt. Hier leest u wat het gebiedsteam daarmee deed.`,
    fewer: (k: number) => `minder dan ${k}`,
    hidden: (k: number) =>
      `Minder dan ${k} gesprekken: dit getal laten we niet zien, zodat niemand herkend wordt.`,
    valuesHeading: 'Wat bewoners vertelden',
    valuesIntro:
      'Per waarde ziet u in hoeveel gesprekken bewoners die waarde merkten in de buurt. En in hoeveel gesprekken zij die misten.',
    value: 'Waarde',
    experienced: 'Gemerkt',
    missing: 'Gemist',
    heldHeading: (year: number) => `De waardenkringen van ${year}`,
    held: (n: number) => (n === 1 ? 'Er was 1 waardenkring:' : `Er waren ${n} waardenkringen:`),
    questionsHeading: 'Waar de waardenkring over sprak',
    actionsHeading: 'Wat we afspraken',
    noActions: 'Er zijn nog geen afspraken.',
    by: 'Wie doet het',
    areaTeam: 'het gebiedsteam',
    due: 'Klaar op',
    reason: 'Reden',
    done: 'Wat er al gebeurde',
    other: 'English',
    statuses: { agreed: 'Afgesproken', 'in-progress': 'Bezig', done: 'Gedaan', 'not-done': 'Niet gelukt' },
    values: {
      autonomie: 'Autonomie',
      betrokkenheid: 'Betrokkenheid',
      compassie: 'Compassie',
      gelijkwaardigheid: 'Gelijkwaardigheid',
      solidariteit: 'Solidariteit',
      zelfbeschikking: 'Zelfbeschikking',
    },
  },
  en: {
    title: (area: string, year: number) => `What was done with what you told us? ${area} ${year}`,
    intro: (n: string) =>
      `In ${n} conversations residents told us what matters to them in the neighbourhood. Here you can read what the area team did with it.`,
    fewer: (k: number) => `fewer than ${k}`,
    hidden: (k: number) =>
      `Fewer than ${k} conversations: we do not show this number, so that no one can be recognised.`,
    valuesHeading: 'What residents told us',
    valuesIntro:
      'For each value you see in how many conversations residents noticed it in the neighbourhood. And in how many they missed it.',
    value: 'Value',
    experienced: 'Noticed',
    missing: 'Missed',
    heldHeading: (year: number) => `The values circles of ${year}`,
    held: (n: number) => (n === 1 ? 'There was 1 values circle:' : `There were ${n} values circles:`),
    questionsHeading: 'What the values circle talked about',
    actionsHeading: 'What we agreed',
    noActions: 'No actions agreed yet.',
    by: 'Who does it',
    areaTeam: 'the area team',
    due: 'Done by',
    reason: 'Reason',
    done: 'What happened so far',
    other: 'Nederlands',
    statuses: {
      agreed: 'Agreed',
      'in-progress': 'In progress',
      done: 'Done',
      'not-done': 'Did not work out',
    },
    values: {
      autonomie: 'Autonomy',
      betrokkenheid: 'Involvement',
      compassie: 'Compassion',
      gelijkwaardigheid: 'Equality',
      solidariteit: 'Solidarity',
      zelfbeschikking: 'Self-determination',
    },
  },
} satisfies Record<
  PageLanguage,
  { statuses: Record<ActionStatus, string>; values: Record<ValueId, string>; [key: string]: unknown }
>;

function date(iso: string, language: PageLanguage): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)));
}

/**
 * Where a long value name may break, with a hyphen: on a 360 px phone without hyphenation
 * dictionaries the table otherwise breaks it anywhere ("Betrokkenhe id") or crushes the figures.
 */
const BREAKS: Readonly<Record<string, string>> = {
  Betrokkenheid: 'Betrokken&shy;heid',
  Gelijkwaardigheid: 'Gelijk&shy;waardigheid',
  Zelfbeschikking: 'Zelf&shy;beschikking',
};
const breakable = (name: string) => BREAKS[name] ?? name;

const STYLE =
  'body{font:1.05rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1d2326;background:#fff}' +
  'h1{font-size:1.5rem;line-height:1.25}table{border-collapse:collapse;width:100%}' +
  'th,td{text-align:left;padding:.4rem;border-bottom:1px solid #777;overflow-wrap:anywhere;hyphens:auto}ul{padding-left:1.2rem}li{margin:.5rem 0}' +
  'a{color:#0a4243}.status{font-weight:700}' +
  // The six value names fit a 360 px screen whole; broken anywhere they read as "Betrokkenhe id".
  '.values th,.values td{overflow-wrap:normal}';

export function renderPublicPage(input: {
  areaName: string;
  year: number;
  report: AggregatesReport;
  agenda: Agenda | null;
  language: PageLanguage;
  /** The same page in the other language. */
  otherHref: string;
  /** The date of the next values circle still to come (`YYYY-MM-DD`), or null when not known. */
  nextCircle: string | null;
  /** Sections rendered elsewhere (trend-section.ts, quotes-section.ts), placed after the values. */
  afterValues?: string;
}): string {
  const { areaName, year, report, agenda, language } = input;
  const t = TEXT[language];
  // A hidden figure is explained once, under the table, in words a resident uses.
  let hidden = false;
  const figure = (value: number | object) => {
    if (!isSuppressed(value as never)) return String(value);
    hidden = true;
    return t.fewer(report.k);
  };
  const rows = VALUE_IDS.map((id) => {
    const f = report.values[id];
    return `<tr><th scope="row">${breakable(t.values[id])}</th><td>${figure(f.experienced)}</td><td>${figure(f.missing)}</td></tr>`;
  }).join('');
  const questions = (agenda?.questions ?? []).map((q) => `<li>${escapeHtml(q.text)}</li>`).join('');
  // Only circles the team recorded: a count derived for the paragraaf is no list to show residents.
  const held = byDate(agenda?.heldCircles ?? []);
  const heldList = held
    .map((c) => {
      const day = circleDay(c.date, language);
      return `<li>${c.place ? `${day}, ${escapeHtml(c.place)}` : day}</li>`;
    })
    .join('');
  const actions = (agenda?.outcome?.actions ?? [])
    .map((a) => {
      const facts = [
        `<span class="status">${t.statuses[a.status]}</span>`,
        // An owner stored before the server refused a person's name is not shown by name.
        `${t.by}: ${escapeHtml(publicOwner(a.owner) ?? t.areaTeam)}`,
        a.due ? `${t.due}: ${date(a.due, language)}` : '',
        a.status === 'not-done' ? `${t.reason}: ${escapeHtml(a.reason)}` : '',
      ].filter(Boolean);
      const last = a.updates.at(-1);
      const update = last ? `<br>${t.done}: ${date(last.date, language)}, ${escapeHtml(last.text)}` : '';
      return `<li><strong>${escapeHtml(a.what)}</strong><br>${facts.join(' · ')}${update}</li>`;
    })
    .join('');
  const title = escapeHtml(t.title(areaName, year));
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>${STYLE}</style></head><body><main>
<p><a href="${escapeHtml(input.otherHref)}" lang="${language === 'nl' ? 'en' : 'nl'}">${t.other}</a></p>
<h1>${title}</h1>
<p>${escapeHtml(t.intro(figure(report.conversations)))}</p>
<h2>${t.valuesHeading}</h2>
<p>${t.valuesIntro}</p>
<table class="values"><thead><tr><th scope="col">${t.value}</th><th scope="col">${t.experienced}</th><th scope="col">${t.missing}</th></tr></thead><tbody>${rows}</tbody></table>
${hidden ? `<p>${t.hidden(report.k)}</p>` : ''}
${input.afterValues ?? ''}
${heldList ? `<h2>${t.heldHeading(year)}</h2><p>${t.held(held.length)}</p><ul>${heldList}</ul>` : ''}
${questions ? `<h2>${t.questionsHeading}</h2><ul>${questions}</ul>` : ''}
<h2>${t.actionsHeading}</h2>
${actions ? `<ul>${actions}</ul>` : `<p>${t.noActions}</p>`}
${agenda?.participation ? `<p>${escapeHtml(agenda.participation)}</p>` : ''}
${nextCircleSection(input.nextCircle, language)}
</main>${offlineRegistrationTag()}</body></html>`;
}
