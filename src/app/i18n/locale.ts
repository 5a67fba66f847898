import { computed, signal } from '@preact/signals';
import { en } from './en';
import { type Messages, nl } from './nl';

export type Language = 'nl' | 'en';

const catalogues: Record<Language, Messages> = { nl, en };

/** The language the UI speaks now; Dutch unless the interviewer chose otherwise in settings. */
export const language = signal<Language>('nl');

export const messages = computed<Messages>(() => catalogues[language.value]);

/** The catalogue for the current language; components re-render when it changes. */
export function useMessages(): Messages {
  return messages.value;
}
