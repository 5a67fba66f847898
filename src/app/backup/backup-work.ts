import type { RestoreProblem } from '../../flows/restore';

/** What a backup or restore button does: a message to show, or the problem that stopped it. */
export type BackupOutcome = { ok: true; message: string } | { ok: false; problem: RestoreProblem };
export type BackupWork = () => Promise<BackupOutcome>;
