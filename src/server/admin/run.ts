import { ConfigError } from '../config';
import type { Database } from '../db/database';
import { ACCOUNT_COMMANDS, ACCOUNT_USAGE } from './account-commands';
import { parseArgs, UsageError } from './args';
import { AUDIT_COMMANDS, AUDIT_USAGE } from './audit-commands';
import { AdminError, type AdminIo, COMMANDS, USAGE } from './commands';
import { CONFIGURATION_COMMANDS, CONFIGURATION_USAGE } from './configuration-commands';
import { DEVICE_COMMANDS, DEVICE_USAGE } from './device-commands';
import { GROUP_COMMANDS, GROUP_USAGE } from './group-commands';

const ALL_COMMANDS = {
  ...COMMANDS,
  ...DEVICE_COMMANDS,
  ...GROUP_COMMANDS,
  ...CONFIGURATION_COMMANDS,
  ...ACCOUNT_COMMANDS,
  ...AUDIT_COMMANDS,
};
const FULL_USAGE = `${USAGE}\n\n${DEVICE_USAGE}\n\n${GROUP_USAGE}\n${CONFIGURATION_USAGE}\n\n${ACCOUNT_USAGE}\n\n${AUDIT_USAGE}`;

/**
 * Runs one admin command. Exit code 0 on success, 1 when the command failed, 2 when it was called
 * wrongly (the usage text then says how). The database is opened only for a valid command.
 */
export async function runAdmin(
  argv: readonly string[],
  openDb: () => Promise<Database>,
  io: AdminIo,
): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    return usageFailure(error, io);
  }
  if (args.command === undefined) {
    io.err(FULL_USAGE);
    return 2;
  }
  if (args.command === 'help' || args.options.has('help')) {
    io.out(FULL_USAGE);
    return 0;
  }
  const command = ALL_COMMANDS[args.command];
  if (command === undefined) return usageFailure(new UsageError(`Unknown command "${args.command}"`), io);
  let db: Database | undefined;
  try {
    db = await openDb();
    await command(db, args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error, io);
    const known = error instanceof AdminError || error instanceof ConfigError;
    io.err(known ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db?.close();
  }
}

function usageFailure(error: unknown, io: AdminIo): number {
  io.err(error instanceof Error ? error.message : String(error));
  io.err(FULL_USAGE);
  return 2;
}
