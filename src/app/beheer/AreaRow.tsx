import { useState } from 'preact/hooks';
import type { ConsoleArea, ConsoleGroup } from '../../domain/wire/beheer';
import { consoleApi } from './api';
import { noteProblem, refreshAreas, status } from './console-state';
import { useConsoleMessages } from './messages';
import { NameForm } from './NameForm';

interface AreaRowProps {
  area: ConsoleArea;
  groups: readonly ConsoleGroup[];
  /** Moving between groups is for administrators of the whole organisation. */
  canMove: boolean;
}

export function AreaRow({ area, groups, canMove }: AreaRowProps) {
  const t = useConsoleMessages();
  const [renaming, setRenaming] = useState(false);
  const groupName = (id: string | null) => groups.find((group) => group.id === id)?.name ?? null;

  const move = async (value: string) => {
    const groupId = value === '' ? null : value;
    const result = await consoleApi.moveArea(area.id, groupId);
    if (!result.ok) return noteProblem(result);
    await refreshAreas();
    status.value = t.areas.moved(area.name, groupName(groupId));
  };
  const rename = async (name: string) => {
    const result = await consoleApi.renameArea(area.id, name);
    if (!result.ok) return result;
    setRenaming(false);
    await refreshAreas();
    status.value = t.areas.renamed(result.value.area.name);
    return { ok: true as const, value: result.value.area.name };
  };

  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <NameForm
            id={`rename-${area.id}`}
            heading={t.areas.renameLabel(area.name)}
            label={t.areas.renameLabel(area.name)}
            submitLabel={t.areas.save}
            submit={rename}
            cancel={() => setRenaming(false)}
          />
        ) : (
          area.name
        )}
      </th>
      <td>
        {canMove ? (
          <select
            aria-label={t.areas.groupOf(area.name)}
            value={area.groupId ?? ''}
            onChange={(event) => void move(event.currentTarget.value)}
          >
            <option value="">{t.areas.noGroup}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        ) : (
          (groupName(area.groupId) ?? t.areas.noGroup)
        )}
      </td>
      <td>{area.devices}</td>
      <td>
        {!renaming && (
          <button
            type="button"
            class="button button-small"
            aria-label={t.areas.renameButton(area.name)}
            onClick={() => setRenaming(true)}
          >
            {t.areas.rename}
          </button>
        )}
      </td>
    </tr>
  );
}
