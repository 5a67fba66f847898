import { useState } from 'preact/hooks';
import { listProposals } from '../../db/proposals';
import { themeOfferedFor } from '../../domain/proposals/theme-proposal';
import { type Codebook, findTheme, THEME_LABEL_MAX_LENGTH, themeLabel } from '../../domain/themes';
import { noteProposal, toggleProposalTag } from '../../flows/propose-theme';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { dataKey } from '../session';
import { useLive } from '../use-live';

/**
 * Under the theme chips: the proposals this conversation is tagged with, a field to note a theme
 * the codebook lacks, and, once the administrators decided, the theme a proposal became, offered
 * with a tap (nothing she tagged is changed by itself).
 */
export function ProposalTags({
  conversationId,
  codebook,
  selected,
  onAddTheme,
}: {
  conversationId: string;
  codebook: Codebook;
  selected: readonly string[];
  onAddTheme: (themeId: string) => void;
}) {
  const t = useMessages();
  const db = useDevice().db.value;
  const key = dataKey.value;
  const all = useLive((database) => (key ? listProposals(database, key) : Promise.resolve([])), [key]);
  const mine = (all ?? []).filter((proposal) => proposal.conversationIds.includes(conversationId));
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  if (!db || !key) return null;

  const propose = async (event: Event) => {
    event.preventDefault();
    const result = await noteProposal(db, key, label, conversationId);
    if (!result.ok) {
      return setProblem(
        result.problem === 'empty'
          ? t.settings.themes.empty
          : t.settings.themes.tooLong(THEME_LABEL_MAX_LENGTH),
      );
    }
    setProblem(null);
    setLabel('');
    setAnnouncement(t.talk.proposalNoted(result.proposal.label));
  };

  return (
    <div class="proposal-tags">
      {mine.length > 0 && (
        <ul class="chips">
          {mine.map((proposal) => (
            <li key={proposal.id}>
              <button
                type="button"
                class="chip chip-proposal"
                aria-pressed="true"
                onClick={() => void toggleProposalTag(db, key, proposal.id, conversationId)}
              >
                {t.talk.proposalChip(proposal.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {mine.flatMap((proposal) => {
        const themeId = themeOfferedFor(proposal, selected);
        const theme = themeId === null ? undefined : findTheme(codebook, themeId);
        if (theme === undefined) return [];
        return [
          <button key={proposal.id} type="button" class="button" onClick={() => onAddTheme(theme.id)}>
            {t.talk.offerTheme(themeLabel(theme, language.value))}
          </button>,
        ];
      })}
      <form class="inline-form" onSubmit={(event) => void propose(event)} noValidate>
        <TextField
          id={`propose-${conversationId}`}
          label={t.talk.proposeLabel}
          value={label}
          onValue={setLabel}
          autocomplete="off"
          error={problem}
        />
        <button type="submit" class="button">
          {t.talk.propose}
        </button>
      </form>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
