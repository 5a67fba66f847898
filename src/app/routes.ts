import type { Messages } from './i18n/nl';

export type ScreenId = keyof Messages['nav'] &
  ('conversations' | 'guides' | 'valuesCircle' | 'sync' | 'settings');

/** The five screens, in menu order; paths are Dutch because Dutch is what users see. */
export const SCREENS: readonly { id: ScreenId; path: string }[] = [
  { id: 'conversations', path: '/gesprekken' },
  { id: 'guides', path: '/leidraden' },
  { id: 'valuesCircle', path: '/waardenkring' },
  { id: 'sync', path: '/synchronisatie' },
  { id: 'settings', path: '/instellingen' },
];

export const HOME_PATH = '/gesprekken';
