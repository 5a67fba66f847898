import { outboxSize } from '../../db/outbox';
import { online } from '../connection';
import { formatTime } from '../format';
import { language, useMessages } from '../i18n/locale';
import { lastSyncOutcome, syncNow, syncProgress, syncRunning } from '../sync-session';
import { useLive } from '../use-live';

/** What waits in the outbox, "nu synchroniseren", and progress while a large outbox drains. */
export function OutboxPanel() {
  const t = useMessages();
  const waiting = useLive(outboxSize, []);
  const running = syncRunning.value;
  const progress = syncProgress.value;
  const last = lastSyncOutcome.value;

  const lastLine = () => {
    if (!last) return null;
    const time = formatTime(last.at, language.value);
    const { outcome } = last;
    return outcome.kind === 'done'
      ? t.sync.lastDone(time, outcome.sent)
      : t.sync.lastStopped(time, outcome.sent, t.sharing.problems[outcome.problem]);
  };

  return (
    <section class="card" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{t.sync.outboxHeading}</h2>
      <div aria-live="polite">
        {waiting !== undefined && <p>{waiting === 0 ? t.sync.outboxEmpty : t.sync.outboxWaiting(waiting)}</p>}
        {running && progress ? (
          <p>{t.sync.progress(progress.sent, progress.total)}</p>
        ) : (
          lastLine() && <p class="hint-line">{lastLine()}</p>
        )}
      </div>
      {running && progress && (
        <progress
          class="sync-progress"
          max={progress.total}
          value={progress.sent}
          aria-label={t.sync.progressLabel}
        />
      )}
      <button
        type="button"
        class="button button-primary"
        disabled={running || !online.value}
        onClick={() => void syncNow(true)}
      >
        {running ? t.sync.syncing : t.sync.syncNow}
      </button>
    </section>
  );
}
