import type { AuditListed } from './read';

/**
 * The audit trail as CSV for the privacy officer, who opens it in a spreadsheet. Fields are quoted
 * when they hold a comma, quote or line break (RFC 4180), and a field that starts with = + - @ (or
 * a tab or carriage return) gets a leading apostrophe: a spreadsheet would otherwise run it as a
 * formula, and some of these fields (a name tried at sign-in, a label) were typed by someone else.
 */
export const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'actor_kind',
  'actor_id',
  'actor',
  'action',
  'area',
  'outcome',
  'detail',
  'address',
] as const;

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function auditCsvLine(entry: AuditListed): string {
  return csvLine([
    entry.id,
    entry.at.toISOString(),
    entry.actorKind,
    entry.actorId ?? '',
    entry.actorLabel ?? '',
    entry.action,
    entry.areaId ?? '',
    entry.outcome,
    JSON.stringify(entry.detail),
    entry.address ?? '',
  ]);
}

/** The whole export as one string (a header line, then one line per entry). */
export async function auditCsv(entries: AsyncIterable<AuditListed> | Iterable<AuditListed>): Promise<string> {
  let csv = csvLine(AUDIT_CSV_HEADER);
  for await (const entry of entries) csv += auditCsvLine(entry);
  return csv;
}
