import { useState } from 'preact/hooks';
import { readEnrolment } from '../../db/enrolment';
import type { Guide } from '../../domain/guides/guide';
import { guideRef } from '../../domain/guides/versions';
import type { GuideProposal } from '../../domain/proposals/guide-proposal';
import {
  type GuideProposalPreview,
  guideProposalOf,
  previewGuideProposal,
  type SendGuideProposalProblem,
  sendGuideProposal,
} from '../../flows/propose-guide';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { browserServer } from '../server-access';
import { useLive } from '../use-live';
import { useProposalMessages } from './proposal-messages';
import { SentGuide } from './SentGuide';

/**
 * Proposing one of her own guide versions for publication: what became of an earlier proposal, or
 * the guide as it would be sent (after the anonymiser) to look at and send with an explicit tap.
 * Nothing here sends anything by itself.
 */
export function ProposeGuide({ guide }: { guide: Guide }) {
  const t = useProposalMessages();
  const db = useDevice().db.value;
  const ref = guideRef(guide);
  const proposal = useLive((database) => guideProposalOf(database, ref), [ref.id, ref.language, ref.version]);
  const enrolment = useLive(readEnrolment, []);
  const [preview, setPreview] = useState<GuideProposalPreview | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Nothing until both are read: a state shown for a moment and then replaced would only confuse.
  if (proposal === undefined || enrolment === undefined) return null;

  const send = async (shown: GuideProposalPreview) => {
    if (!db) return;
    setBusy(true);
    const result = await sendGuideProposal(db, browserServer(), ref, shown.guide);
    setBusy(false);
    setPreview(null);
    setMessage(
      result.ok
        ? { text: t.done, problem: false }
        : { text: t.problems[result.problem satisfies SendGuideProposalProblem], problem: true },
    );
  };
  const mayPropose = proposal === null || proposal.status === 'rejected';

  return (
    <section class="guide-propose" aria-labelledby="guide-propose-heading">
      <h2 id="guide-propose-heading">{t.heading}</h2>
      {proposal ? <ProposalState proposal={proposal} /> : <p>{t.intro}</p>}
      {mayPropose && preview === null && (
        <button
          type="button"
          class="button"
          onClick={() => {
            setMessage(null);
            setPreview(previewGuideProposal(guide));
          }}
        >
          {t.review}
        </button>
      )}
      {preview && (
        <div class="proposal-preview">
          <p>{t.previewHeading}</p>
          <p class="hint-line">{t.changed(preview.changed)}</p>
          <SentGuide guide={preview.guide} />
          {enrolment === null && <p class="hint-line">{t.problems['not-enrolled']}</p>}
          <div class="inline-form">
            <button
              type="button"
              class="button button-primary"
              disabled={busy || enrolment === null}
              onClick={() => void send(preview)}
            >
              {t.send}
            </button>
            <button type="button" class="button" onClick={() => setPreview(null)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {/* The status region is always there, so screen readers announce what appears in it; a
          problem is an alert, which is announced as it appears. */}
      <p class="hint-line" role="status">
        {message && !message.problem ? message.text : ''}
      </p>
      {message?.problem && (
        <p class="field-error" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}

function ProposalState({ proposal }: { proposal: GuideProposal }) {
  const t = useProposalMessages();
  if (proposal.status === 'sent') return <p>{t.sent(formatMoment(proposal.sentAt, language.value))}</p>;
  if (proposal.status === 'rejected') {
    return (
      <>
        <p>{t.rejected(proposal.reason ?? '')}</p>
        <p class="hint-line">{t.proposeAgain}</p>
      </>
    );
  }
  const published = proposal.published;
  const renamed =
    published !== undefined && (published.id !== proposal.guideId || published.version !== proposal.version);
  return <p>{renamed ? t.publishedAs(published.id, published.version) : t.published}</p>;
}
