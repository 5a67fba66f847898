import { useEffect, useState } from 'preact/hooks';
import { listAreas } from '../../db/areas';
import { allGuides } from '../../db/guides';
import { cachedTrend, chooseScope, readAgenda } from '../../db/values-circle';
import { isSuppressed } from '../../domain/suppression';
import { findTheme, themeLabel } from '../../domain/themes';
import { topThemes } from '../../domain/values-circle/dashboard';
import { participationParagraph } from '../../domain/values-circle/paragraaf';
import { proposeQuestions } from '../../domain/values-circle/questions';
import { choiceKey } from '../../domain/wire/area-team';
import { sameOrigin } from '../../sync/api';
import { type ExportKind, type OwnerRefused, reportExport, shareAgenda } from '../../sync/area-team';
import { Screen } from '../components/Screen';
import { SelectField } from '../components/SelectField';
import { online } from '../connection';
import { useDevice } from '../device';
import { download } from '../download';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useCircleCodebook } from '../use-codebook';
import { useLive } from '../use-live';
import { AgendaEditor, type Proposal } from '../values-circle/AgendaEditor';
import { AreaTeamPanel } from '../values-circle/AreaTeamPanel';
import { Dashboard } from '../values-circle/Dashboard';
import { aggregatesCsv, circleJson } from '../values-circle/exports';
import { listOf, useFigureText } from '../values-circle/figures';
import { Handout } from '../values-circle/Handout';
import { ParagraafCard } from '../values-circle/ParagraafCard';
import { ParagraafView } from '../values-circle/ParagraafView';
import { PublicPageCard } from '../values-circle/PublicPageCard';
import { paragraafDocument } from '../values-circle/paragraaf-document';
import { downloadParagraaf, printParagraaf } from '../values-circle/paragraaf-export';
import { QuotePicker } from '../values-circle/QuotePicker';
import { scopeName } from '../values-circle/scope-name';
import { TrendSection } from '../values-circle/TrendSection';
import { useCircle } from '../values-circle/use-circle';

const YEARS_BACK = 5;
const SHARE_DELAY_MS = 1_500;

