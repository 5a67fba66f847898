import type { Language } from './i18n/locale';

/** "12,3 MB" / "1.2 GB" in the reader's language. */
export function formatBytes(bytes: number, language: Language): string {
  const gigabytes = bytes / 1e9;
  const [amount, unit] = gigabytes >= 1 ? [gigabytes, 'gigabyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}
