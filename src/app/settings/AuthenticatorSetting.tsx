import { useEffect, useState } from 'preact/hooks';
import { WrongPassphraseError } from '../../db/keyring';
import {
  addAuthenticator,
  forgetAuthenticator,
  listAuthenticators,
  PrfUnavailableError,
} from '../../flows/authenticator-unlock';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserAuthenticator, mayDoPrf } from '../lock/webauthn-prf';
import { dataKey } from '../session';
import { useLive } from '../use-live';

type Outcome = { kind: 'ready' | 'removed'; label: string } | { kind: 'wrong' | 'noPrf' | 'failed' };

/**
 * Settings → Beveiliging: unlocking with fingerprint, face or security key. Offered only where the
 * browser may support WebAuthn PRF; adding one needs the notes unlocked and the passphrase again.
 */
export function AuthenticatorSetting() {
  const t = useMessages();
  const text = t.settings.security.authenticator;
  const db = useDevice().db.value;
  const registered = useLive(listAuthenticators, []);
  const [supported, setSupported] = useState(false);
  const [label, setLabel] = useState(text.defaultLabel);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    void mayDoPrf().then(setSupported);
  }, []);

  if (!supported || !db || registered === undefined) return null;

  const add = async (event: Event) => {
    event.preventDefault();
    const name = label.trim() || text.defaultLabel;
    setBusy(true);
    setOutcome(null);
    try {
      await addAuthenticator(db, browserAuthenticator(name), passphrase, name);
      setPassphrase('');
      setOutcome({ kind: 'ready', label: name });
    } catch (error) {
      if (error instanceof WrongPassphraseError) setOutcome({ kind: 'wrong' });
      else if (error instanceof PrfUnavailableError) setOutcome({ kind: 'noPrf' });
      else {
        console.warn('adding an authenticator failed', error);
        setOutcome({ kind: 'failed' });
      }
    } finally {
      setBusy(false);
    }
  };

  const remove = async (credentialId: string, name: string) => {
    await forgetAuthenticator(db, browserAuthenticator(), credentialId);
    setOutcome({ kind: 'removed', label: name });
  };

  const message =
    outcome?.kind === 'ready'
      ? text.ready(outcome.label)
      : outcome?.kind === 'removed'
        ? text.removed(outcome.label)
        : null;
  const problem = outcome?.kind === 'noPrf' ? text.noPrf : outcome?.kind === 'failed' ? text.failed : null;

  return (
    <div class="authenticator-setting">
      <h3>{text.heading}</h3>
      <p>{text.intro}</p>
      <p class="hint-line">{text.backupNote}</p>
      {registered.length > 0 && (
        <ul class="plain-list" aria-label={text.registered}>
          {registered.map((record) => (
            <li key={record.credentialId}>
              <span>{text.added(record.label, formatMoment(record.createdAt, language.value))}</span>
              <button
                type="button"
                class="button"
                aria-label={text.remove(record.label)}
                onClick={() => void remove(record.credentialId, record.label)}
              >
                {text.removeButton}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!dataKey.value ? (
        <p>{text.unlockFirst}</p>
      ) : (
        <form onSubmit={add} noValidate>
          <TextField
            id="authenticator-label"
            label={text.label}
            hint={text.labelHint}
            value={label}
            onValue={setLabel}
          />
          <TextField
            id="authenticator-passphrase"
            type="password"
            autocomplete="current-password"
            label={text.passphrase}
            hint={text.passphraseHint}
            value={passphrase}
            onValue={setPassphrase}
            error={outcome?.kind === 'wrong' ? t.lock.wrong : null}
          />
          <button type="submit" class="button" disabled={busy || passphrase === ''}>
            {busy ? text.adding : text.add}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {message && <p class="notice-line">{message}</p>}
        {problem && (
          <p class="warning" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
