import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { withdrawConsent } from '../../flows/withdraw';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { searchIndex } from '../search-session';
import { syncNow } from '../sync-session';

/** Erasing is final, so it asks once more, in place: no pop-up over the conversation. */
/** Before consent was given, the same erase reads as not going on with the conversation. */
/** A practice conversation has no resident to withdraw: the same erase reads as deleting it. */
export function WithdrawConsent({
  conversationId,
  beforeConsent = false,
  practice = false,
}: {
  conversationId: string;
  beforeConsent?: boolean;
  practice?: boolean;
}) {
  const t = useMessages();
  const device = useDevice();
  const { route } = useLocation();
  const [asking, setAsking] = useState(false);

  const erase = async () => {
    const db = device.db.value;
    if (!db) return;
    await withdrawConsent(db, conversationId, device.saves);
    searchIndex.value?.delete(conversationId);
    // A summary already sent, and any share for review, is withdrawn at the server as soon as it
    // can be reached; a backup follows, after which the server deletes every older version.
    void syncNow(false);
    void import('../backup/backup-session').then((module) => module.backUpSoon());
    route('/gesprekken');
  };

  if (!asking) {
    return (
      <button type="button" class="button button-danger" onClick={() => setAsking(true)}>
        {practice ? t.practice.erase : beforeConsent ? t.consent.discard : t.consent.withdraw}
      </button>
    );
  }
  return (
    <section class="card confirm" aria-labelledby="withdraw-explain">
      <p id="withdraw-explain">{practice ? t.practice.eraseExplain : t.consent.withdrawExplain}</p>
      <div class="actions">
        <button type="button" class="button button-danger" onClick={() => void erase()}>
          {t.consent.withdrawConfirm}
        </button>
        <button type="button" class="button" onClick={() => setAsking(false)}>
          {t.consent.withdrawCancel}
        </button>
      </div>
    </section>
  );
}
