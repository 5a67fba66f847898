import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listAreas } from '../../db/areas';
import { readEnrolment } from '../../db/enrolment';
import { approveSummary, holdBackSummary, summaryIdFor } from '../../db/sharing';
import type { Conversation } from '../../domain/conversation';
import type { Guide } from '../../domain/guides/guide';
import type { Note } from '../../domain/note';
import { encodeSummary } from '../../domain/sharing/encode';
import { type QuoteCandidate, quoteCandidates, quoteProblems } from '../../domain/sharing/quote-review';
import { mayShare } from '../../domain/sharing/status';
import { findTheme, themeLabel } from '../../domain/themes';
import { VALUE_IDS } from '../../domain/values';
import { parseSummary } from '../../domain/wire/summary';
import { useConversation } from '../conversations/use-conversation';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { requestBackgroundSync, syncNow } from '../sync-session';
import { useCodebook } from '../use-codebook';
import { useLive } from '../use-live';
import { QuoteReview } from './QuoteReview';

/**
 * The preview before sharing: exactly the summary that would leave the device, field by field and
 * as the raw JSON, with the quotes to approve one by one. Sending puts it in the outbox; holding
 * back sends nothing.
 */
export function SharePreview({ id, dataKey }: { id: string; dataKey: CryptoKey }) {
  const t = useMessages();
  const open = useConversation(id, dataKey);
  if (open === 'loading') return <p>{t.talk.loading}</p>;
  if (open === 'missing') return <p>{t.talk.notFound}</p>;
  const back = (
    <a class="button" href={`/gesprekken/${id}`}>
      {t.sharing.preview.back}
    </a>
  );
  if (!mayShare(open.conversation)) {
    return (
      <>
        <p>{t.sharing.preview.notShareable}</p>
        {back}
      </>
    );
  }
  return <PreviewOf conversation={open.conversation} guide={open.guide} notes={[...open.notes.values()]} />;
}

function PreviewOf({
  conversation,
  guide,
  notes,
}: {
  conversation: Conversation;
  guide: Guide | undefined;
  notes: readonly Note[];
}) {
  const t = useMessages();
  const previewText = t.sharing.preview;
  const db = useDevice().db.value;
  const { route } = useLocation();
  const codebook = useCodebook();
  const enrolment = useLive(readEnrolment, []);
  const areas = useLive(listAreas, []);
  const areaName = areas?.find((area) => area.id === conversation.areaId)?.name;
  const [summaryId, setSummaryId] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<QuoteCandidate[]>(() =>
    conversation.consent?.quotes
      ? quoteCandidates(notes, conversation.peopleMentioned, conversation.valueTags)
      : [],
  );
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (db) void summaryIdFor(db, conversation.id).then(setSummaryId);
  }, [db, conversation.id]);

  const problems = quoteProblems(candidates);
  const summary = useMemo(
    () =>
      summaryId === null
        ? null
        : encodeSummary(
            conversation,
            summaryId,
            candidates
              .filter((candidate) => candidate.approved)
              .map(({ text, valueIds }) => ({ text, valueIds })),
          ),
    [conversation, summaryId, candidates],
  );
  if (!db || !summary || !codebook || enrolment === undefined) return null;
  const valid = problems.size === 0 && parseSummary(summary).ok;
  const themeName = (themeId: string) => {
    const theme = findTheme(codebook, themeId);
    return theme ? themeLabel(theme, language.value) : themeId;
  };
  const listOr = (ids: readonly string[]) => (ids.length ? ids.map(themeName).join(', ') : previewText.none);

  const send = async () => {
    setBusy(true);
    await approveSummary(db, conversation.id, summary, Date.now());
    void syncNow(false);
    void requestBackgroundSync();
    route(`/gesprekken/${conversation.id}`);
  };
  const holdBack = async () => {
    setBusy(true);
    await holdBackSummary(db, conversation.id, summary.id, conversation.revision, Date.now());
    route(`/gesprekken/${conversation.id}`);
  };

  return (
    <>
      <p>{previewText.intro}</p>
      {enrolment === null ? (
        <p class="notice-line">{previewText.notEnrolled}</p>
      ) : (
        enrolment.area.id !== summary.areaId && (
          <p class="warning">{previewText.areaMismatch(enrolment.area.name)}</p>
        )
      )}
      <section class="card" aria-labelledby="preview-fields">
        <h2 id="preview-fields">{t.sharing.heading}</h2>
        <dl class="preview-fields">
          <dt>{previewText.area}</dt>
          <dd>{areaName ?? summary.areaId}</dd>
          <dt>{previewText.period}</dt>
          <dd>{previewText.periodValue(summary.period.year, summary.period.quarter)}</dd>
          <dt>{previewText.guide}</dt>
          <dd>{previewText.guideValue(guide?.title ?? summary.guide.id, summary.guide.version)}</dd>
          <dt>{previewText.profile}</dt>
          <dd>{t.profiles[summary.residentProfile]}</dd>
          <dt>{previewText.themes}</dt>
          <dd>{listOr(summary.themeIds)}</dd>
          <dt>{previewText.obstacleThemes}</dt>
          <dd>{listOr(summary.obstacleThemeIds)}</dd>
        </dl>
        <table class="preview-values">
          <caption>{previewText.values}</caption>
          <thead>
            <tr>
              <th scope="col">{previewText.valueColumn}</th>
              <th scope="col">{previewText.experiencedColumn}</th>
              <th scope="col">{previewText.missingColumn}</th>
            </tr>
          </thead>
          <tbody>
            {VALUE_IDS.map((valueId) => (
              <tr key={valueId}>
                <th scope="row">{t.values[valueId].name}</th>
                <td>{summary.values[valueId].experienced}</td>
                <td>{summary.values[valueId].missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="preview-quotes">
        <h2 id="preview-quotes">{previewText.quotes}</h2>
        {!conversation.consent?.quotes ? (
          <p>{previewText.noQuoteConsent}</p>
        ) : candidates.length === 0 ? (
          <p>{previewText.noQuotes}</p>
        ) : (
          <>
            <p class="hint-line">{previewText.quotesIntro}</p>
            <ul class="quote-reviews">
              {candidates.map((candidate) => (
                <QuoteReview
                  key={candidate.quoteId}
                  candidate={candidate}
                  problem={problems.get(candidate.quoteId)}
                  peopleMentioned={conversation.peopleMentioned}
                  onChange={(next) =>
                    setCandidates((all) => all.map((one) => (one.quoteId === next.quoteId ? next : one)))
                  }
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <details class="card">
        <summary>{previewText.technical}</summary>
        <pre class="preview-json">{JSON.stringify(summary, null, 2)}</pre>
      </details>
      {!valid && problems.size === 0 && <p class="warning">{previewText.invalid}</p>}
      <div class="actions">
        <button
          type="button"
          class="button button-primary"
          disabled={busy || !valid}
          onClick={() => void send()}
        >
          {previewText.send}
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => void holdBack()}
          aria-describedby="hold-back-hint"
        >
          {previewText.holdBack}
        </button>
      </div>
      <p id="hold-back-hint" class="hint-line">
        {previewText.holdBackHint}
      </p>
    </>
  );
}
