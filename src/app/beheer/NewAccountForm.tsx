import { useState } from 'preact/hooks';
import { MIN_ACCOUNT_PASSWORD_LENGTH } from '../../domain/wire/beheer';
import { TextField } from '../components/TextField';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { useConsoleMessages } from './messages';

type Field = 'name' | 'username' | 'email' | 'password';

export function NewAccountForm({ added }: { added(): Promise<void> }) {
  const t = useConsoleMessages();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    username: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await consoleApi.addAccount(values);
    setBusy(false);
    if (result.ok) {
      setValues({ name: '', username: '', email: '', password: '' });
      setErrors({});
      status.value = t.accounts.created(result.value.account.name);
      return added();
    }
    const byCode: Record<string, [Field, string]> = {
      name_empty: ['name', t.accounts.nameRequired],
      username_invalid: ['username', t.accounts.usernameInvalid],
      username_taken: ['username', t.accounts.usernameTaken],
      email_invalid: ['email', t.accounts.emailInvalid],
      password_too_short: ['password', t.accounts.passwordTooShort(MIN_ACCOUNT_PASSWORD_LENGTH)],
    };
    const found = byCode[result.code];
    if (found === undefined) return noteProblem(result);
    setErrors({ [found[0]]: found[1] });
  };

  return (
    <form
      class="card console-form"
      aria-labelledby="new-account-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="new-account-heading">{t.accounts.add}</h2>
      <TextField
        id="account-name"
        label={t.accounts.name}
        value={values.name}
        onValue={set('name')}
        autocomplete="off"
        error={errors.name ?? null}
      />
      <TextField
        id="account-username"
        label={t.accounts.username}
        value={values.username}
        onValue={set('username')}
        autocomplete="off"
        error={errors.username ?? null}
      />
      <TextField
        id="account-email"
        label={t.accounts.email}
        hint={t.accounts.emailHint}
        value={values.email}
        onValue={set('email')}
        autocomplete="off"
        error={errors.email ?? null}
      />
      <TextField
        id="account-password"
        label={t.accounts.password}
        hint={t.accounts.passwordHint(MIN_ACCOUNT_PASSWORD_LENGTH)}
        type="password"
        value={values.password}
        onValue={set('password')}
        autocomplete="new-password"
        error={errors.password ?? null}
      />
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t.accounts.adding : t.accounts.create}
        </button>
      </div>
    </form>
  );
}
