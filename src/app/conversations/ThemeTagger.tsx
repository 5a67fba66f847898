import { useEffect, useState } from 'preact/hooks';
import { markThemesSeen, newThemesFromAreaTeam } from '../../db/area-configuration';
import { activeThemes, findTheme, type Theme, themeLabel } from '../../domain/themes';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';
import { ProposalTags } from './ProposalTags';

/** "Nieuwe thema's van het gebiedsteam": shown above the tagger until the interviewer has seen it. */
function NewThemesNotice() {
  const t = useMessages();
  const db = useDevice().db.value;
  const [themes, setThemes] = useState<Theme[]>([]);
  useEffect(() => {
    if (db) void newThemesFromAreaTeam(db).then(setThemes);
  }, [db]);
  if (!db || themes.length === 0) return null;
  const labels = themes.map((theme) => themeLabel(theme, language.value)).join(', ');
  return (
    <p class="hint-line" role="status">
      {t.talk.newThemes(labels)}{' '}
      <button type="button" onClick={() => void markThemesSeen(db).then(() => setThemes([]))}>
        {t.talk.newThemesSeen}
      </button>
    </p>
  );
}

/** Themes as toggle chips: one tap on, one tap off. Retired themes show only where already tagged. */
export function ThemeTagger({
  conversationId,
  selected,
  onChange,
}: {
  conversationId: string;
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const t = useMessages();
  const codebook = useCodebook();
  if (!codebook) return null;
  const shown: Theme[] = [
    ...activeThemes(codebook),
    ...selected.flatMap((id) => {
      const theme = findTheme(codebook, id);
      return theme?.retired ? [theme] : [];
    }),
  ];
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  return (
    <fieldset class="tagger">
      <legend>{t.talk.themes}</legend>
      <NewThemesNotice />
      <ul class="chips">
        {shown.map((theme) => (
          <li key={theme.id}>
            <button
              type="button"
              class="chip"
              aria-pressed={selected.includes(theme.id)}
              onClick={() => toggle(theme.id)}
            >
              {themeLabel(theme, language.value)}
            </button>
          </li>
        ))}
      </ul>
      <ProposalTags
        conversationId={conversationId}
        codebook={codebook}
        selected={selected}
        onAddTheme={(id) => onChange([...selected, id])}
      />
    </fieldset>
  );
}
