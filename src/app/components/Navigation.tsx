import { useLocation } from 'preact-iso';
import { useMessages } from '../i18n/locale';
import { SCREENS } from '../routes';
import { NavIcon } from './NavIcon';

/** Bottom bar on a phone (within thumb reach), a rail on the side from tablet width up. */
export function Navigation() {
  const t = useMessages();
  const { path } = useLocation();
  return (
    <nav class="navigation" aria-label={t.nav.label}>
      <ul>
        {SCREENS.map((screen) => {
          const current =
            path === screen.path ||
            path.startsWith(`${screen.path}/`) ||
            (path === '/' && screen.path === SCREENS[0]?.path);
          return (
            <li key={screen.id}>
              <a href={screen.path} aria-current={current ? 'page' : undefined}>
                <NavIcon screen={screen.id} />
                <span>{t.navBreakable[screen.id]}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
