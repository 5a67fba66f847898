import { useEffect, useState } from 'preact/hooks';
import type { AuditEntryListing } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { type AuditFilterFields, AuditFilterForm, auditQueryOf, NO_FILTER } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { auditSearch, consoleApi } from './api';
import { areas, noteProblem, refreshAreas } from './console-state';
import { useConsoleMessages } from './messages';

interface Listing {
  entries: AuditEntryListing[];
  next: string | null;
}

/** The audit trail for administrators and the privacy officer: filter, page back, export as CSV. */
export function AuditScreen() {
  const t = useConsoleMessages();
  const [filter, setFilter] = useState<AuditFilterFields | null>(null);
  const [listing, setListing] = useState<Listing | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void refreshAreas(), []);
  // The first filter waits for the areas: an administrator of some areas must name one.
  const known = areas.value;
  useEffect(() => {
    if (known === null || filter !== null) return;
    setFilter({ ...NO_FILTER, area: known.canAddAreas ? '' : (known.areas[0]?.id ?? '') });
  }, [known]);

  const load = async (fields: AuditFilterFields, before?: string) => {
    setBusy(true);
    const result = await consoleApi.audit(auditQueryOf(fields), before);
    setBusy(false);
    if (!result.ok) return noteProblem(result);
    setListing((current) => ({
      entries:
        before === undefined ? result.value.entries : [...(current?.entries ?? []), ...result.value.entries],
      next: result.value.next,
    }));
  };
  useEffect(() => {
    if (filter === null) return;
    setListing(null);
    void load(filter);
  }, [filter]);

  const csv = filter === null ? '' : `/api/beheer/audit.csv${auditSearch(auditQueryOf(filter))}`;
  return (
    <Screen title={t.audit.heading}>
      <p>{t.audit.intro}</p>
      {filter === null ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <AuditFilterForm initial={filter} apply={(fields) => setFilter({ ...fields })} />
          <p class="audit-export">
            <a class="button" href={csv} download="audit.csv" aria-describedby="audit-csv-hint">
              {t.audit.csv}
            </a>
            <span id="audit-csv-hint" class="field-hint">
              {t.audit.csvHint}
            </span>
          </p>
          <section aria-labelledby="audit-results-heading" aria-busy={busy ? 'true' : undefined}>
            <h2 id="audit-results-heading">{t.audit.results}</h2>
            {listing === null ? (
              <p>{t.loading}</p>
            ) : listing.entries.length === 0 ? (
              <p>{t.audit.none}</p>
            ) : (
              <>
                <AuditTable
                  entries={listing.entries}
                  caption={t.audit.count(listing.entries.length, listing.next !== null)}
                />
                {listing.next !== null && (
                  <div class="actions">
                    <button
                      type="button"
                      class="button"
                      disabled={busy}
                      onClick={() => void load(filter, listing.next ?? undefined)}
                    >
                      {t.audit.more}
                    </button>
                  </div>
                )}
              </>
            )}
          </section>
        </>
      )}
    </Screen>
  );
}
