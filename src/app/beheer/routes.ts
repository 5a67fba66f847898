import type { ConsoleMessages } from './messages';

export type ConsoleScreenId = keyof Pick<
  ConsoleMessages['nav'],
  'areas' | 'codes' | 'devices' | 'accounts' | 'configuration' | 'audit'
>;

/** The console's screens, in menu order; paths in Dutch like the rest of the app. */
export const CONSOLE_SCREENS: readonly { id: ConsoleScreenId; path: string }[] = [
  { id: 'areas', path: '/beheer/gebieden' },
  { id: 'codes', path: '/beheer/codes' },
  { id: 'devices', path: '/beheer/apparaten' },
  { id: 'accounts', path: '/beheer/accounts' },
  { id: 'configuration', path: '/beheer/configuratie' },
  { id: 'audit', path: '/beheer/audittrail' },
];

export const CONSOLE_PATH = '/beheer';

/** One's own password: reached from the header, not the menu. */
export const PASSWORD_PATH = '/beheer/wachtwoord';

export function isConsolePath(path: string): boolean {
  return path === CONSOLE_PATH || path.startsWith(`${CONSOLE_PATH}/`);
}

export function consoleScreenOf(path: string): ConsoleScreenId {
  return CONSOLE_SCREENS.find((screen) => path.startsWith(screen.path))?.id ?? 'areas';
}
