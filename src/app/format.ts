import type { Language } from './i18n/locale';

/** "12,3 MB" / "1.2 GB" in the reader's language. */
export function formatBytes(bytes: number, language: Language): string {
  const gigabytes = bytes / 1e9;
  const [amount, unit] = gigabytes >= 1 ? [gigabytes, 'gigabyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}

/** "20 november 2026" from an ISO day, without the time zone shifting it a day. */
export function formatDate(isoDay: string, language: Language): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(epochMs));
}

/** Today as ISO yyyy-mm-dd in the device's own time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "23 november 2026 16:40": when something happened, for statuses. */
export function formatMoment(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(epochMs),
  );
}
