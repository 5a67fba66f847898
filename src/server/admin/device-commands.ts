import type { Database } from '../db/database';
import { closeDeviceShares, removeDeviceSummaries } from '../store/device-removal';
import { revokeDevice } from '../store/devices';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { AdminError, type AdminIo } from './commands';

export const DEVICE_USAGE = `Devices, with what they sent:
  remove-device <device-id>
      Revokes the device, removes every summary it sent (figures are recomputed at once; the ids
      are kept so a late copy is never counted again) and ends its shares for coach review.`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const DEVICE_COMMANDS: Readonly<Record<string, Command>> = {
  async 'remove-device'(db, args, io) {
    const [deviceId] = args.positionals;
    if (deviceId === undefined) throw new UsageError('remove-device needs a device id (see list-devices)');
    // Revoked first, so nothing new arrives while its summaries are removed.
    if ((await revokeDevice(db, deviceId)) === 'unknown')
      throw new AdminError(`No device with id ${deviceId}`);
    const summaries = await removeDeviceSummaries(db, deviceId);
    const shares = await closeDeviceShares(db, deviceId);
    io.out(`Revoked device ${deviceId}; removed ${summaries} summaries and ended ${shares} shares`);
  },
};
