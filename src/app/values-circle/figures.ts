import { type Figure, isSuppressed } from '../../domain/suppression';
import { language, useMessages } from '../i18n/locale';

/** A figure as people read it: the number, or "minder dan k" — never a number for a suppressed cell. */
export function useFigureText(k: number): (figure: Figure) => string {
  const t = useMessages();
  const format = new Intl.NumberFormat(language.value);
  return (figure) => (isSuppressed(figure) ? t.valuesCircle.fewer(k) : format.format(figure));
}

/** "+3", "−2", "0": a change since last year. */
export function formatChange(change: number, lang: string): string {
  const text = new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(change);
  return text.replace('-', '−');
}

/** "a, b en c" in the reader's language. */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
