import { useEffect, useState } from 'preact/hooks';
import { readCodebook, writeCodebook } from '../../db/codebook';
import {
  type Codebook,
  findTheme,
  renameTheme,
  restoreTheme,
  retireTheme,
  THEME_LABEL_MAX_LENGTH,
  type Theme,
  type ThemeResult,
  themeLabel,
} from '../../domain/themes';
import { noteProposal } from '../../flows/propose-theme';
import { TextField } from '../components/TextField';
import { useDevice, withDatabase } from '../device';
import { language, useMessages } from '../i18n/locale';
import { dataKey } from '../session';

const SAVE_KEY = 'codebook';

/** The editable theme codebook: ids stay stable, themes are retired rather than deleted. */
export function ThemesSetting() {
  const t = useMessages();
  const device = useDevice();
  const db = device.db.value;
  const [codebook, setCodebook] = useState<Codebook | null>(
    () => device.saves.pending<Codebook>(SAVE_KEY) ?? null,
  );
  const [label, setLabel] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (db && !device.saves.pending(SAVE_KEY)) void readCodebook(db).then(setCodebook);
  }, [db, device]);

  if (!codebook) return null;
  const lang = language.value;

  const change = (next: Codebook) => {
    setCodebook(next);
    device.saves.save(SAVE_KEY, next, (value) =>
      withDatabase(device, (database) => writeCodebook(database, value)),
    );
  };

  const explain = (result: Extract<ThemeResult, { ok: false }>): string => {
    if (result.problem === 'empty') return t.settings.themes.empty;
    if (result.problem === 'too-long') return t.settings.themes.tooLong(THEME_LABEL_MAX_LENGTH);
    const clash = 'clashId' in result && result.clashId ? findTheme(codebook, result.clashId) : undefined;
    return clash?.retired ? t.settings.themes.duplicateRetired : t.settings.themes.duplicate;
  };

  // A theme the codebook lacks becomes a proposal (sealed on this device, sent only when she
  // chooses to), never a new id of its own that a summary could carry.
  const add = async (event: Event) => {
    event.preventDefault();
    const key = dataKey.value;
    if (!db || !key) return setProblem(t.settings.proposals.locked);
    const result = await noteProposal(db, key, label);
    if (!result.ok) {
      return setProblem(
        result.problem === 'empty'
          ? t.settings.themes.empty
          : t.settings.themes.tooLong(THEME_LABEL_MAX_LENGTH),
      );
    }
    setProblem(null);
    setLabel('');
    setAnnouncement(t.settings.themes.added(result.proposal.label));
  };

  const saveRename = (event: Event) => {
    event.preventDefault();
    if (!renaming) return;
    const result = renameTheme(codebook, renaming.id, { [lang]: renaming.label });
    if (!result.ok) return setProblem(explain(result));
    setProblem(null);
    change(result.codebook);
    setRenaming(null);
  };

  const row = (theme: Theme) => {
    const name = themeLabel(theme, lang);
    if (renaming?.id === theme.id) {
      return (
        <li key={theme.id}>
          <form class="inline-form theme-rename" onSubmit={saveRename} noValidate>
            <TextField
              id={`rename-${theme.id}`}
              label={t.settings.themes.renameLabel(name)}
              value={renaming.label}
              onValue={(value) => setRenaming({ id: theme.id, label: value })}
            />
            <button type="submit" class="button">
              {t.settings.themes.save}
            </button>
            <button type="button" class="button" onClick={() => setRenaming(null)}>
              {t.settings.themes.cancel}
            </button>
          </form>
        </li>
      );
    }
    return (
      <li key={theme.id}>
        <span class="area-name">{name}</span>
        <span class="area-actions">
          <button
            type="button"
            class="icon-button"
            aria-label={t.settings.themes.rename(name)}
            onClick={() => setRenaming({ id: theme.id, label: name })}
          >
            <span aria-hidden="true">✎</span>
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={theme.retired ? t.settings.themes.restore(name) : t.settings.themes.retire(name)}
            onClick={() =>
              change(theme.retired ? restoreTheme(codebook, theme.id) : retireTheme(codebook, theme.id))
            }
          >
            <span aria-hidden="true">{theme.retired ? '↺' : '×'}</span>
          </button>
        </span>
      </li>
    );
  };

  const retired = codebook.themes.filter((theme) => theme.retired);
  return (
    <section class="setting" aria-labelledby="setting-themes">
      <h2 id="setting-themes">{t.settings.themes.heading}</h2>
      <p>{t.settings.themes.intro}</p>
      <ul class="area-list">{codebook.themes.filter((theme) => !theme.retired).map(row)}</ul>
      {retired.length > 0 && (
        <>
          <h3>{t.settings.themes.retiredHeading}</h3>
          <ul class="area-list">{retired.map(row)}</ul>
        </>
      )}
      <form class="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <TextField
          id="new-theme"
          label={t.settings.themes.newLabel}
          value={label}
          onValue={setLabel}
          autocomplete="off"
        />
        <button type="submit" class="button">
          {t.settings.themes.add}
        </button>
      </form>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
