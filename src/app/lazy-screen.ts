import { loadScreenMessages } from './i18n/locale';

/**
 * A screen after the first: its code and the Dutch texts of later screens arrive together, so it
 * never renders before its words are there.
 */
export function screen<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadScreenMessages()]).then(([component]) => component);
}
