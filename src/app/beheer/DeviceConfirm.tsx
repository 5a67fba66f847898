import { useEffect, useRef, useState } from 'preact/hooks';
import { useConsoleMessages } from './messages';

interface DeviceConfirmProps {
  label: string;
  removing: boolean;
  confirm: (removeBackups: boolean) => void;
  cancel: () => void;
}

/** Says what revoking (and removing) does before it happens; focus goes to the question. */
export function DeviceConfirm({ label, removing, confirm, cancel }: DeviceConfirmProps) {
  const t = useConsoleMessages();
  const [removeBackups, setRemoveBackups] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const id = `confirm-${removing ? 'remove' : 'revoke'}`;
  return (
    <section class="console-confirm" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1} ref={heading}>
        {t.devices.confirmHeading(label)}
      </h3>
      <p>{removing ? t.devices.removeExplain : t.devices.revokeExplain}</p>
      {removing && (
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={removeBackups}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setRemoveBackups(event.currentTarget.checked)}
            />
            {t.devices.removeBackups}
          </label>
          <p id={`${id}-hint`} class="field-hint">
            {t.devices.removeBackupsHint}
          </p>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button-primary button-danger"
          onClick={() => confirm(removeBackups)}
        >
          {removing ? t.devices.confirmRemove : t.devices.confirmRevoke}
        </button>
        <button type="button" class="button" onClick={cancel}>
          {t.devices.cancel}
        </button>
      </div>
    </section>
  );
}
