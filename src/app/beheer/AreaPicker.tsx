import { SelectField } from '../components/SelectField';
import { areas, chosenAreaId } from './console-state';
import { useConsoleMessages } from './messages';

/** The area the codes and devices screens are about; the choice carries over between them. */
export function AreaPicker() {
  const t = useConsoleMessages();
  const known = areas.value;
  if (known === null) return <p>{t.loading}</p>;
  if (known.areas.length === 0) return <p>{t.areaPicker.none}</p>;
  return (
    <SelectField
      id="console-area"
      label={t.areaPicker.label}
      value={chosenAreaId.value}
      options={known.areas.map((area) => ({ value: area.id, label: area.name }))}
      onValue={(value) => {
        chosenAreaId.value = value;
      }}
    />
  );
}

export function chosenAreaName(): string {
  return areas.value?.areas.find((area) => area.id === chosenAreaId.value)?.name ?? '';
}
