import { computed, signal } from '@preact/signals';
import { type Messages, nl } from './nl';

export type Language = 'nl' | 'en';

// Dutch ships with the first screen; English is fetched (and precached) only when chosen.
const catalogues: Partial<Record<Language, Messages>> = { nl };
const current = signal<{ language: Language; messages: Messages }>({ language: 'nl', messages: nl });

/** The language the UI speaks now; Dutch unless the interviewer chose otherwise in settings. */
export const language = computed<Language>(() => current.value.language);

export const messages = computed<Messages>(() => current.value.messages);

/** Switches the UI language once its catalogue is loaded, so no screen ever renders half translated. */
export async function setLanguage(next: Language): Promise<void> {
  catalogues[next] ??= next === 'en' ? (await import('./en')).en : nl;
  const loaded = catalogues[next];
  if (loaded) current.value = { language: next, messages: loaded };
}

/** The catalogue for the current language; components re-render when it changes. */
export function useMessages(): Messages {
  return messages.value;
}
