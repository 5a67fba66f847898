import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasPassphrase } from '../../db/keyring';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { dataKey } from '../session';
import { SetUpPassphrase } from './SetUpPassphrase';
import { UnlockForm } from './UnlockForm';

/** Shows its children (which decrypt notes) only while the data key is unlocked. */
export function PassphraseGate({ children }: { children: ComponentChildren }) {
  const t = useMessages();
  const db = useDevice().db.value;
  const [configured, setConfigured] = useState<boolean | null>(null);
  const key = dataKey.value;

  useEffect(() => {
    if (db) void hasPassphrase(db).then(setConfigured);
  }, [db, key]);

  if (key) return <>{children}</>;
  if (!db) return <p>{t.lock.storageMissing}</p>;
  if (configured === null) return null;
  return configured ? <UnlockForm db={db} /> : <SetUpPassphrase db={db} />;
}
