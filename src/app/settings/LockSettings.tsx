import type { Signal } from '@preact/signals';
import type { Settings } from '../../db/settings';
import { writeSetting } from '../../db/settings';
import { CONVERSATION_LOCK_CHOICES_MINUTES, HIDDEN_LOCK_CHOICES_SECONDS } from '../../domain/lock-policy';
import { AUTO_LOCK_CHOICES_MINUTES } from '../../domain/passphrase';
import { useDevice, withDatabase } from '../device';
import { useMessages } from '../i18n/locale';
import { autoLockMinutes, conversationLockMinutes, hiddenLockSeconds } from '../session';

type LockSetting = 'autoLockMinutes' | 'conversationLockMinutes' | 'hiddenLockSeconds';

/** When the notes lock by themselves: idle, idle with a conversation open, and hidden. */
export function LockSettings() {
  const t = useMessages().settings.security;
  const minutes = (n: number) => t.minutes(n);
  return (
    <>
      <LockChoice
        setting="autoLockMinutes"
        current={autoLockMinutes}
        choices={AUTO_LOCK_CHOICES_MINUTES}
        label={t.autoLock}
        describe={minutes}
      />
      <LockChoice
        setting="conversationLockMinutes"
        current={conversationLockMinutes}
        choices={CONVERSATION_LOCK_CHOICES_MINUTES}
        label={t.conversationLock}
        hint={t.conversationLockHint}
        describe={minutes}
      />
      <LockChoice
        setting="hiddenLockSeconds"
        current={hiddenLockSeconds}
        choices={HIDDEN_LOCK_CHOICES_SECONDS}
        label={t.hiddenLock}
        hint={t.hiddenLockHint}
        describe={t.seconds}
      />
    </>
  );
}

interface LockChoiceProps {
  setting: LockSetting;
  current: Signal<number>;
  choices: readonly number[];
  label: string;
  hint?: string;
  describe: (n: number) => string;
}

function LockChoice({ setting, current, choices, label, hint, describe }: LockChoiceProps) {
  const device = useDevice();
  const id = `setting-${setting}`;
  const choose = (value: Settings[LockSetting]) => {
    current.value = value;
    device.saves.save(`setting:${setting}`, value, (saved) =>
      withDatabase(device, (database) => writeSetting(database, setting, saved)),
    );
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={String(current.value)}
        onChange={(event) => choose(Number(event.currentTarget.value))}
      >
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {describe(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
