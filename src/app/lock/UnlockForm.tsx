import { useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../../db/database';
import { unlock, WrongPassphraseError } from '../../db/keyring';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/locale';
import { unlocked } from '../session';
import { AuthenticatorUnlock } from './AuthenticatorUnlock';

export function UnlockForm({ db }: { db: BuurtgesprekDatabase }) {
  const t = useMessages();
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setWrong(false);
    try {
      unlocked(await unlock(db, passphrase), passphrase);
      setPassphrase('');
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card lock-form" onSubmit={submit} noValidate aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t.lock.unlockHeading}</h2>
      <p>{t.lock.unlockIntro}</p>
      <TextField
        id="passphrase"
        type="password"
        autocomplete="current-password"
        label={t.lock.passphrase}
        value={passphrase}
        onValue={setPassphrase}
        error={wrong ? t.lock.wrong : null}
      />
      <button type="submit" class="button button-primary" disabled={busy || passphrase === ''}>
        {busy ? t.lock.unlocking : t.lock.unlock}
      </button>
      <AuthenticatorUnlock db={db} passphraseField="passphrase" />
    </form>
  );
}
