import { sharingStatusOf } from '../../db/sharing';
import type { Conversation } from '../../domain/conversation';
import { useMessages } from '../i18n/locale';
import { useLive } from '../use-live';
import { useDescribeSharing } from './SharingStatusText';

/** On a completed conversation: where its summary stands, and the way to check and share it. */
export function SharingPanel({ conversation }: { conversation: Conversation }) {
  const t = useMessages();
  const describe = useDescribeSharing();
  const { id, status, consent, revision } = conversation;
  const sharing = useLive(
    (db) => sharingStatusOf(db, { id, status, consent, revision }),
    [id, status, revision],
  );
  if (!sharing) return null;
  const canReview = sharing.kind !== 'not-shared' && status === 'completed';
  return (
    <section class="card" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t.sharing.heading}</h2>
      <p class="sharing-line">{describe(sharing)}</p>
      {canReview && (
        <a
          class={sharing.kind === 'to-check' ? 'button button-primary' : 'button'}
          href={`/gesprekken/${id}/delen`}
        >
          {sharing.kind === 'to-check' ? t.sharing.review : t.sharing.reviewAgain}
        </a>
      )}
    </section>
  );
}
