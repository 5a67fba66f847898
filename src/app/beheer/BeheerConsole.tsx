import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../i18n/locale';
import { AccountsScreen } from './AccountsScreen';
import { AreasScreen } from './AreasScreen';
import { AuditScreen } from './AuditScreen';
import { CodesScreen } from './CodesScreen';
import { ConfigurationScreen } from './ConfigurationScreen';
import { ConsoleHeader } from './ConsoleHeader';
import { resumeSession, session, status, statusFocus } from './console-state';
import { DevicesScreen } from './DevicesScreen';
import { useConsoleMessages } from './messages';
import { PasswordScreen } from './PasswordScreen';
import { ProblemBanner } from './ProblemBanner';
import { consoleScreenOf, PASSWORD_PATH } from './routes';
import { SignInScreen } from './SignInScreen';
import './beheer.css';

const SCREENS = {
  areas: AreasScreen,
  codes: CodesScreen,
  devices: DevicesScreen,
  accounts: AccountsScreen,
  configuration: ConfigurationScreen,
  audit: AuditScreen,
};

/** The administrator's console at /beheer: its own header and menu, none of the interviewer's. */
export function BeheerConsole() {
  const t = useConsoleMessages();
  const app = useMessages();
  const { path } = useLocation();
  useEffect(() => {
    void resumeSession();
  }, []);
  // A status belongs to the screen it was said on.
  useEffect(() => {
    status.value = '';
  }, [path]);
  // Runs after the new screen's own effects (a parent's come after its children's), so it wins
  // over the screen moving focus to its heading.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const focusStatus = statusFocus.value;
  useEffect(() => {
    if (focusStatus > 0) statusLine.current?.focus();
  }, [focusStatus]);

  const current = session.value;
  // A temporary password opens nothing but choosing one's own (the server refuses the rest).
  const Screen =
    current?.mustChangePassword === true || path.startsWith(PASSWORD_PATH)
      ? PasswordScreen
      : SCREENS[consoleScreenOf(path)];
  return (
    <div class="console">
      <a class="skip-link" href="#console-main">
        {app.app.skipToContent}
      </a>
      <ConsoleHeader />
      <div class="status-area" role="status" aria-live="polite">
        {status.value && (
          <p class="console-status" tabIndex={-1} ref={statusLine}>
            {status.value}
          </p>
        )}
      </div>
      <main id="console-main" class="console-main" tabIndex={-1}>
        <ProblemBanner />
        {current === undefined ? <p>{t.loading}</p> : current === null ? <SignInScreen /> : <Screen />}
      </main>
    </div>
  );
}
