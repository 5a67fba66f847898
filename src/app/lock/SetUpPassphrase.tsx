import { useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../../db/database';
import { setUpPassphrase } from '../../db/keyring';
import { PASSPHRASE_MIN_LENGTH } from '../../domain/passphrase';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/locale';
import { unlocked } from '../session';
import { checkNewPassphrase, type NewPassphraseCheck } from './passphrase-check';
import { passphraseProblemText } from './passphrase-messages';

export function SetUpPassphrase({ db, forCoach = false }: { db: BuurtgesprekDatabase; forCoach?: boolean }) {
  const t = useMessages();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [check, setCheck] = useState<NewPassphraseCheck>({ problem: null, warning: null });
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const found = await checkNewPassphrase(passphrase, repeated);
      setCheck(found);
      if (found.problem) return;
      unlocked(await setUpPassphrase(db, passphrase), passphrase);
    } finally {
      setBusy(false);
    }
  };

  const { problem } = check;
  const message = passphraseProblemText(t, problem, check.warning);
  return (
    <form class="card lock-form" onSubmit={submit} noValidate aria-labelledby="lock-heading">
      <h2 id="lock-heading">{forCoach ? t.lock.coachSetUpHeading : t.lock.setUpHeading}</h2>
      <p>{forCoach ? t.lock.coachSetUpIntro : t.lock.setUpIntro}</p>
      <p class="warning">{forCoach ? t.lock.coachForgetWarning : t.lock.forgetWarning}</p>
      <TextField
        id="new-passphrase"
        type="password"
        autocomplete="new-password"
        label={t.lock.passphrase}
        hint={t.lock.passphraseHint(PASSPHRASE_MIN_LENGTH)}
        value={passphrase}
        onValue={setPassphrase}
        error={problem === 'too-short' || problem === 'too-guessable' ? message : null}
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
