import { AUDIT_CSV_HEADER, auditCsvLine, csvLine } from '../audit/csv';
import { type AuditFilter, allAuditEntries, listAuditEntries } from '../audit/read';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { runRetention } from '../retention/run';
import { option, type ParsedArgs, UsageError } from './args';
import { cliActor } from './cli-actor';
import { AdminError, type AdminIo } from './commands';

export const AUDIT_USAGE = `The audit trail and retention:
  audit [--from <date>] [--to <date>] [--area <id>] [--actor <id or name>] [--action <kind>]
        [--limit 100] [--csv]
      Lists entries, newest first (--action device matches device.enrol, device.revoke, …).
      With --csv prints every matching entry as CSV for the privacy officer. Reading the trail is
      itself recorded (audit.read, audit.export).
  run-retention [--by <name>]
      Applies the retention settings now (see set-retention) and prints what was removed.
  set-retention [--summary-years N] [--backup-days N] [--share-days N] [--audit-years N]
                [--area <id> | --group <id>]
      Summaries are kept N whole years after their period (default 5), backups not refreshed for
      N days are removed (default 365), the audit trail is kept N years (default 2, organisation only).`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const AUDIT_COMMANDS: Readonly<Record<string, Command>> = {
  async audit(db, args, io) {
    const filter = filterOf(args);
    const detail = {
      from: filter.from?.toISOString() ?? null,
      to: filter.to?.toISOString() ?? null,
      areaId: filter.areaId ?? null,
      actor: filter.actor ?? null,
      action: filter.action ?? null,
    };
    if (args.options.get('csv') === true) {
      // Recorded first: an export that was made is always in the trail, also when printing fails.
      await recordAudit(db, { actor: cliActor(args), action: 'audit.export', detail });
      io.out(csvLine(AUDIT_CSV_HEADER).trimEnd());
      for await (const entry of allAuditEntries(db, filter)) io.out(auditCsvLine(entry).trimEnd());
      return;
    }
    const limit = Number(option(args, 'limit') ?? '100');
    if (!Number.isSafeInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number');
    await recordAudit(db, { actor: cliActor(args), action: 'audit.read', detail });
    const { entries } = await listAuditEntries(db, filter, { limit });
    if (entries.length === 0) io.out('No audit entries match');
    for (const e of entries) {
      const who = [e.actorKind, e.actorLabel ?? e.actorId ?? '-'].join(':');
      io.out(
        [e.id, e.at.toISOString(), who, e.action, e.areaId ?? '-', e.outcome, JSON.stringify(e.detail)].join(
          '\t',
        ),
      );
    }
  },

  async 'run-retention'(db, args, io) {
    const run = await runRetention(db, 'now', cliActor(args));
    if (!run.ran) throw new AdminError('A retention run is under way in another process; try again later');
    const c = run.counts;
    io.out(
      [
        `Removed ${c.summaries} summaries, ${c.backupVersions} backup versions, ${c.enrolmentCodes} expired enrolment codes,`,
        `${c.sessions} expired sessions, ${c.coachReviews} coach review records and ${c.auditEntries} audit entries;`,
        `emptied ${c.sharesEmptied} expired shares and deleted ${c.sharesDeleted} ended ones`,
      ].join(' '),
    );
  },
};

function filterOf(args: ParsedArgs): AuditFilter {
  return {
    from: dateOption(args, 'from'),
    to: dateOption(args, 'to'),
    areaId: option(args, 'area'),
    actor: option(args, 'actor'),
    action: option(args, 'action'),
  };
}

function dateOption(args: ParsedArgs, name: string): Date | undefined {
  const text = option(args, name);
  if (text === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--${name} must be a date like 2026-12-01`);
  return date;
}