export function ValuesCircleScreen() {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const lang = language.value;
  const db = useDevice().db.value;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState<number | null>(null);
  const areas = useLive(listAreas, []);
  const [deviceArea, setDeviceArea] = useState<string | null>(null);
  const guides = useLive(allGuides, []);
  const areaId = deviceArea ?? areas?.[0]?.id ?? '';
  const circle = useCircle({ year, quarter }, areaId);
  const codebook = useCircleCodebook(circle?.report?.areaId ?? areaId);
  const agenda = useLive(
    (database) => readAgenda(database, circle?.report?.areaId ?? areaId, year),
    [circle?.report?.areaId ?? areaId, year],
  );
  const [edits, setEdits] = useState(0);
  const [ownerRefused, setOwnerRefused] = useState<OwnerRefused['actions']>([]);
  // The area-team session narrowed to the area shown: agendas and public pages are per area.
  const areaSession = circle?.source.kind === 'area-team' ? circle.source.area : null;
  const trend = useLive(
    async (database) => (areaSession ? await cachedTrend(database, areaSession.area.id, year) : null),
    [areaSession?.area.id, year],
  );

  // Share the agenda with the team a moment after the last edit, when the app is back online, and on opening.
  useEffect(() => {
    if (!db || !areaSession || !online.value) return;
    const timer = setTimeout(
      () =>
        void shareAgenda(db, sameOrigin(), areaSession, year, () => navigator.onLine).then((result) =>
          // Other problems pass with the next try; this one waits for the team to change an owner.
          setOwnerRefused(!result.ok && result.problem === 'person-as-owner' ? result.actions : []),
        ),
      SHARE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [db, areaSession?.token, areaSession?.area.id, year, edits, online.value]);

  const figureText = useFigureText(circle?.report?.k ?? 5);
  if (!circle || !areas || !guides || !codebook) {
    return <Screen title={circleText.title}>{null}</Screen>;
  }
  const { report, source } = circle;
  const areaName =
    source.kind === 'area-team'
      ? scopeName(source.scope, circleText)
      : (areas.find((a) => a.id === areaId)?.name ?? areaId);
  // Agenda and public page belong to one area: the device's own, or the area the team chose.
  const agendaArea = source.kind === 'device' || source.area !== null;
  const themeName = (id: string) => {
    const theme = findTheme(codebook, id);
    return theme ? themeLabel(theme, lang) : id;
  };
  const guideName = (id: string) =>
    guides.find((g) => g.id === id && g.language === lang)?.title ??
    guides.find((g) => g.id === id)?.title ??
    id;
  const profileName = (id: string) => t.profiles[id as keyof typeof t.profiles] ?? id;
  const proposals: Proposal[] = report
    ? proposeQuestions(report).map((p) => {
        const value = t.values[p.valueId].name.toLocaleLowerCase(lang);
        const themes = listOf(
          p.themeIds.map((id) => themeName(id).toLocaleLowerCase(lang)),
          circleText.and,
        );
        return {
          valueId: p.valueId,
          text:
            p.pattern === 'too-few'
              ? circleText.proposals['too-few'](value)
              : circleText.proposals[p.pattern](value, themes),
        };
      })
    : [];
  // Only figures the server gave are reported: a device's own figures never left it.
  const exported = (kind: ExportKind) => {
    if (source.kind === 'area-team')
      reportExport(sameOrigin(), source.session, source.scope, kind, { year, quarter });
  };
  const fileBase = `waardenkring-${report?.areaId ?? areaId}-${year}${quarter ? `-k${quarter}` : ''}`;
  const teamYear = source.kind === 'area-team' && quarter === null && report ? report : null;
  const paragraafBlocks = teamYear
    ? paragraafDocument(
        participationParagraph({
          areaName,
          report: teamYear,
          agenda: agenda?.agenda ?? null,
        }),
        t,
        lang,
        { profile: profileName, guide: guideName, theme: themeName },
      )
    : null;
  const csvFigure = (figure: Parameters<typeof figureText>[0]) =>
    isSuppressed(figure) ? circleText.fewer(report?.k ?? 5) : String(figure);

  return (
    <Screen title={circleText.title}>
      <div class="screen-only">
        <p>{circleText.intro}</p>
        <AreaTeamPanel session={source.kind === 'area-team' ? source.session : null} />
        <section class="card" aria-labelledby="period-heading">
          <h2 id="period-heading">{circleText.periodHeading}</h2>
          <div class="field-pair">
            {source.kind === 'area-team' && source.choices.length > 1 && (
              <SelectField
                id="circle-scope"
                label={circleText.scopeLabel}
                value={choiceKey(source.scope)}
                options={source.choices.map((choice) => ({
                  value: choiceKey(choice),
                  label: scopeName(choice, circleText),
                }))}
                onValue={(key) => {
                  if (db) void chooseScope(db, key);
                }}
              />
            )}
            {source.kind === 'device' && (
              <SelectField
                id="circle-area"
                label={circleText.areaLabel}
                value={areaId}
                options={areas.map((area) => ({ value: area.id, label: area.name }))}
                onValue={setDeviceArea}
              />
            )}
            <SelectField
              id="circle-year"
              label={circleText.year}
              value={String(year)}
              options={Array.from({ length: YEARS_BACK + 1 }, (_, i) => ({
                value: String(thisYear - i),
                label: String(thisYear - i),
              }))}
              onValue={(value) => setYear(Number(value))}
            />
            <SelectField
              id="circle-quarter"
              label={circleText.quarter}
              value={quarter === null ? '' : String(quarter)}
              options={[
                { value: '', label: circleText.wholeYear },
                ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: circleText.quarterOption(q) })),
              ]}
              onValue={(value) => setQuarter(value === '' ? null : Number(value))}
            />
          </div>
          <div aria-live="polite">
            {source.kind === 'device' ? (
              <p class="hint-line">{circleText.localSource}</p>
            ) : (
              <>
                {circle.refreshing && <p class="hint-line">{circleText.refreshing}</p>}
                {source.fetchedAt !== null && (
                  <p class="hint-line">{circleText.asOf(formatMoment(source.fetchedAt, lang))}</p>
                )}
                {circle.problem && <p class="notice-line">{circleText.problems[circle.problem]}</p>}
              </>
            )}
          </div>
          {source.kind === 'area-team' && (
            <button
              type="button"
              class="button"
              disabled={circle.refreshing || !online.value}
              onClick={circle.refresh}
            >
              {circleText.refresh}
            </button>
          )}
        </section>
        {report && report.conversations === 0 ? (
          <p class="notice-line">
            {source.kind === 'device' ? circleText.noneHere : circleText.noneInPeriod}
          </p>
        ) : report ? (
          <>
            <Dashboard
              report={report}
              previous={circle.previous}
              guideName={guideName}
              showQuotes={source.kind === 'area-team'}
            />
            {areaSession && <TrendSection trend={trend?.trend ?? null} />}
            {agendaArea && ownerRefused.length > 0 && (
              <p class="warning" role="alert">
                {circleText.ownerRefused(
                  listOf(
                    ownerRefused.map((action) => `“${action.what}”`),
                    circleText.and,
                  ),
                )}
              </p>
            )}
            {agendaArea ? (
              <AgendaEditor
                areaId={report.areaId}
                year={year}
                proposals={proposals}
                themes={topThemes(report)
                  .slice(0, 10)
                  .map((theme) => ({ id: theme.themeId, label: themeName(theme.themeId) }))}
                shared={source.kind === 'area-team'}
                onEdited={() => setEdits((n) => n + 1)}
                more={(edited, change) =>
                  teamYear && (
                    <QuotePicker report={teamYear} agenda={edited} themeName={themeName} onChange={change} />
                  )
                }
              />
            ) : (
              <p class="notice-line">{circleText.agendaPerArea}</p>
            )}
            {source.kind === 'area-team' && source.area && (
              <PublicPageCard session={source.area} year={year} />
            )}
            {source.kind === 'area-team' && source.area && (
              <ParagraafCard
                wholeYear={paragraafBlocks !== null}
                onWord={async () => {
                  if (!paragraafBlocks) return;
                  exported('paragraaf');
                  await downloadParagraaf(
                    paragraafBlocks,
                    t.paragraaf.title(areaName, year),
                    lang,
                    `participatieparagraaf-${report.areaId}-${year}.docx`,
                  );
                }}
                onPrint={() => {
                  exported('paragraaf');
                  printParagraaf();
                }}
              />
            )}
            <section class="card" aria-labelledby="circle-export">
              <h2 id="circle-export">{circleText.exportHeading}</h2>
              <div class="actions">
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => {
                    exported('handout');
                    window.print();
                  }}
                >
                  {circleText.print}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    exported('csv');
                    download(
                      `${fileBase}.csv`,
                      'text/csv;charset=utf-8',
                      aggregatesCsv(report, t, csvFigure, {
                        theme: themeName,
                        guide: guideName,
                        profile: profileName,
                      }),
                    );
                  }}
                >
                  {circleText.csv}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    exported('json');
                    download(
                      `${fileBase}.json`,
                      'application/json',
                      circleJson(
                        report,
                        agenda?.agenda ?? null,
                        source.kind === 'area-team' ? source.fetchedAt : null,
                      ),
                    );
                  }}
                >
                  {circleText.json}
                </button>
              </div>
            </section>
          </>
        ) : (
          <p>{circleText.noReport}</p>
        )}
      </div>
      {report && <Handout report={report} areaName={areaName} />}
      {paragraafBlocks && <ParagraafView blocks={paragraafBlocks} />}
    </Screen>
  );
}
