import type { StorageProblem } from '../../db/storage-problem';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';

const MESSAGE_KEY = {
  quota: 'quota',
  unavailable: 'unavailable',
  blocked: 'blocked',
  'newer-version': 'newerVersion',
  unknown: 'unknown',
} as const satisfies Record<StorageProblem, string>;

/** Says plainly when something typed is not yet stored, and why; it stays until it is. */
export function SaveProblemBanner() {
  const t = useMessages();
  const device = useDevice();
  const { unsaved, problem: saveProblem } = device.saveState.value;
  const problem = device.openProblem.value ?? saveProblem;
  if (!problem) return null;
  return (
    <div class="banner banner-problem" role="alert">
      <p>{t.saving[MESSAGE_KEY[problem]]}</p>
      {unsaved > 0 && <p>{t.saving.unsaved(unsaved)}</p>}
      {unsaved > 0 && (
        <button type="button" class="button" onClick={() => void device.saves.flush()}>
          {t.saving.retry}
        </button>
      )}
    </div>
  );
}
