/**
 * CSV for Excel as Dutch offices use it: UTF-8 with a byte-order mark (without it Excel reads
 * "ë" as "Ã«"), semicolons between fields (the list separator of a Dutch Excel), CRLF between
 * rows. A field with a quote, separator or line break is quoted and its quotes doubled.
 */
const BOM = '\uFEFF';
const SEPARATOR = ';';

function field(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${BOM}${rows.map((row) => row.map(field).join(SEPARATOR)).join('\r\n')}\r\n`;
}
