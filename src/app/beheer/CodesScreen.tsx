import { useEffect, useState } from 'preact/hooks';
import type { NewCodeResponse, OpenCode } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { AreaPicker, chosenAreaName } from './AreaPicker';
import { consoleApi } from './api';
import { chosenAreaId, noteProblem, refreshAreas } from './console-state';
import { MakeCodeForm } from './MakeCodeForm';
import { useConsoleMessages } from './messages';
import { NewCodeCard } from './NewCodeCard';
import { OpenCodeList } from './OpenCodeList';

export function CodesScreen() {
  const t = useConsoleMessages();
  const areaId = chosenAreaId.value;
  const [codes, setCodes] = useState<OpenCode[] | null>(null);
  const [made, setMade] = useState<NewCodeResponse | null>(null);

  useEffect(() => void refreshAreas(), []);
  const load = async () => {
    if (areaId === '') return;
    const result = await consoleApi.codes(areaId);
    if (result.ok) setCodes(result.value.codes);
    else noteProblem(result);
  };
  useEffect(() => {
    setCodes(null);
    void load();
  }, [areaId]);

  const onMade = (code: NewCodeResponse) => {
    setMade(code);
    void load();
  };

  return (
    <Screen title={t.codes.heading}>
      <p>{t.codes.intro}</p>
      <AreaPicker />
      {made && made.areaId === areaId ? (
        <NewCodeCard made={made} areaName={chosenAreaName()} done={() => setMade(null)} />
      ) : (
        areaId !== '' && <MakeCodeForm areaId={areaId} onMade={onMade} />
      )}
      {areaId !== '' && <OpenCodeList areaId={areaId} codes={codes} reload={load} />}
    </Screen>
  );
}
