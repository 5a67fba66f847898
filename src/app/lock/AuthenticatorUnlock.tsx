import { useEffect, useState } from 'preact/hooks';
import { hasAuthenticator } from '../../db/authenticator-unlock';
import type { BuurtgesprekDatabase } from '../../db/database';
import { useMessages } from '../i18n/locale';
import { unlocked } from '../session';

/**
 * Beside the passphrase: one button, shown only when an authenticator was added on this device.
 * The WebAuthn code loads on the press, not with the lock screen. Any failure (cancelled, another
 * key, no PRF) ends the same way: a plain message and the passphrase field, which always works.
 */
export function AuthenticatorUnlock({
  db,
  passphraseField,
}: {
  db: BuurtgesprekDatabase;
  passphraseField: string;
}) {
  const t = useMessages();
  const [registered, setRegistered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void hasAuthenticator(db).then(setRegistered);
  }, [db]);

  if (!registered) return null;

  const start = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const [flow, webauthn] = await Promise.all([
        import('../../flows/authenticator-unlock'),
        import('./webauthn-prf'),
      ]);
      unlocked(await flow.unlockWithAuthenticator(db, webauthn.browserAuthenticator()));
    } catch (error) {
      console.warn('unlocking with an authenticator failed', error);
      setFailed(true);
      document.getElementById(passphraseField)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="authenticator-unlock">
      <button type="button" class="button" disabled={busy} onClick={() => void start()}>
        {busy ? t.lock.authenticatorWaiting : t.lock.withAuthenticator}
      </button>
      <div aria-live="polite">
        {failed && (
          <p class="warning" role="alert">
            {t.lock.authenticatorFailed}
          </p>
        )}
      </div>
    </div>
  );
}
