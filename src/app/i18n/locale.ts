import { computed, signal } from '@preact/signals';
import { type Messages, nl } from './nl';

export type Language = 'nl' | 'en';

// Dutch ships with the first screen, without the texts of later screens (see loadScreenMessages);
// English is fetched (and precached) only when chosen, whole. Until loadScreenMessages has run,
// only the core sections of Dutch exist: screens that use the others load through it.
const catalogues: Partial<Record<Language, Messages>> = { nl: nl as Messages };
const current = signal<{ language: Language; messages: Messages }>({
  language: 'nl',
  messages: catalogues.nl as Messages,
});
let screensLoaded: Promise<void> | null = null;

/** The Dutch texts of later screens; every lazily loaded screen awaits this before it renders. */
export function loadScreenMessages(): Promise<void> {
  screensLoaded ??= import('./nl/screens').then(({ nlScreens }) => {
    const full = { ...nl, ...nlScreens };
    catalogues.nl = full;
    if (current.value.language === 'nl') current.value = { language: 'nl', messages: full };
  });
  return screensLoaded;
}

/** The language the UI speaks now; Dutch unless the interviewer chose otherwise in settings. */
export const language = computed<Language>(() => current.value.language);

export const messages = computed<Messages>(() => current.value.messages);

/** Switches the UI language once its catalogue is loaded, so no screen ever renders half translated. */
export async function setLanguage(next: Language): Promise<void> {
  // Dutch's later-screen texts are not awaited here: the screens that need them await them.
  catalogues[next] ??= next === 'en' ? (await import('./en')).en : (catalogues.nl as Messages);
  const loaded = catalogues[next];
  if (loaded) current.value = { language: next, messages: loaded };
}

/** The catalogue for the current language; components re-render when it changes. */
export function useMessages(): Messages {
  return messages.value;
}
