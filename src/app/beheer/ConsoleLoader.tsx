import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/locale';

/**
 * Loads the console only when /beheer is opened: an interviewer's phone never downloads it. Kept
 * outside the interviewer's Router, so the console brings its own shell.
 */
export function ConsoleLoader() {
  const t = useMessages();
  const [Console, setConsole] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import('./BeheerConsole').then((module) => setConsole(() => module.BeheerConsole));
  }, []);
  return Console === null ? <p class="app-main">{t.app.loading}</p> : <Console />;
}
