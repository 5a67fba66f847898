import { enBeheer } from '../i18n/en/beheer';
import { language } from '../i18n/locale';
import { nlBeheer } from '../i18n/nl/beheer';

/** The console's texts in the current language; both arrive with the console's own chunk. */
export function useConsoleMessages(): typeof nlBeheer {
  return language.value === 'en' ? enBeheer : nlBeheer;
}

export type ConsoleMessages = typeof nlBeheer;
