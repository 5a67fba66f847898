import { AREA_NAME_MAX_LENGTH, areaIdFor, normaliseAreaName } from '../../domain/areas';
import { WIRE_ID_PATTERN } from '../../domain/wire/summary';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { createAreaGroup, groupExists, listAreaGroups, setAreaGroup } from '../store/area-groups';
import { findArea } from '../store/areas';
import { changeLayer, scopesOfArea } from '../store/configuration';
import { option, type ParsedArgs, requiredOption, UsageError } from './args';
import { cliActor } from './cli-actor';
import { AdminError, type AdminIo } from './commands';
import { actorOf } from './configuration-commands';

export const GROUP_USAGE = `Groups of areas (a stadsdeel): their configuration sits between the organisation's and the area's.
  create-group --name <name> [--id <id>]
  list-groups
  set-area-group --area <id> --group <id|none> [--by <name>]
      Moves the area into the group (or out of any with "none"); logged as a configuration change.`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const GROUP_COMMANDS: Readonly<Record<string, Command>> = {
  async 'create-group'(db, args, io) {
    const name = normaliseAreaName(requiredOption(args, 'name'));
    if (name.length > AREA_NAME_MAX_LENGTH) {
      throw new UsageError(`--name must be at most ${AREA_NAME_MAX_LENGTH} characters`);
    }
    const taken = new Set((await listAreaGroups(db)).map((group) => group.id));
    const id = option(args, 'id') ?? areaIdFor(name, taken);
    if (id.length > 64 || !WIRE_ID_PATTERN.test(id)) {
      throw new UsageError(
        '--id must be lowercase letters, digits and single hyphens, at most 64 characters',
      );
    }
    await db
      .transaction(async (tx) => {
        await createAreaGroup(tx, { id, name });
        await recordAudit(tx, {
          actor: cliActor(args),
          action: 'area_group.create',
          detail: { groupId: id, name },
        });
      })
      .catch((error: unknown) => {
        const unique = error instanceof Error && 'code' in error && error.code === '23505';
        throw unique ? new AdminError(`A group with id "${id}" or name "${name}" exists`) : error;
      });
    io.out(`Created group ${id} (${name})`);
  },

  async 'list-groups'(db, _args, io) {
    const groups = await listAreaGroups(db);
    if (groups.length === 0) io.out('No groups of areas yet');
    for (const group of groups) io.out(`${group.id}\t${group.name}\t${group.areas.join(', ') || '-'}`);
  },

  async 'set-area-group'(db, args, io) {
    const areaId = requiredOption(args, 'area');
    const groupText = requiredOption(args, 'group');
    const groupId = groupText === 'none' ? null : groupText;
    const scopes = await scopesOfArea(db, areaId);
    if (scopes === undefined || (await findArea(db, areaId)) === undefined) {
      throw new AdminError(`No area with id "${areaId}" (see list-areas)`);
    }
    if (groupId !== null && !(await groupExists(db, groupId))) {
      throw new AdminError(`No group of areas with id "${groupId}" (see list-groups)`);
    }
    // Recorded as a change of the area's layer: its version goes up, so devices notice.
    await changeLayer(
      db,
      scopes,
      {
        actor: actorOf(args),
        action: 'set-area-group',
        detail: { groupId },
      },
      (layer) => ({ ok: true, layer }),
      (tx) => setAreaGroup(tx, areaId, groupId),
    );
    io.out(groupId === null ? `Area ${areaId} is in no group` : `Area ${areaId} is in group ${groupId}`);
  },
};
