import { useEffect } from 'preact/hooks';
import { Screen } from '../components/Screen';
import { AreaRow } from './AreaRow';
import { consoleApi } from './api';
import { areas, refreshAreas, status } from './console-state';
import { useConsoleMessages } from './messages';
import { NameForm } from './NameForm';

export function AreasScreen() {
  const t = useConsoleMessages();
  useEffect(() => void refreshAreas(), []);
  const known = areas.value;

  const addArea = async (name: string) => {
    const result = await consoleApi.addArea(name);
    if (!result.ok) return result;
    await refreshAreas();
    status.value = t.areas.added(result.value.area.name);
    return { ok: true as const, value: result.value.area.name };
  };
  const addGroup = async (name: string) => {
    const result = await consoleApi.addGroup(name);
    if (!result.ok) return result;
    await refreshAreas();
    status.value = t.areas.groupAdded(result.value.group.name);
    return { ok: true as const, value: result.value.group.name };
  };

  return (
    <Screen title={t.areas.heading}>
      <p>{t.areas.intro}</p>
      {known === null ? (
        <p>{t.loading}</p>
      ) : known.areas.length === 0 ? (
        <p>{t.areas.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="console-table">
            <thead>
              <tr>
                <th scope="col">{t.areas.name}</th>
                <th scope="col">{t.areas.group}</th>
                <th scope="col">{t.areas.devices}</th>
                <th scope="col">{t.areas.actions}</th>
              </tr>
            </thead>
            <tbody>
              {known.areas.map((area) => (
                <AreaRow key={area.id} area={area} groups={known.groups} canMove={known.canAddAreas} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {known?.canAddAreas && (
        <div class="console-columns">
          <section class="card" aria-labelledby="add-area-heading">
            <h2 id="add-area-heading">{t.areas.addArea}</h2>
            <NameForm
              id="new-area-name"
              heading={t.areas.addArea}
              label={t.areas.areaName}
              submitLabel={t.areas.addArea}
              submit={addArea}
            />
          </section>
          <section class="card" aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t.areas.groups}</h2>
            {known.groups.length === 0 ? (
              <p>{t.areas.noGroups}</p>
            ) : (
              <ul>
                {known.groups.map((group) => (
                  <li key={group.id}>{group.name}</li>
                ))}
              </ul>
            )}
            <NameForm
              id="new-group-name"
              heading={t.areas.addGroup}
              label={t.areas.groupName}
              submitLabel={t.areas.addGroup}
              submit={addGroup}
            />
          </section>
        </div>
      )}
    </Screen>
  );
}
