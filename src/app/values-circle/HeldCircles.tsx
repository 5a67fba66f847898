import { useState } from 'preact/hooks';
import { uuidv7 } from '../../domain/uuid';
import { circleDay } from '../../domain/values-circle/circle-day';
import { byDate, withHeldCircle, withoutHeldCircle } from '../../domain/values-circle/held-circles';
import type { Agenda } from '../../domain/wire/agenda';
import { HELD_CIRCLE_LIMITS } from '../../domain/wire/held-circles';
import { isCircleDate } from '../../domain/wire/next-circle';
import { TextField } from '../components/TextField';
import { language, useMessages } from '../i18n/locale';

/**
 * The values circles the team held this year (a year can have several: per value, per
 * neighbourhood), kept with the agenda and so saved here first and shared like it. The
 * participatieparagraaf counts them and the public page lists them.
 */
export function HeldCircles({ agenda, onChange }: { agenda: Agenda; onChange: (next: Agenda) => void }) {
  const t = useMessages().heldCircles;
  const lang = language.value;
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [placeError, setPlaceError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const circles = byDate(agenda.heldCircles ?? []);
  const full = circles.length >= HELD_CIRCLE_LIMITS.circles;

  const add = (event: Event) => {
    event.preventDefault();
    // Checked here: the server refuses the whole agenda over one field, so nothing invalid is kept.
    const where = place.trim();
    setError(isCircleDate(date) ? null : t.dateMissing);
    setPlaceError(
      where.length > HELD_CIRCLE_LIMITS.placeLength ? t.placeTooLong(HELD_CIRCLE_LIMITS.placeLength) : null,
    );
    if (!isCircleDate(date) || where.length > HELD_CIRCLE_LIMITS.placeLength) return;
    onChange(withHeldCircle(agenda, { id: uuidv7(), date, place: where }));
    setSaid(t.added(circleDay(date, lang)));
    setDate('');
    setPlace('');
  };
  return (
    <section class="card" aria-labelledby="held-circles-heading">
      <h2 id="held-circles-heading">{t.heading}</h2>
      <p class="hint-line">{t.intro}</p>
      {circles.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="proposals">
          {circles.map((circle) => {
            const day = circleDay(circle.date, lang);
            return (
              <li key={circle.id}>
                <span>{circle.place ? t.at(day, circle.place) : day}</span>
                <button
                  type="button"
                  class="button button-small"
                  aria-label={t.removeLabel(day)}
                  onClick={() => {
                    onChange(withoutHeldCircle(agenda, circle.id));
                    setSaid(t.removed(day));
                  }}
                >
                  {t.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form aria-labelledby="held-circle-add" onSubmit={add} noValidate>
        <h3 id="held-circle-add">{t.add}</h3>
        <div class="field">
          <label for="held-circle-date">{t.date}</label>
          <input
            id="held-circle-date"
            type="date"
            value={date}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'held-circle-date-error' : undefined}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
          {error && (
            <p id="held-circle-date-error" class="field-error">
              {error}
            </p>
          )}
        </div>
        <TextField
          id="held-circle-place"
          label={t.place}
          value={place}
          onValue={setPlace}
          error={placeError}
        />
        <button type="submit" class="button button-small" disabled={full}>
          {t.add}
        </button>
        {full && <p class="hint-line">{t.full(HELD_CIRCLE_LIMITS.circles)}</p>}
      </form>
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
