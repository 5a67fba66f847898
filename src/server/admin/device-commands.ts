import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { revokeAndRemoveDevice } from '../store/device-removal';
import { deviceArea } from '../store/devices';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { cliActor } from './cli-actor';
import { AdminError, type AdminIo } from './commands';

export const DEVICE_USAGE = `Devices, with what they sent:
  remove-device <device-id> [--remove-backups]
      Revokes the device, removes every summary it sent (figures are recomputed at once; the ids
      are kept so a late copy is never counted again) and ends its shares for coach review. With
      --remove-backups also the backup versions it uploaded (leave them when the interviewer
      needs them to restore on a new device).`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const DEVICE_COMMANDS: Readonly<Record<string, Command>> = {
  async 'remove-device'(db, args, io) {
    const [deviceId] = args.positionals;
    if (deviceId === undefined) throw new UsageError('remove-device needs a device id (see list-devices)');
    const areaId = await deviceArea(db, deviceId);
    const removed = await revokeAndRemoveDevice(db, deviceId, {
      removeBackups: args.options.has('remove-backups'),
    });
    if (removed === 'unknown') throw new AdminError(`No device with id ${deviceId}`);
    const { summaries, shares, backups } = removed;
    // The removal runs in batches of its own transactions; the entry follows the last one, with
    // what was removed. Run again after a failure, it removes the rest and records that.
    await recordAudit(db, {
      actor: cliActor(args),
      action: 'device.remove',
      areaId,
      detail: { deviceId, summaries, shares, backups },
    });
    io.out(
      `Revoked device ${deviceId}; removed ${summaries} summaries and ${backups} backup versions, ended ${shares} shares`,
    );
  },
};
