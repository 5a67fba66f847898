import { useEffect, useState } from 'preact/hooks';
import { listAreas, replaceAreas } from '../../db/areas';
import {
  AREA_NAME_MAX_LENGTH,
  type Area,
  type AreaNameProblem,
  areaIdFor,
  areaNameProblem,
  normaliseAreaName,
} from '../../domain/areas';
import { useDevice, withDatabase } from '../device';
import { useMessages } from '../i18n/locale';

const SAVE_KEY = 'areas';

export function AreasSetting() {
  const t = useMessages();
  const device = useDevice();
  const db = device.db.value;
  // What is typed but not yet stored wins over what the database holds.
  const [areas, setAreas] = useState<Area[] | null>(() => device.saves.pending<Area[]>(SAVE_KEY) ?? null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<AreaNameProblem | 'last-one' | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (db && !device.saves.pending(SAVE_KEY)) void listAreas(db).then(setAreas);
  }, [db, device]);

  const change = (next: Area[]) => {
    const ordered = next.map((area, order) => ({ ...area, order }));
    setAreas(ordered);
    device.saves.save(SAVE_KEY, ordered, (value) =>
      withDatabase(device, (database) => replaceAreas(database, value)),
    );
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (!areas) return;
    const found = areaNameProblem(name, areas);
    setProblem(found);
    if (found) return;
    const clean = normaliseAreaName(name);
    change([
      ...areas,
      { id: areaIdFor(clean, new Set(areas.map((area) => area.id))), name: clean, order: areas.length },
    ]);
    setName('');
    setAnnouncement(t.settings.areas.added(clean));
  };

  const remove = (area: Area) => {
    if (!areas) return;
    if (areas.length === 1) {
      setProblem('last-one');
      return;
    }
    change(areas.filter((other) => other.id !== area.id));
    setAnnouncement(t.settings.areas.removed(area.name));
  };

  const move = (index: number, by: -1 | 1) => {
    if (!areas) return;
    const next = [...areas];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };

  const problemText =
    problem === 'empty'
      ? t.settings.areas.empty
      : problem === 'too-long'
        ? t.settings.areas.tooLong(AREA_NAME_MAX_LENGTH)
        : problem === 'duplicate'
          ? t.settings.areas.duplicate
          : problem === 'last-one'
            ? t.settings.areas.lastOne
            : null;

  return (
    <section class="setting" aria-labelledby="setting-areas">
      <h2 id="setting-areas">{t.settings.areas.heading}</h2>
      <p>{t.settings.areas.intro}</p>
      {areas && (
        <ul class="area-list">
          {areas.map((area, index) => (
            <li key={area.id}>
              <span class="area-name">{area.name}</span>
              <span class="area-actions">
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t.settings.areas.moveUp(area.name)}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t.settings.areas.moveDown(area.name)}
                  disabled={index === areas.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t.settings.areas.remove(area.name)}
                  onClick={() => remove(area)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <label for="new-area">{t.settings.areas.newLabel}</label>
        <div class="inline-form-row">
          <input
            id="new-area"
            type="text"
            autocomplete="off"
            value={name}
            maxLength={AREA_NAME_MAX_LENGTH * 2}
            aria-invalid={problem && problem !== 'last-one' ? 'true' : undefined}
            aria-describedby={problemText ? 'area-problem' : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t.settings.areas.add}
          </button>
        </div>
        {problemText && (
          <p id="area-problem" class="field-error" role="alert">
            {problemText}
          </p>
        )}
      </form>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
