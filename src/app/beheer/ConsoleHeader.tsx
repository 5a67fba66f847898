import { useLocation } from 'preact-iso';
import { writeSetting } from '../../db/settings';
import { useDevice, withDatabase } from '../device';
import { type Language, language, setLanguage } from '../i18n/locale';
import { endSession, session, status } from './console-state';
import { useConsoleMessages } from './messages';
import { CONSOLE_SCREENS, consoleScreenOf, PASSWORD_PATH } from './routes';

const LANGUAGES: readonly Language[] = ['nl', 'en'];

export function ConsoleHeader() {
  const t = useConsoleMessages();
  const device = useDevice();
  const { path } = useLocation();
  const current = session.value;
  const active = consoleScreenOf(path);

  // The same setting as the app's own language choice: one browser, one language.
  const choose = (next: Language) => {
    void setLanguage(next);
    device.saves.save('setting:language', next, (value) =>
      withDatabase(device, (db) => writeSetting(db, 'language', value)),
    );
  };

  const signOut = async () => {
    await endSession();
    status.value = t.signIn.signedOut;
  };

  return (
    <header class="console-header">
      <div class="console-bar">
        <span class="app-name">{t.appName}</span>
        <div class="console-tools">
          <label class="console-language">
            <span>{t.languageLabel}</span>
            <select
              value={language.value}
              onChange={(event) => choose(event.currentTarget.value as Language)}
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t.languages[option]}
                </option>
              ))}
            </select>
          </label>
          {current && (
            <>
              <span class="console-account">{t.signedInAs(current.account.name)}</span>
              <a class="console-password-link" href={PASSWORD_PATH}>
                {t.password.link}
              </a>
              <button type="button" class="button button-small" onClick={() => void signOut()}>
                {t.signOut}
              </button>
            </>
          )}
        </div>
      </div>
      {current && current.mustChangePassword !== true && (
        <nav aria-label={t.nav.label} class="console-nav">
          <ul>
            {CONSOLE_SCREENS.map((screen) => (
              <li key={screen.id}>
                <a href={screen.path} aria-current={screen.id === active ? 'page' : undefined}>
                  {t.nav[screen.id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
