import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasPassphrase } from '../../db/keyring';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { dataKey } from '../session';
import { SetUpPassphrase } from './SetUpPassphrase';
import { UnlockForm } from './UnlockForm';

/**
 * Shows its children (which decrypt notes) only while the data key is unlocked. A screen reached
 * by someone else than the interviewer (a coach following a review link) says first where they
 * are (`landing`) and sets up the passphrase in their own words (`forCoach`).
 */
export function PassphraseGate({
  children,
  landing,
  forCoach = false,
}: {
  children: ComponentChildren;
  landing?: ComponentChildren;
  forCoach?: boolean;
}) {
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
  return (
    <>
      {landing}
      {configured ? <UnlockForm db={db} /> : <SetUpPassphrase db={db} forCoach={forCoach} />}
    </>
  );
}
