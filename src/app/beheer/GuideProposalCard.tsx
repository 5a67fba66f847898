import { useState } from 'preact/hooks';
import type { ConsoleGuideProposal } from '../../domain/wire/beheer-configuration';
import { TextField } from '../components/TextField';
import { formatMoment } from '../format';
import { SentGuide } from '../guides/SentGuide';
import { language } from '../i18n/locale';
import { consoleApi } from './api';
import type { ConfigurationChanges } from './configuration-change';
import { useConsoleMessages } from './messages';

/**
 * One guide proposed from a device: read it as it was sent, publish it (with the preview of what
 * devices notice, as publishing a file), or reject it with a reason the interviewer is shown.
 */
export function GuideProposalCard({
  proposal,
  changes,
}: {
  proposal: ConsoleGuideProposal;
  changes: ConfigurationChanges;
}) {
  const t = useConsoleMessages();
  const p = t.configuration.guideProposals;
  const p2 = t.configuration.proposals;
  const { guide } = proposal;
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const key = `guide-proposal-${proposal.id}`;

  const publish = () =>
    void changes.propose({
      send: (preview) => consoleApi.publishGuideProposal(proposal.id, preview),
      saved: (answer) => p.published(answer.guide?.id ?? guide.id, answer.guide?.version ?? guide.version),
    });
  const reject = (event: Event) => {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    setMissing(false);
    void changes.act(() => consoleApi.rejectGuideProposal(proposal.id, reason.trim()), p.rejected);
  };

  return (
    <li class="card proposal-card" aria-labelledby={`${key}-heading`}>
      <h3 id={`${key}-heading`}>{p.proposed(guide.title)}</h3>
      <p class="field-hint">
        {p.meta(guide.id, guide.version, guide.language)} ·{' '}
        {p2.received(formatMoment(Date.parse(proposal.receivedAt), language.value))}
      </p>
      <details>
        <summary>{p.read}</summary>
        <SentGuide guide={guide} />
      </details>
      <div class="actions">
        <button
          type="button"
          class="button button-primary"
          aria-label={p.publishLabel(guide.title)}
          onClick={publish}
        >
          {p.publish}
        </button>
      </div>
      <form onSubmit={reject} class="console-grant">
        <TextField
          id={`${key}-reason`}
          label={p.reason}
          value={reason}
          onValue={setReason}
          autocomplete="off"
          error={missing ? p.reasonNeeded : null}
        />
        <button type="submit" class="button" aria-label={p.rejectLabel(guide.title)}>
          {p.reject}
        </button>
      </form>
    </li>
  );
}
