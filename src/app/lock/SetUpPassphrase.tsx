import { useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../../db/database';
import { setUpPassphrase } from '../../db/keyring';
import { PASSPHRASE_MIN_LENGTH, type PassphraseProblem, passphraseProblem } from '../../domain/passphrase';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/locale';
import { unlocked } from '../session';
import { passphraseProblemText } from './passphrase-messages';

export function SetUpPassphrase({ db }: { db: BuurtgesprekDatabase }) {
  const t = useMessages();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = passphraseProblem(passphrase, repeated);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      unlocked(await setUpPassphrase(db, passphrase), passphrase);
    } finally {
      setBusy(false);
    }
  };

  const message = passphraseProblemText(t, problem);
  return (
    <form class="card lock-form" onSubmit={submit} noValidate aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t.lock.setUpHeading}</h2>
      <p>{t.lock.setUpIntro}</p>
      <p class="warning">{t.lock.forgetWarning}</p>
      <TextField
        id="new-passphrase"
        type="password"
        autocomplete="new-password"
        label={t.lock.passphrase}
        hint={t.lock.passphraseHint(PASSPHRASE_MIN_LENGTH)}
        value={passphrase}
        onValue={setPassphrase}
        error={problem === 'too-short' ? message : null}
      />
      <TextField
        id="repeat-passphrase"
        type="password"
        autocomplete="new-password"
        label={t.lock.repeat}
        value={repeated}
        onValue={setRepeated}
        error={problem === 'mismatch' ? message : null}
      />
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? t.lock.settingUp : t.lock.setUp}
      </button>
    </form>
  );
}
