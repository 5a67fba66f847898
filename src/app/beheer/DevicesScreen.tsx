import { useEffect, useState } from 'preact/hooks';
import type { ConsoleDevice } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { AreaPicker } from './AreaPicker';
import { consoleApi } from './api';
import { chosenAreaId, noteProblem, refreshAreas } from './console-state';
import { DeviceRow } from './DeviceRow';
import { useConsoleMessages } from './messages';

export function DevicesScreen() {
  const t = useConsoleMessages();
  const areaId = chosenAreaId.value;
  const [devices, setDevices] = useState<ConsoleDevice[] | null>(null);

  useEffect(() => void refreshAreas(), []);
  const load = async () => {
    if (areaId === '') return;
    const result = await consoleApi.devices(areaId);
    if (result.ok) setDevices(result.value.devices);
    else noteProblem(result);
  };
  useEffect(() => {
    setDevices(null);
    void load();
  }, [areaId]);

  return (
    <Screen title={t.devices.heading}>
      <p>{t.devices.intro}</p>
      <AreaPicker />
      {areaId !== '' &&
        (devices === null ? (
          <p>{t.loading}</p>
        ) : devices.length === 0 ? (
          <p>{t.devices.none}</p>
        ) : (
          <ul class="console-devices">
            {devices.map((device) => (
              <DeviceRow key={device.id} device={device} changed={load} />
            ))}
          </ul>
        ))}
    </Screen>
  );
}
