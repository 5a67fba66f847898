import type { Figure } from '../../domain/suppression';
import { VALUE_IDS } from '../../domain/values';
import { toCsv } from '../../domain/values-circle/csv';
import type { Agenda } from '../../domain/wire/agenda';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { Messages } from '../i18n/nl';

interface Names {
  theme: (id: string) => string;
  guide: (id: string) => string;
  profile: (id: string) => string;
}

/** The aggregate table as rows: headers in the reader's language, suppressed cells as "minder dan k". */
export function aggregateRows(
  report: AggregatesReport,
  t: Messages,
  figureText: (figure: Figure) => string,
  names: Names,
): string[][] {
  const circleText = t.valuesCircle;
  const s = circleText.csvSections;
  const rows: string[][] = [
    [
      circleText.csvHeaders.section,
      circleText.csvHeaders.item,
      circleText.csvHeaders.experienced,
      circleText.csvHeaders.missing,
      circleText.csvHeaders.conversations,
    ],
    [s.total, '', '', '', figureText(report.conversations)],
  ];
  for (const id of VALUE_IDS) {
    const { experienced, missing } = report.values[id];
    rows.push([s.value, t.values[id].name, figureText(experienced), figureText(missing), '']);
  }
  for (const theme of report.themes) {
    rows.push([s.theme, names.theme(theme.themeId), '', '', figureText(theme.conversations)]);
    for (const id of VALUE_IDS) {
      const { experienced, missing } = theme.values[id];
      rows.push([
        s.themeValue,
        `${names.theme(theme.themeId)} × ${t.values[id].name}`,
        figureText(experienced),
        figureText(missing),
        '',
      ]);
    }
  }
  for (const obstacle of report.obstacles)
    rows.push([s.obstacle, names.theme(obstacle.themeId), '', '', figureText(obstacle.conversations)]);
  for (const guide of report.coverage.guides)
    rows.push([s.guide, names.guide(guide.guideId), '', '', figureText(guide.conversations)]);
  for (const profile of report.coverage.residentProfiles)
    rows.push([s.profile, names.profile(profile.residentProfile), '', '', figureText(profile.conversations)]);
  return rows;
}

export function aggregatesCsv(...args: Parameters<typeof aggregateRows>): string {
  return toCsv(aggregateRows(...args));
}

/** Everything the team prepared, as it came from the server plus their agenda. */
export function circleJson(
  report: AggregatesReport,
  agenda: Agenda | null,
  fetchedAt: number | null,
): string {
  return `${JSON.stringify({ report, agenda, asOf: fetchedAt === null ? null : new Date(fetchedAt).toISOString() }, null, 2)}\n`;
}
