import { useState } from 'preact/hooks';
import type { ConsoleDevice } from '../../domain/wire/beheer';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { DeviceConfirm } from './DeviceConfirm';
import { useConsoleMessages } from './messages';

/** One device as a card (a table is too wide for a tablet held upright), with its two actions. */
export function DeviceRow({ device, changed }: { device: ConsoleDevice; changed(): Promise<void> }) {
  const t = useConsoleMessages();
  const [asking, setAsking] = useState<'revoke' | 'remove' | null>(null);
  const label = device.label ?? t.devices.noLabel;
  const moment = (iso: string) => formatMoment(Date.parse(iso), language.value);

  const act = async (removeBackups: boolean) => {
    const action = asking;
    setAsking(null);
    if (action === 'revoke') {
      const result = await consoleApi.revokeDevice(device.id);
      if (!result.ok) return noteProblem(result);
      status.value = t.devices.revoked(label);
    } else if (action === 'remove') {
      const result = await consoleApi.removeDevice(device.id, removeBackups);
      if (!result.ok) return noteProblem(result);
      status.value = t.devices.removed(label, result.value.summaries, result.value.backups);
    }
    await changed();
  };

  return (
    <li class="card console-device">
      <h2>{label}</h2>
      <dl class="console-facts">
        <dt>{t.devices.status}</dt>
        <dd>
          {device.revokedAt === null ? t.devices.active : t.devices.revokedAt(moment(device.revokedAt))}
        </dd>
        <dt>{t.devices.enrolled}</dt>
        <dd>{moment(device.enrolledAt)}</dd>
        <dt>{t.devices.lastSeen}</dt>
        <dd>{device.lastSeenAt === null ? t.devices.never : moment(device.lastSeenAt)}</dd>
        <dt>{t.devices.summaries}</dt>
        <dd>{device.summaries}</dd>
      </dl>
      {asking !== null ? (
        <DeviceConfirm
          label={label}
          removing={asking === 'remove'}
          confirm={act}
          cancel={() => setAsking(null)}
        />
      ) : (
        <div class="actions">
          {device.revokedAt === null && (
            <button
              type="button"
              class="button button-small"
              aria-label={t.devices.revokeLabel(label)}
              onClick={() => setAsking('revoke')}
            >
              {t.devices.revoke}
            </button>
          )}
          <button
            type="button"
            class="button button-small button-danger"
            aria-label={t.devices.removeLabel(label)}
            onClick={() => setAsking('remove')}
          >
            {t.devices.remove}
          </button>
        </div>
      )}
    </li>
  );
}
