import { useState } from 'preact/hooks';
import type { Theme } from '../../domain/themes';
import type { ConsoleProposal } from '../../domain/wire/beheer-configuration';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { consoleApi } from './api';
import type { ConfigurationChanges } from './configuration-change';
import { useConsoleMessages } from './messages';

/** One proposal: accept it (with a preview), map it onto a theme in use, or reject it. */
export function ProposalCard({
  proposal,
  themes,
  changes,
}: {
  proposal: ConsoleProposal;
  themes: readonly Theme[];
  changes: ConfigurationChanges;
}) {
  const t = useConsoleMessages();
  const p = t.configuration.proposals;
  const [nl, setNl] = useState(proposal.text);
  const [en, setEn] = useState(proposal.text);
  const inUse = themes.filter((theme) => !theme.retired);
  const [mapTo, setMapTo] = useState(inUse[0]?.id ?? '');
  const key = `proposal-${proposal.id}`;
  const name = (theme: Theme) => (language.value === 'en' ? theme.labels.en : theme.labels.nl);

  const accept = (event: Event) => {
    event.preventDefault();
    void changes.propose({
      send: (preview) => consoleApi.acceptProposal(proposal.id, { nl, en }, preview),
      saved: () => p.accepted(nl.trim()),
    });
  };

  return (
    <li class="card proposal-card" aria-labelledby={`${key}-heading`}>
      <h3 id={`${key}-heading`}>{p.proposed(proposal.text)}</h3>
      <p class="field-hint">{p.received(formatMoment(Date.parse(proposal.receivedAt), language.value))}</p>
      <form onSubmit={accept} class="console-grant">
        <TextField id={`${key}-nl`} label={p.labelNl} value={nl} onValue={setNl} autocomplete="off" />
        <TextField id={`${key}-en`} label={p.labelEn} value={en} onValue={setEn} autocomplete="off" />
        <button type="submit" class="button button-primary" aria-label={p.acceptLabel(proposal.text)}>
          {p.accept}
        </button>
      </form>
      {inUse.length > 0 && (
        <div class="console-grant">
          <SelectField
            id={`${key}-map`}
            label={p.mapTo}
            value={mapTo}
            options={inUse.map((theme) => ({ value: theme.id, label: name(theme) }))}
            onValue={setMapTo}
          />
          <button
            type="button"
            class="button"
            aria-label={p.mapLabel(proposal.text)}
            onClick={() => void changes.act(() => consoleApi.mapProposal(proposal.id, mapTo), p.mapped)}
          >
            {p.map}
          </button>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-label={p.rejectLabel(proposal.text)}
          onClick={() => void changes.act(() => consoleApi.rejectProposal(proposal.id), p.rejected)}
        >
          {p.reject}
        </button>
      </div>
    </li>
  );
}
