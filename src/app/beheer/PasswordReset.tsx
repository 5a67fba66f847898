import { useState } from 'preact/hooks';
import type { ConsoleAccountListing } from '../../domain/wire/beheer';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { useConsoleMessages } from './messages';

/** Resetting someone's password: confirmed first, the temporary password shown once. */
export function PasswordReset({ account }: { account: ConsoleAccountListing }) {
  const t = useConsoleMessages();
  const p = t.password;
  const [stage, setStage] = useState<'idle' | 'confirm' | { temporaryPassword: string }>('idle');
  const key = `reset-${account.id}`;

  const reset = async () => {
    const result = await consoleApi.resetPassword(account.id);
    if (!result.ok) {
      setStage('idle');
      return noteProblem(result);
    }
    setStage(result.value);
    status.value = p.resetDone(account.name);
  };

  if (stage === 'idle') {
    return (
      <button
        type="button"
        class="button button-small"
        aria-label={p.resetLabel(account.name)}
        onClick={() => setStage('confirm')}
      >
        {p.reset}
      </button>
    );
  }
  if (stage === 'confirm') {
    return (
      <section class="console-confirm" aria-labelledby={`${key}-heading`}>
        <h3 id={`${key}-heading`}>{p.resetLabel(account.name)}</h3>
        <p>{p.resetExplain}</p>
        <div class="actions">
          <button type="button" class="button button-primary button-danger" onClick={() => void reset()}>
            {p.confirmReset}
          </button>
          <button type="button" class="button" onClick={() => setStage('idle')}>
            {p.cancel}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section class="card new-code" aria-labelledby={`${key}-done`}>
      <h3 id={`${key}-done`}>{p.temporary(account.name)}</h3>
      <p class="new-code-text" data-testid="temporary-password">
        {stage.temporaryPassword}
      </p>
      <p>{p.temporaryOnce}</p>
      <button type="button" class="button" onClick={() => setStage('idle')}>
        {p.done}
      </button>
    </section>
  );
}
