/**
 * What one enrolled device may hold or send, whatever it is: generous for a busy interviewer,
 * small enough that one stolen token cannot fill the disk. Read from the environment (config.ts).
 */
export interface DeviceQuotas {
  /** Summaries received per device per UTC day (resends count too). `DEVICE_SUMMARIES_PER_DAY`. */
  readonly summariesPerDay: number;
  /** Shares for coach review open at once. `DEVICE_OPEN_SHARES`. */
  readonly openShares: number;
  /** Bytes of backups a device's uploads hold on the server, all versions together. `DEVICE_BACKUP_MB`. */
  readonly backupBytes: number;
  /** Backups (lookup ids) a device may hold versions under. `DEVICE_BACKUP_SLOTS`. */
  readonly backupSlots: number;
  /** Proposals (themes the codebook lacks) waiting for a decision. `DEVICE_OPEN_PROPOSALS`. */
  readonly openProposals: number;
}

type Range = (name: string, fallback: number, min: number, max: number) => number;

/** `range` reads and checks one variable (config.ts collects the problems). */
export function readDeviceQuotas(
  range: Range,
  backup: { bodyBytes: number; versions: number },
): DeviceQuotas {
  const mib = 1024 * 1024;
  // By default room for every kept version of the largest backup, and the upload replacing one.
  const backupMb = Math.ceil((backup.bodyBytes / mib) * (backup.versions + 1));
  return {
    summariesPerDay: range('DEVICE_SUMMARIES_PER_DAY', 1000, 1, 999_999),
    openShares: range('DEVICE_OPEN_SHARES', 50, 1, 100_000),
    backupBytes: range('DEVICE_BACKUP_MB', backupMb, 1, 100_000) * mib,
    backupSlots: range('DEVICE_BACKUP_SLOTS', 3, 1, 100),
    openProposals: range('DEVICE_OPEN_PROPOSALS', 50, 1, 10_000),
  };
}
