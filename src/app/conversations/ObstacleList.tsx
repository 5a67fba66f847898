import { useState } from 'preact/hooks';
import type { Obstacle } from '../../domain/conversation';
import { activeThemes, themeLabel } from '../../domain/themes';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { language, useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';

export function ObstacleList({
  obstacles,
  onChange,
}: {
  obstacles: readonly Obstacle[];
  onChange: (next: Obstacle[]) => void;
}) {
  const t = useMessages();
  const codebook = useCodebook();
  const [text, setText] = useState('');
  const [themeId, setThemeId] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onChange([...obstacles, { id: crypto.randomUUID(), text: text.trim(), themeId: themeId || null }]);
    setText('');
  };

  return (
    <section aria-labelledby="obstacles-heading">
      <h3 id="obstacles-heading">{t.talk.obstacles}</h3>
      <p class="field-hint">{t.talk.obstaclesHint}</p>
      {obstacles.length > 0 && (
        <ul class="plain-list">
          {obstacles.map((obstacle) => (
            <li key={obstacle.id}>
              <span>{obstacle.text}</span>
              <button
                type="button"
                class="icon-button"
                aria-label={t.talk.removeObstacle(obstacle.text)}
                onClick={() => onChange(obstacles.filter((other) => other.id !== obstacle.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <TextField id="obstacle-text" label={t.talk.obstacleText} value={text} onValue={setText} />
        <SelectField
          id="obstacle-theme"
          label={t.talk.obstacleTheme}
          value={themeId}
          onValue={setThemeId}
          options={[
            { value: '', label: t.talk.noTheme },
            ...(codebook ? activeThemes(codebook) : []).map((theme) => ({
              value: theme.id,
              label: themeLabel(theme, language.value),
            })),
          ]}
        />
        <button type="submit" class="button">
          {t.talk.addObstacle}
        </button>
      </form>
    </section>
  );
}
