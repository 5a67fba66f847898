import { CONVERSATION_PROFILES } from '../conversation';
import { type Figure, isSuppressed } from '../suppression';
import { VALUE_IDS, type ValueId } from '../values';
import type { Agenda } from '../wire/agenda';
import type { AggregatesReport, ReportQuote } from '../wire/aggregates';
import type { ActionStatus } from '../wire/circle-outcome';
import { nameableThemes } from './dashboard';
import { circlesHeld } from './held-circles';
import { publicOwner } from './public-names';
import { shownQuotes } from './quote-picks';

/**
 * The participatieparagraaf: what a council proposal says about who was heard, how, what they said,
 * what was done, and the limits. Built from the suppressed year report and the team's agenda, so it
 * carries no figure the report hides; and a count under k is never written as a number, even where
 * the report shows one (a zero everybody knows is still "fewer than k" here: a paragraph that is
 * pasted and edited by hand must not teach its readers small numbers).
 */

export type Count = { kind: 'count'; conversations: number } | { kind: 'fewer-than-k' };

export function countOf(figure: Figure, k: number): Count {
  return isSuppressed(figure) || figure < k
    ? { kind: 'fewer-than-k' }
    : { kind: 'count', conversations: figure };
}

export interface ParagraafAction {
  what: string;
  /** Null where the stored owner names a person: the paragraaf says the area team instead. */
  owner: string | null;
  due: string | null;
  status: ActionStatus;
  reason: string;
  /** The newest update, if any. */
  lastUpdate: { date: string; text: string } | null;
}

export interface Paragraaf {
  areaName: string;
  year: number;
  k: number;
  heard: {
    conversations: Count;
    profiles: { residentProfile: string; conversations: Count }[];
    guides: { guideId: string; conversations: Count }[];
  };
  method: {
    /** Always waarderend co-creëren: the appreciative cycle the guides follow. */
    approach: 'appreciative-co-creation';
    conversations: Count;
    year: number;
    /** Circles held: those the team recorded, else derived from the outcome (held-circles.ts). */
    circles: number;
    /** The circles recorded, oldest first; empty when the count is derived. */
    held: { date: string; place: string }[];
    questions: number;
  };
  said: {
    values: { valueId: ValueId; experienced: Count; missing: Count }[];
    themes: { themeId: string; conversations: number }[];
    quotes: Pick<ReportQuote, 'text' | 'valueIds'>[];
  };
  done: ParagraafAction[];
  limits: {
    /** Profiles heard in fewer than k conversations, or not at all ("anders" is no group). */
    profiles: string[];
    /** Guides used in fewer than k conversations. */
    guides: string[];
  };
}

export interface ParagraafInput {
  areaName: string;
  /** The whole year's report (quarter null). */
  report: AggregatesReport;
  agenda: Agenda | null;
  /** How many themes to name. */
  themeLimit?: number;
}

export function participationParagraph(input: ParagraafInput): Paragraaf {
  const { report, agenda } = input;
  const { k } = report;
  const profiles = CONVERSATION_PROFILES.map((residentProfile) => ({
    residentProfile,
    conversations: countOf(
      report.coverage.residentProfiles.find((row) => row.residentProfile === residentProfile)
        ?.conversations ?? 0,
      k,
    ),
  }));
  const guides = report.coverage.guides.map(({ guideId, conversations }) => ({
    guideId,
    conversations: countOf(conversations, k),
  }));
  const conversations = countOf(report.conversations, k);
  const held = circlesHeld(agenda);
  const quotes = report.quotes.released ? shownQuotes(report.quotes.items, agenda?.pickedQuotes) : [];
  return {
    areaName: input.areaName,
    year: report.period.year,
    k,
    heard: { conversations, profiles, guides },
    method: {
      approach: 'appreciative-co-creation',
      conversations,
      year: report.period.year,
      circles: held.count,
      held: held.recorded.map(({ date, place }) => ({ date, place })),
      questions: agenda?.questions.length ?? 0,
    },
    said: {
      values: VALUE_IDS.map((valueId) => ({
        valueId,
        experienced: countOf(report.values[valueId].experienced, k),
        missing: countOf(report.values[valueId].missing, k),
      })),
      themes: nameableThemes(report, input.themeLimit ?? 5),
      quotes: quotes.map(({ text, valueIds }) => ({ text, valueIds })),
    },
    done: (agenda?.outcome?.actions ?? []).map((action) => {
      const last = action.updates.at(-1);
      return {
        what: action.what,
        owner: publicOwner(action.owner),
        due: action.due,
        status: action.status,
        reason: action.reason,
        lastUpdate: last ? { date: last.date, text: last.text } : null,
      };
    }),
    limits: {
      profiles: profiles
        .filter((row) => row.residentProfile !== 'anders' && row.conversations.kind === 'fewer-than-k')
        .map((row) => row.residentProfile),
      guides: guides.filter((row) => row.conversations.kind === 'fewer-than-k').map((row) => row.guideId),
    },
  };
}
