import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { readSettings, writeSetting } from '../../db/settings';
import { useDevice, withDatabase } from '../device';

/** Whether follow-up questions and tips are unfolded; null until read from the device. */
const probesOpen = signal<boolean | null>(null);

/** One tap folds the help away (or back) for every question after it, and the device remembers. */
export function useProbesOpen(): [boolean, (open: boolean) => void] {
  const device = useDevice();
  const db = device.db.value;
  useEffect(() => {
    if (db && probesOpen.value === null) {
      void readSettings(db).then((settings) => {
        probesOpen.value ??= settings.showProbes;
      });
    }
  }, [db]);
  const set = (open: boolean) => {
    if (open === probesOpen.value) return;
    probesOpen.value = open;
    device.saves.save('setting:showProbes', open, (value) =>
      withDatabase(device, (database) => writeSetting(database, 'showProbes', value)),
    );
  };
  return [probesOpen.value ?? false, set];
}
