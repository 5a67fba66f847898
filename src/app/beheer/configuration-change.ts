import { useState } from 'preact/hooks';
import type { ConfigurationChangeAnswer, ConfigurationPreview } from '../../domain/wire/beheer-configuration';
import type { ConsoleResult } from './api';
import { noteProblem, status } from './console-state';
import { useConsoleMessages } from './messages';

/**
 * A configuration change as the console makes it: first asked for with `preview: true` (the server
 * computes what devices notice from the very change, stores nothing), shown, and only then sent
 * for real when the administrator confirms. A refusal names why, in her words.
 */
export interface ConfigurationChange {
  send: (preview: boolean) => Promise<ConsoleResult<ConfigurationChangeAnswer>>;
  /** The status message once saved. */
  saved: (answer: ConfigurationChangeAnswer) => string;
}

export function useConfigurationChange(reload: () => Promise<void>) {
  const t = useConsoleMessages();
  const [pending, setPending] = useState<{
    change: ConfigurationChange;
    preview: ConfigurationPreview;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refused = (result: Extract<ConsoleResult<unknown>, { ok: false }>) => {
    if (result.problem === 'refused') {
      setProblem(t.configuration.problems[result.code] ?? t.configuration.problems.other ?? '');
    } else noteProblem(result);
  };

  return {
    pending,
    problem,
    busy,
    /** Asks what the change would do; shows it, or why it cannot be made. */
    propose: async (change: ConfigurationChange) => {
      setBusy(true);
      setProblem(null);
      const result = await change.send(true);
      setBusy(false);
      if (!result.ok) return refused(result);
      setPending({ change, preview: result.value.preview });
    },
    confirm: async () => {
      if (pending === null) return;
      setBusy(true);
      const result = await pending.change.send(false);
      setBusy(false);
      setPending(null);
      if (!result.ok) return refused(result);
      status.value = pending.change.saved(result.value);
      await reload();
    },
    cancel: () => {
      setPending(null);
      status.value = t.configuration.cancelled;
    },
    /** For decisions that need no preview (mapping, rejecting a proposal). */
    act: async (send: () => Promise<ConsoleResult<unknown>>, done: string) => {
      setProblem(null);
      const result = await send();
      if (!result.ok) return refused(result);
      status.value = done;
      await reload();
    },
  };
}

export type ConfigurationChanges = ReturnType<typeof useConfigurationChange>;
