import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listAreas } from '../../db/areas';
import { summaryIdFor } from '../../db/sharing';
import { type QuoteCandidate, quoteCandidates } from '../../domain/sharing/quote-review';
import { mayShare } from '../../domain/sharing/status';
import {
  approveSharing,
  holdBackSharing,
  previewSummary,
  type SharingProblem,
} from '../../flows/share-summary';
import { type OpenConversation, useConversation } from '../conversations/use-conversation';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { requestOutboxSync, syncNow } from '../sync-session';
import { useLive } from '../use-live';
import { EnrolmentNotice } from './EnrolmentNotice';
import { QuoteApprovals } from './QuoteApprovals';
import { SummaryFields } from './SummaryFields';

/**
 * The preview before sharing: exactly the summary that would leave the device, field by field and
 * as the raw JSON, with the quotes to approve one by one. Sending goes through the share-summary
 * flow, which makes the summary again from what is stored; holding back sends nothing.
 */
export function SharePreview({ id, dataKey }: { id: string; dataKey: CryptoKey }) {
  const t = useMessages();
  const open = useConversation(id, dataKey);
  if (open === 'loading') return <p>{t.talk.loading}</p>;
  if (open === 'missing') return <p>{t.talk.notFound}</p>;
  if (!mayShare(open.conversation)) {
    return (
      <>
        <p>{t.sharing.preview.notShareable}</p>
        <a class="button" href={`/gesprekken/${id}`}>
          {t.sharing.preview.back}
        </a>
      </>
    );
  }
  return <PreviewOf open={open} dataKey={dataKey} />;
}

function PreviewOf({ open, dataKey }: { open: OpenConversation; dataKey: CryptoKey }) {
  const { conversation, guide } = open;
  const t = useMessages();
  const previewText = t.sharing.preview;
  const device = useDevice();
  const db = device.db.value;
  const { route } = useLocation();
  const areas = useLive(listAreas, []);
  const [summaryId, setSummaryId] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<QuoteCandidate[]>(() =>
    conversation.consent?.quotes
      ? quoteCandidates([...open.notes.values()], conversation.peopleMentioned, conversation.valueTags)
      : [],
  );
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<SharingProblem | null>(null);

  useEffect(() => {
    if (db) void summaryIdFor(db, conversation.id).then(setSummaryId);
  }, [db, conversation.id]);

  if (!db || summaryId === null) return null;
  const { summary, quoteProblems, sendable } = previewSummary(conversation, summaryId, candidates);
  const back = () => route(`/gesprekken/${conversation.id}`);

  const send = async () => {
    setBusy(true);
    // What the screen shows must be what is stored: the flow encodes from the database.
    await device.saves.flush();
    const result = await approveSharing(db, dataKey, {
      conversationId: conversation.id,
      summaryId,
      approvedQuotes: summary.quotes,
    });
    if (!result.ok) {
      setRefused(result.problem);
      return setBusy(false);
    }
    void syncNow(false);
    void requestOutboxSync();
    back();
  };
  const holdBack = async () => {
    setBusy(true);
    await holdBackSharing(db, dataKey, conversation.id);
    back();
  };

  return (
    <>
      <p>{previewText.intro}</p>
      <EnrolmentNotice areaId={summary.areaId} />
      <SummaryFields
        summary={summary}
        areaName={areas?.find((area) => area.id === conversation.areaId)?.name}
        guideTitle={guide?.title}
      />
      <QuoteApprovals
        consented={!!conversation.consent?.quotes}
        candidates={candidates}
        problems={quoteProblems}
        peopleMentioned={conversation.peopleMentioned}
        onChange={(next) =>
          setCandidates((all) => all.map((one) => (one.quoteId === next.quoteId ? next : one)))
        }
      />
      <details class="card">
        <summary>{previewText.technical}</summary>
        <pre class="preview-json">{JSON.stringify(summary, null, 2)}</pre>
      </details>
      {!sendable && quoteProblems.size === 0 && <p class="warning">{previewText.invalid}</p>}
      {refused && (
        <p class="warning" role="alert">
          {refused === 'invalid' ? previewText.invalid : previewText.changed}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button-primary"
          disabled={busy || !sendable}
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
