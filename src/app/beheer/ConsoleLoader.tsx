import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadScreenMessages, useMessages } from '../i18n/locale';

/**
 * Loads the console only when /beheer is opened: an interviewer's phone never downloads it. Kept
 * outside the interviewer's Router, so the console brings its own shell. It waits for the Dutch
 * texts of later screens too: parts it shares with the app (a proposed guide's marks) read them.
 */
export function ConsoleLoader() {
  const t = useMessages();
  const [Console, setConsole] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void Promise.all([import('./BeheerConsole'), loadScreenMessages()]).then(([module]) =>
      setConsole(() => module.BeheerConsole),
    );
  }, []);
  return Console === null ? <p class="app-main">{t.app.loading}</p> : <Console />;
}
