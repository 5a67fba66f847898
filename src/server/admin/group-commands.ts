import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { listAreaGroups, moveAreaToGroup } from '../store/area-groups';
import { addNamed } from '../store/areas';
import { option, type ParsedArgs, requiredOption } from './args';
import { cliActor } from './cli-actor';
import { AdminError, type AdminIo, namedProblem } from './commands';
import { actorOf } from './configuration-commands';

export const GROUP_USAGE = `Groups of areas (a stadsdeel): their configuration sits between the organisation's and the area's.
  create-group --name <name> [--id <id>]
  list-groups
  set-area-group --area <id> --group <id|none> [--by <name>]
      Moves the area into the group (or out of any with "none"); logged as a configuration change.`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const GROUP_COMMANDS: Readonly<Record<string, Command>> = {
  async 'create-group'(db, args, io) {
    const result = await db.transaction(async (tx) => {
      const added = await addNamed(tx, 'area_groups', {
        name: requiredOption(args, 'name'),
        id: option(args, 'id'),
      });
      if (added.ok) {
        const { id, name } = added.record;
        await recordAudit(tx, {
          actor: cliActor(args),
          action: 'area_group.create',
          detail: { groupId: id, name },
        });
      }
      return added;
    });
    if (!result.ok) throw namedProblem(result.problem, 'group', args);
    io.out(`Created group ${result.record.id} (${result.record.name})`);
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
    const moved = await moveAreaToGroup(db, { areaId, groupId, actor: actorOf(args) });
    if (moved === 'unknown-area') throw new AdminError(`No area with id "${areaId}" (see list-areas)`);
    if (moved === 'unknown-group') {
      throw new AdminError(`No group of areas with id "${groupId}" (see list-groups)`);
    }
    io.out(groupId === null ? `Area ${areaId} is in no group` : `Area ${areaId} is in group ${groupId}`);
  },
};
