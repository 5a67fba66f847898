import { userInfo } from 'node:os';
import type { AuditActor } from '../audit/record';
import { option, type ParsedArgs } from './args';

/** Who runs an admin command: `--by <name>` when given, otherwise the system user. */
export function cliActorName(args: ParsedArgs): string {
  const given = option(args, 'by')?.trim();
  if (given !== undefined && given !== '') return given.slice(0, 100);
  try {
    return process.env.USER || userInfo().username || 'admin';
  } catch {
    return 'admin';
  }
}

export function cliActor(args: ParsedArgs): AuditActor {
  return { kind: 'cli', label: cliActorName(args) };
}
