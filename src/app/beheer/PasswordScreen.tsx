import { useState } from 'preact/hooks';
import { MIN_ACCOUNT_PASSWORD_LENGTH } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { TextField } from '../components/TextField';
import { consoleApi } from './api';
import { endEverySession, noteProblem, session, status } from './console-state';
import { useConsoleMessages } from './messages';

type Field = 'current' | 'next' | 'repeat';

/**
 * One's own account: change the password with the current one, or sign out everywhere. After a
 * reset by an administrator this is the only screen, with the password alone: the server refuses
 * everything else until she has chosen her own.
 */
export function PasswordScreen() {
  const t = useConsoleMessages();
  const p = t.password;
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setValues({ ...values, [field]: value });
  const mustChange = session.value?.mustChangePassword === true;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (values.next.length < MIN_ACCOUNT_PASSWORD_LENGTH) {
      return setErrors({ next: p.tooShort(MIN_ACCOUNT_PASSWORD_LENGTH) });
    }
    if (values.next !== values.repeat) return setErrors({ repeat: p.mismatch });
    setBusy(true);
    const result = await consoleApi.changePassword(values.current, values.next);
    setBusy(false);
    if (!result.ok) {
      if (result.code === 'wrong_password') return setErrors({ current: p.wrong });
      if (result.code === 'password_same') return setErrors({ next: p.same });
      if (result.code === 'password_too_short')
        return setErrors({ next: p.tooShort(MIN_ACCOUNT_PASSWORD_LENGTH) });
      return noteProblem(result);
    }
    setErrors({});
    setValues({ current: '', next: '', repeat: '' });
    const current = session.value;
    if (current) session.value = { ...current, mustChangePassword: false };
    status.value = p.saved;
  };

  return (
    <Screen title={p.heading}>
      {mustChange && <p class="warning">{p.mustChange}</p>}
      <form
        class="card console-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="password-change-heading"
      >
        <h2 id="password-change-heading">{p.change}</h2>
        <TextField
          id="password-current"
          type="password"
          label={p.current}
          autocomplete="current-password"
          value={values.current}
          onValue={set('current')}
          error={errors.current ?? null}
        />
        <TextField
          id="password-next"
          type="password"
          label={p.next}
          hint={p.nextHint(MIN_ACCOUNT_PASSWORD_LENGTH)}
          autocomplete="new-password"
          value={values.next}
          onValue={set('next')}
          error={errors.next ?? null}
        />
        <TextField
          id="password-repeat"
          type="password"
          label={p.repeat}
          autocomplete="new-password"
          value={values.repeat}
          onValue={set('repeat')}
          error={errors.repeat ?? null}
        />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {p.save}
          </button>
        </div>
      </form>
      {!mustChange && (
        <section class="card console-form" aria-labelledby="everywhere-heading">
          <h2 id="everywhere-heading">{p.everywhere}</h2>
          <p id="everywhere-explain">{p.everywhereExplain}</p>
          <button
            type="button"
            class="button"
            aria-describedby="everywhere-explain"
            onClick={() => void endEverySession(p.signedOutEverywhere)}
          >
            {p.everywhere}
          </button>
        </section>
      )}
    </Screen>
  );
}
