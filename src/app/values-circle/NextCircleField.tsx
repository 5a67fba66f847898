import { useEffect, useState } from 'preact/hooks';
import type { AreaSession } from '../../db/values-circle';
import { circleDay } from '../../domain/values-circle/circle-day';
import { isCircleDate } from '../../domain/wire/next-circle';
import { sameOrigin } from '../../sync/api';
import type { AreaTeamProblem } from '../../sync/area-team';
import { readNextCircle, setNextCircle } from '../../sync/next-circle';
import { online } from '../connection';
import { language, useMessages } from '../i18n/locale';

/**
 * The date of the next values circle, set by the team beside the public page of the year: the page,
 * the poster and the interviewers' resident cards show it. Saved on the server at once, online only.
 */
export function NextCircleField({ session, year }: { session: AreaSession; year: number }) {
  const t = useMessages();
  const text = t.nextCircle;
  const [stored, setStored] = useState<string | null | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<AreaTeamProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const isOnline = () => navigator.onLine;

  useEffect(() => {
    if (!online.value) return;
    let current = true;
    void readNextCircle(sameOrigin(), session, year, isOnline).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.problem);
      setStored(result.value);
      setDraft(result.value ?? '');
    });
    return () => {
      current = false;
    };
  }, [session.token, year, online.value]);

  const save = async (date: string | null) => {
    setBusy(true);
    const result = await setNextCircle(sameOrigin(), session, year, date, isOnline);
    setBusy(false);
    setProblem(result.ok ? null : result.problem);
    if (result.ok) {
      setStored(result.value);
      setDraft(result.value ?? '');
    }
  };

  const disabled = busy || stored === undefined || !online.value;
  return (
    <form
      class="next-circle-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (isCircleDate(draft)) void save(draft);
      }}
    >
      <label for="next-circle-date">{text.label}</label>
      <p class="hint" id="next-circle-hint">
        {text.hint}
      </p>
      <input
        id="next-circle-date"
        type="date"
        value={draft}
        aria-describedby="next-circle-hint"
        disabled={disabled}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <p role="status">
        {stored === undefined
          ? ''
          : stored === null
            ? text.none
            : text.saved(circleDay(stored, language.value))}
      </p>
      {problem && <p class="notice-line">{t.valuesCircle.problems[problem]}</p>}
      <div class="actions">
        <button type="submit" class="button" disabled={disabled || !isCircleDate(draft) || draft === stored}>
          {text.save}
        </button>
        {stored && (
          <button type="button" class="button" disabled={disabled} onClick={() => void save(null)}>
            {text.clear}
          </button>
        )}
      </div>
    </form>
  );
}
