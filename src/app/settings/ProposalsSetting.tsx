import { useState } from 'preact/hooks';
import { readEnrolment } from '../../db/enrolment';
import { listProposals } from '../../db/proposals';
import type { ThemeProposal } from '../../domain/proposals/theme-proposal';
import { findTheme, themeLabel } from '../../domain/themes';
import { previewProposal, type SendProposalProblem, sendProposal } from '../../flows/propose-theme';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { dataKey } from '../session';
import { useCodebook } from '../use-codebook';
import { useLive } from '../use-live';

/**
 * "Voorstellen": the themes she proposed, what became of each, and for a draft the anonymised text
 * to look at and send with an explicit tap. Nothing here sends anything by itself.
 */
export function ProposalsSetting() {
  const t = useMessages();
  const db = useDevice().db.value;
  const key = dataKey.value;
  const proposals = useLive(
    (database) => (key ? listProposals(database, key) : Promise.resolve(null)),
    [key],
  );
  const enrolment = useLive(readEnrolment, []);
  const codebook = useCodebook();
  const [reviewing, setReviewing] = useState<{ id: string; text: string } | null>(null);
  const [message, setMessage] = useState<{ id: string; text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const lang = language.value;
  const theme = (id: string | undefined) => {
    const found = id === undefined || !codebook ? undefined : findTheme(codebook, id);
    return found ? themeLabel(found, lang) : (id ?? '');
  };
  const status = (proposal: ThemeProposal): string => {
    const p = t.settings.proposals;
    if (proposal.status === 'accepted') return p.accepted(theme(proposal.themeId));
    if (proposal.status === 'mapped') return p.mapped(theme(proposal.themeId));
    return p[proposal.status];
  };
  const explain = (problem: SendProposalProblem) => t.settings.proposals.problems[problem];

  const send = async (id: string, text: string) => {
    if (!db || !key) return;
    setBusy(true);
    const result = await sendProposal(db, key, browserServer(), id, text);
    setBusy(false);
    setReviewing(null);
    setMessage({
      id,
      text: result.ok ? t.settings.proposals.done : explain(result.problem),
      problem: !result.ok,
    });
  };

  return (
    <section class="setting" aria-labelledby="setting-proposals" id="voorstellen">
      <h2 id="setting-proposals">{t.settings.proposals.heading}</h2>
      <p>{t.settings.proposals.intro}</p>
      {!key && <p class="hint-line">{t.settings.proposals.locked}</p>}
      {proposals?.length === 0 && <p class="hint-line">{t.settings.proposals.none}</p>}
      <ul class="proposal-list">
        {(proposals ?? []).map((proposal) => (
          <li key={proposal.id}>
            <span class="area-name">{proposal.label}</span>
            <span class="hint-line">
              {status(proposal)}
              {proposal.conversationIds.length > 0 &&
                ` · ${t.settings.proposals.tagged(proposal.conversationIds.length)}`}
            </span>
            {proposal.status === 'draft' && reviewing?.id !== proposal.id && (
              <button
                type="button"
                class="button"
                onClick={() => {
                  setMessage(null);
                  setReviewing({ id: proposal.id, text: previewProposal(proposal).text });
                }}
              >
                {t.settings.proposals.review(proposal.label)}
              </button>
            )}
            {reviewing?.id === proposal.id && (
              <div class="proposal-preview">
                <p>{t.settings.proposals.previewHeading}</p>
                <blockquote>{reviewing.text}</blockquote>
                {enrolment === null && (
                  <p class="hint-line">{t.settings.proposals.problems['not-enrolled']}</p>
                )}
                <div class="inline-form">
                  <button
                    type="button"
                    class="button button-primary"
                    disabled={busy || enrolment === null}
                    onClick={() => void send(reviewing.id, reviewing.text)}
                  >
                    {t.settings.proposals.send}
                  </button>
                  <button type="button" class="button" onClick={() => setReviewing(null)}>
                    {t.settings.proposals.cancel}
                  </button>
                </div>
              </div>
            )}
            {message?.id === proposal.id && (
              <p
                class={message.problem ? 'field-error' : 'hint-line'}
                role={message.problem ? 'alert' : 'status'}
              >
                {message.text}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
