import { randomBytes } from 'node:crypto';
import { formatGrant, parseGrant, type RoleGrant } from '../../domain/accounts/roles';
import { type Account, findAccount, listAccounts } from '../accounts/accounts';
import {
  type ChangeContext,
  changeGrant,
  createAccountWithGrants,
  setAccountEnabled,
  signOutEverywhere,
} from '../accounts/changes';
import { UnknownScopeError } from '../accounts/grants';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import type { Database } from '../db/database';
import { option, type ParsedArgs, requiredOption, UsageError } from './args';
import { cliActor } from './cli-actor';
import { AdminError, type AdminIo } from './commands';

export const ACCOUNT_USAGE = `Accounts and roles (roles: beheerder, gebiedsteam, coach; scope organisation, group:<id> or area:<id>):
  create-admin --username <name> [--email <e-mail>] [--name <full name>] [--password-stdin]
      Adds a beheerder of the whole organisation: the first administrator, who then manages the
      rest in the console. Works while the server runs on PostgreSQL.
  create-account --username <name> [--email <e-mail>] [--name <full name>] [--role <grant>]… [--password-stdin | --no-password]
      Adds an account; --role like gebiedsteam:area:gaasperdam, coach:group:zuidoost or beheerder.
      --no-password: for single sign-on only (matched by e-mail).
  list-accounts
  grant-role --username <name> --role <grant>
  revoke-role --username <name> --role <grant>
  disable-account --username <name>      (ends all its sessions at once)
  enable-account --username <name>
  signout-everywhere --username <name>
Without --password-stdin a password is generated and printed once. Every change is written to the audit trail.`;

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,99}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const ACCOUNT_COMMANDS: Readonly<Record<string, Command>> = {
  async 'create-admin'(db, args, io) {
    await create(db, args, io, [{ role: 'beheerder', scope: { kind: 'organisation' } }]);
  },

  async 'create-account'(db, args, io) {
    const roles = args.all.get('role') ?? [];
    await create(db, args, io, roles.map(grantArg));
  },

  async 'list-accounts'(db, _args, io) {
    const accounts = await listAccounts(db);
    if (accounts.length === 0) io.out('No accounts yet: npm run admin -- create-admin --username <name>');
    for (const account of accounts) {
      io.out(
        [
          account.username,
          account.name,
          account.email ?? '-',
          account.disabledAt === null ? 'active' : `disabled ${account.disabledAt.toISOString()}`,
          account.grants.map(formatGrant).join(',') || '(no role)',
        ].join('\t'),
      );
    }
  },

  async 'grant-role'(db, args, io) {
    await grantChange(db, args, io, true);
  },

  async 'revoke-role'(db, args, io) {
    await grantChange(db, args, io, false);
  },

  async 'disable-account'(db, args, io) {
    const account = await existing(db, args);
    await setAccountEnabled(db, cli(args), { accountId: account.id, enabled: false });
    io.out(`Disabled ${account.username}: its sessions have ended`);
  },

  async 'enable-account'(db, args, io) {
    const account = await existing(db, args);
    await setAccountEnabled(db, cli(args), { accountId: account.id, enabled: true });
    io.out(`Enabled ${account.username}`);
  },

  async 'signout-everywhere'(db, args, io) {
    const account = await existing(db, args);
    const ended = await signOutEverywhere(db, cli(args), account.id);
    io.out(`Ended ${ended} session(s) of ${account.username}`);
  },
};

async function create(db: Database, args: ParsedArgs, io: AdminIo, grants: RoleGrant[]): Promise<void> {
  const username = requiredOption(args, 'username');
  if (!USERNAME.test(username)) {
    throw new UsageError('--username must be 3 to 100 letters, digits, dots, @, hyphens or underscores');
  }
  const email = option(args, 'email');
  if (email !== undefined && !EMAIL.test(email)) throw new UsageError('--email is not an e-mail address');
  const name = option(args, 'name');
  const noPassword = args.options.get('no-password') === true;
  const fromStdin = args.options.get('password-stdin') === true;
  const password = noPassword
    ? undefined
    : fromStdin
      ? (await io.readLine()).trim()
      : randomBytes(15).toString('base64url');
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  await createAccountWithGrants(db, cli(args), {
    username,
    grants,
    ...(email === undefined ? {} : { email }),
    ...(name === undefined ? {} : { name }),
    ...(password === undefined ? {} : { password }),
  }).catch((error: unknown) => {
    if (error instanceof UnknownScopeError) throw new AdminError(error.message);
    if (error instanceof Error && 'code' in error && error.code === '23505') {
      throw new AdminError(`The username "${username}" or e-mail is taken`);
    }
    throw error;
  });
  io.out(
    `Created account ${username.toLowerCase()} (${grants.map(formatGrant).join(', ') || 'no role yet'})`,
  );
  if (password !== undefined && !fromStdin) io.out(`Password (shown once): ${password}`);
}

async function grantChange(db: Database, args: ParsedArgs, io: AdminIo, add: boolean): Promise<void> {
  const account = await existing(db, args);
  const grant = grantArg(requiredOption(args, 'role'));
  const changed = await changeGrant(db, cli(args), { accountId: account.id, grant, add }).catch(
    (error: unknown) => {
      throw error instanceof UnknownScopeError ? new AdminError(error.message) : error;
    },
  );
  const what = formatGrant(grant);
  if (add) io.out(changed ? `${account.username} is now ${what}` : `${account.username} was ${what} already`);
  else io.out(changed ? `${account.username} is no longer ${what}` : `${account.username} was not ${what}`);
}

function grantArg(text: string): RoleGrant {
  const grant = parseGrant(text);
  if (grant === undefined) {
    throw new UsageError(`"${text}" is not a role like beheerder, gebiedsteam:area:<id> or coach:group:<id>`);
  }
  return grant;
}

async function existing(db: Database, args: ParsedArgs): Promise<Account> {
  const username = requiredOption(args, 'username');
  const account = await findAccount(db, { username });
  if (account === undefined) throw new AdminError(`No account "${username}" (see list-accounts)`);
  return account;
}

function cli(args: ParsedArgs): ChangeContext {
  return { actor: cliActor(args) };
}
