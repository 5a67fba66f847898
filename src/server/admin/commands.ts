import { randomBytes } from 'node:crypto';
import { AREA_NAME_MAX_LENGTH } from '../../domain/areas';
import { formatEnrolmentCode } from '../../domain/wire/enrolment';
import { createAccountWithGrants } from '../accounts/changes';
import { recordAudit } from '../audit/record';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import type { Database } from '../db/database';
import { addNamed, findArea, isUniqueViolation, listAreas, type NamedRecordProblem } from '../store/areas';
import { createEnrolmentCode, deviceArea, listDevices, revokeDevice } from '../store/devices';
import { option, type ParsedArgs, parseDuration, requiredOption, UsageError } from './args';
import { cliActor } from './cli-actor';

export const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-area --name <name> [--id <id>]
      Adds an area. The id (lowercase letters, digits, hyphens) defaults to one made from the name.
  list-areas
      Lists areas with their number of active devices.
  create-code --area <id> [--expires-in 7d] [--label <text>]
      Makes a single-use enrolment code for a device of that area, valid for 30m, 12h, 7d… (at
      most 90d). The code is printed once and stored only as a hash. The label (e.g. "tablet 3")
      is shown by list-devices.
  list-devices [--area <id>]
      Lists devices: id, area, label, enrolled, revoked.
  revoke-device <device-id>
      Revokes a device: its token is refused from its next request on.
  create-reader --area <id> --username <name> [--password-stdin]
      Adds an area-team account that may read that area's aggregates. Without --password-stdin a
      password is generated and printed once; with it, the first line of standard input is used.

Uses the server's configuration: DATABASE_URL for PostgreSQL, otherwise the embedded database in
DATA_DIR (stop the server first: the embedded database serves one process at a time).`;

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
  /** The first line of standard input, for --password-stdin. */
  readLine(): Promise<string>;
}

export class AdminError extends Error {
  override readonly name = 'AdminError';
}

const MAX_CODE_VALIDITY_MS = 90 * 86_400_000;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,99}$/i;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const COMMANDS: Readonly<Record<string, Command>> = {
  async 'create-area'(db, args, io) {
    const result = await db.transaction(async (tx) => {
      const added = await addNamed(tx, 'areas', {
        name: requiredOption(args, 'name'),
        id: option(args, 'id'),
      });
      if (added.ok) {
        const { id, name } = added.record;
        await recordAudit(tx, { actor: cliActor(args), action: 'area.create', areaId: id, detail: { name } });
      }
      return added;
    });
    if (!result.ok) throw namedProblem(result.problem, 'area', args);
    io.out(`Created area ${result.record.id} (${result.record.name})`);
  },

  async 'list-areas'(db, _args, io) {
    const areas = await listAreas(db);
    if (areas.length === 0) io.out('No areas yet: npm run admin -- create-area --name <name>');
    for (const area of areas) io.out(`${area.id}\t${area.name}\t${area.devices} active devices`);
  },

  async 'create-code'(db, args, io) {
    const area = await existingArea(db, requiredOption(args, 'area'));
    const validForMs = parseDuration(option(args, 'expires-in') ?? '7d');
    if (validForMs < 60_000 || validForMs > MAX_CODE_VALIDITY_MS) {
      throw new UsageError('--expires-in must be from 1m to 90d');
    }
    const label = option(args, 'label');
    const { code, expiresAt } = await db.transaction(async (tx) => {
      const made = await createEnrolmentCode(tx, {
        areaId: area.id,
        validForMs,
        ...(label === undefined ? {} : { label }),
      });
      // The code itself never goes in: only that one was made, for which area, until when.
      await recordAudit(tx, {
        actor: cliActor(args),
        action: 'enrolment_code.create',
        areaId: area.id,
        detail: { codeLabel: label ?? null, expiresAt: made.expiresAt.toISOString() },
      });
      return made;
    });
    io.out(`Enrolment code for ${area.name}: ${formatEnrolmentCode(code)}`);
    io.out(`Single use, valid until ${expiresAt.toISOString()}. It is not stored and cannot be shown again.`);
  },

  async 'list-devices'(db, args, io) {
    const areaId = option(args, 'area');
    if (areaId !== undefined) await existingArea(db, areaId);
    const devices = await listDevices(db, areaId);
    if (devices.length === 0) io.out('No devices enrolled');
    for (const device of devices) {
      const revoked = device.revokedAt === null ? 'active' : `revoked ${device.revokedAt.toISOString()}`;
      io.out(
        [
          device.id,
          device.areaId,
          device.label ?? '-',
          `enrolled ${device.createdAt.toISOString()}`,
          revoked,
        ].join('\t'),
      );
    }
  },

  async 'revoke-device'(db, args, io) {
    const [deviceId] = args.positionals;
    if (deviceId === undefined) throw new UsageError('revoke-device needs a device id (see list-devices)');
    const revoked = await db.transaction(async (tx) => {
      const areaId = await deviceArea(tx, deviceId);
      if ((await revokeDevice(tx, deviceId)) === 'unknown') return false;
      await recordAudit(tx, {
        actor: cliActor(args),
        action: 'device.revoke',
        areaId,
        detail: { deviceId },
      });
      return true;
    });
    if (!revoked) throw new AdminError(`No device with id ${deviceId}`);
    io.out(`Revoked device ${deviceId}: its token is refused from now on`);
  },

  async 'create-reader'(db, args, io) {
    const area = await existingArea(db, requiredOption(args, 'area'));
    const username = requiredOption(args, 'username');
    if (!USERNAME.test(username)) {
      throw new UsageError('--username must be 3 to 100 letters, digits, dots, hyphens or underscores');
    }
    const fromStdin = args.options.get('password-stdin') === true;
    const password = fromStdin ? (await io.readLine()).trim() : randomBytes(15).toString('base64url');
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new UsageError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const grants = [{ role: 'gebiedsteam', scope: { kind: 'area', areaId: area.id } }] as const;
    const account = { username, password, legacyAreaId: area.id, grants };
    await createAccountWithGrants(db, { actor: cliActor(args) }, account).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new AdminError(`The username "${username}" is taken`) : error;
    });
    io.out(`Created area-team account ${username.toLowerCase()} for ${area.name}`);
    if (!fromStdin) io.out(`Password (shown once): ${password}`);
  },
};

async function existingArea(db: Database, id: string) {
  const area = await findArea(db, id);
  if (area === undefined) throw new AdminError(`No area with id "${id}" (see list-areas)`);
  return area;
}

/** The CLI's words for a problem with a new area's or group's name or id (store/areas.ts). */
export function namedProblem(problem: NamedRecordProblem, what: 'area' | 'group', args: ParsedArgs): Error {
  switch (problem) {
    case 'name-empty':
      return new UsageError('--name must not be empty');
    case 'name-too-long':
      return new UsageError(`--name must be at most ${AREA_NAME_MAX_LENGTH} characters`);
    case 'id-invalid':
      return new UsageError(
        '--id must be lowercase letters, digits and single hyphens, at most 64 characters',
      );
    case 'taken':
      return new AdminError(
        `A${what === 'area' ? 'n area' : ' group'} named "${requiredOption(args, 'name')}" (or with that id) exists`,
      );
  }
}
