import { useEffect, useState } from 'preact/hooks';
import { changePassphrase, hasPassphrase, WrongPassphraseError } from '../../db/keyring';
import { PASSPHRASE_MIN_LENGTH } from '../../domain/passphrase';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { checkNewPassphrase, type NewPassphraseProblem } from '../lock/passphrase-check';
import { passphraseProblemText } from '../lock/passphrase-messages';
import { passphraseChanged } from '../session';
import { AuthenticatorSetting } from './AuthenticatorSetting';
import { LockSettings } from './LockSettings';

export function SecuritySetting() {
  const t = useMessages();
  const device = useDevice();
  const db = device.db.value;
  const [configured, setConfigured] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<NewPassphraseProblem | 'wrong' | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (db) void hasPassphrase(db).then(setConfigured);
  }, [db]);

  const change = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    const found = await checkNewPassphrase(next, repeated, current);
    setProblem(found.problem);
    setWarning(found.warning);
    if (found.problem || !db) return;
    try {
      await changePassphrase(db, current, next);
      passphraseChanged(next);
      setCurrent('');
      setNext('');
      setRepeated('');
      setDone(true);
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      setProblem('wrong');
    }
  };

  const message = passphraseProblemText(t, problem, warning);
  return (
    <section class="setting" aria-labelledby="setting-security">
      <h2 id="setting-security">{t.settings.security.heading}</h2>
      <LockSettings />
      <h3>{t.settings.security.changeHeading}</h3>
      {!configured ? (
        <p>{t.settings.security.noPassphrase}</p>
      ) : (
        <form onSubmit={change} noValidate>
          <TextField
            id="current-passphrase"
            type="password"
            autocomplete="current-password"
            label={t.settings.security.current}
            value={current}
            onValue={setCurrent}
            error={problem === 'wrong' ? message : null}
          />
          <TextField
            id="next-passphrase"
            type="password"
            autocomplete="new-password"
            label={t.settings.security.next}
            hint={t.lock.passphraseHint(PASSPHRASE_MIN_LENGTH)}
            value={next}
            onValue={setNext}
            error={
              problem === 'too-short' || problem === 'too-guessable' || problem === 'same-as-old'
                ? message
                : null
            }
          />
          <TextField
            id="repeat-next-passphrase"
            type="password"
            autocomplete="new-password"
            label={t.settings.security.repeat}
            value={repeated}
            onValue={setRepeated}
            error={problem === 'mismatch' ? message : null}
          />
          <button type="submit" class="button">
            {t.settings.security.change}
          </button>
          <p aria-live="polite">{done ? t.settings.security.changed : ''}</p>
        </form>
      )}
      {configured && <AuthenticatorSetting />}
    </section>
  );
}
