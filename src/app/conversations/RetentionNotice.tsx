import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationRow } from '../../db/conversations';
import { erasureDueNow } from '../../flows/erase-old-conversations';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { RetentionReview } from '../settings/RetentionReview';

/**
 * Told after unlock, on the list: completed conversations are past the retention period she chose
 * in settings. A calm note, not a barrier; the list stays usable, and nothing is erased until she
 * has looked at which conversations it concerns and confirmed.
 */
export function RetentionNotice({ onErased }: { onErased(): void }) {
  const t = useMessages().settings.retention;
  const db = useDevice().db.value;
  const [pending, setPending] = useState<{ days: number; due: ConversationRow[] } | null>(null);
  const [open, setOpen] = useState(false);
  const [erased, setErased] = useState<number | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (db) void erasureDueNow(db).then(setPending);
  }, [db]);
  // The button she pressed is gone with the list: focus goes to what happened.
  useEffect(() => {
    if (erased !== null) outcome.current?.focus();
  }, [erased]);

  if (erased !== null) {
    return (
      <p class="notice-line retention-notice" role="status" tabIndex={-1} ref={outcome}>
        {t.erased(erased)}
      </p>
    );
  }
  if (!pending || pending.due.length === 0) return null;
  const done = (count: number) => {
    setErased(count);
    onErased();
  };
  return (
    <div class="notice-line retention-notice" data-testid="retention-notice">
      <p>{t.notice(pending.due.length, pending.days)}</p>
      <button
        type="button"
        class="button"
        aria-expanded={open}
        aria-controls="retention-notice-review"
        onClick={() => setOpen(!open)}
      >
        {t.review}
      </button>
      <div id="retention-notice-review" hidden={!open}>
        {open && (
          <RetentionReview id="retention-notice" days={pending.days} due={pending.due} erased={done} />
        )}
      </div>
    </div>
  );
}
