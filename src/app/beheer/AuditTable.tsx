import type { AuditEntryListing } from '../../domain/wire/beheer';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { areas } from './console-state';
import { useConsoleMessages } from './messages';

/** The entries as a table: a screen reader announces each cell with its column. */
export function AuditTable({ entries, caption }: { entries: AuditEntryListing[]; caption: string }) {
  const t = useConsoleMessages();
  const areaName = (id: string | null) =>
    id === null ? '' : (areas.value?.areas.find((area) => area.id === id)?.name ?? id);
  const subject = (action: string) => t.audit.kinds[action.split('.')[0] ?? ''];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it sideways (WCAG 2.1.1, axe scrollable-region-focusable).
    <section class="table-scroll" aria-label={caption} tabIndex={0}>
      <table class="console-table audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.audit.when}</th>
            <th scope="col">{t.audit.who}</th>
            <th scope="col">{t.audit.what}</th>
            <th scope="col">{t.audit.where}</th>
            <th scope="col">{t.audit.outcome}</th>
            <th scope="col">{t.audit.details}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatMoment(Date.parse(entry.at), language.value)}</td>
              <td>
                {entry.actorLabel ?? entry.actorId ?? ''}
                <span class="audit-soft"> {t.audit.actorKinds[entry.actorKind] ?? entry.actorKind}</span>
              </td>
              <td>
                {subject(entry.action) && <span>{subject(entry.action)}: </span>}
                <code>{entry.action}</code>
              </td>
              <td>{areaName(entry.areaId)}</td>
              <td>{t.audit.outcomes[entry.outcome] ?? entry.outcome}</td>
              <td class="audit-detail">{detailText(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}
