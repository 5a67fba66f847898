import type { ConversationRow } from '../../db/conversations';
import { eraseOldConversations } from '../../flows/erase-old-conversations';
import { useDevice } from '../device';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';

interface RetentionReviewProps {
  /** Prefix for the ids inside, so settings and the conversation list can each show one. */
  id: string;
  days: number;
  due: readonly ConversationRow[];
  erased(count: number): void;
}

/**
 * The conversations past the retention period, listed by what lets her recognise them (date and
 * kind of resident, nothing sealed), and erased only when she confirms. The flow erases only
 * what is still due then, never a summary that has not been sent.
 */
export function RetentionReview({ id, days, due, erased }: RetentionReviewProps) {
  const messages = useMessages();
  const t = messages.settings.retention;
  const device = useDevice();
  const profileName = (profile: string) => (messages.profiles as Record<string, string>)[profile] ?? profile;
  const erase = async () => {
    const db = device.db.value;
    if (!db) return;
    erased(
      await eraseOldConversations(
        db,
        device.saves,
        due.map((row) => row.id),
        days,
      ),
    );
  };
  return (
    <>
      <p id={`${id}-warning`}>{t.warning(due.length)}</p>
      <ul aria-labelledby={`${id}-warning`}>
        {due.map((row) => (
          <li key={row.id}>
            {t.item(formatDate(row.date, language.value), profileName(row.residentProfile))}
          </li>
        ))}
      </ul>
      <button type="button" class="button button-danger" onClick={() => void erase()}>
        {t.erase(due.length)}
      </button>
    </>
  );
}
