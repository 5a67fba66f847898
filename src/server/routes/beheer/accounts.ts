import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatGrant, parseScope, ROLES, type Role, type RoleGrant } from '../../../domain/accounts/roles';
import {
  type AccountsResponse,
  type ConsoleAccountListing,
  MIN_ACCOUNT_PASSWORD_LENGTH,
  USERNAME_PATTERN,
} from '../../../domain/wire/beheer';
import {
  type Account,
  createAccount,
  disableAccount,
  enableAccount,
  endAllSessions,
  findAccount,
  listAccounts,
} from '../../accounts/accounts';
import { grantRole, revokeRole, UnknownScopeError } from '../../accounts/grants';
import { recordAudit } from '../../audit/record';
import type { Database, Queryable } from '../../db/database';
import { accountOf } from '../../http/account-auth';
import { HttpError } from '../../http/api-error';
import { isUniqueViolation } from '../../store/areas';
import { actorOf, consoleAccess } from './guard';

const NEW_ACCOUNT_BODY = {
  type: 'object',
  required: ['username', 'name', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', maxLength: 100 },
    name: { type: 'string', maxLength: 100 },
    email: { type: 'string', maxLength: 254 },
    password: { type: 'string', maxLength: 200 },
  },
} as const;
const GRANT_BODY = {
  type: 'object',
  required: ['role', 'scope'],
  additionalProperties: false,
  properties: { role: { type: 'string', enum: [...ROLES] }, scope: { type: 'string', maxLength: 80 } },
} as const;
const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 36 } },
} as const;

function wire(account: Account): ConsoleAccountListing {
  return {
    ...account,
    disabledAt: account.disabledAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}

function invalid(path: string, code: string, message: string): never {
  throw new HttpError(400, code, message, [{ path, message }]);
}

/**
 * `/api/beheer/accounts`: people who sign in, their roles, and ending their access. Only an
 * administrator of the whole organisation manages accounts: a role given here can reach any area.
 * Everything goes through the accounts store (src/server/accounts/), as the CLI does.
 */
export function consoleAccountRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    const guarded = { onRequest: [access.onRequest, access.organisation] };
    const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

    /** Runs a change to one account with its audit entry in one transaction; 404 when unknown. */
    const change = async (
      request: FastifyRequest,
      action: `account.${string}`,
      apply: (tx: Queryable, id: string) => Promise<boolean>,
      detail: Record<string, string | number | boolean | null> = {},
    ): Promise<{ account: ConsoleAccountListing }> => {
      const id = idOf(request);
      const done = await db.transaction(async (tx) => {
        if (!(await apply(tx, id))) return false;
        await recordAudit(tx, { actor: actorOf(request), action, detail: { accountId: id, ...detail } });
        return true;
      });
      const account = done ? await findAccount(db, { id }) : undefined;
      if (account === undefined) throw new HttpError(404, 'not_found', 'There is no such account');
      return { account: wire(account) };
    };
    const grantOf = (request: FastifyRequest): RoleGrant => {
      const body = request.body as { role: Role; scope: string };
      const scope = parseScope(body.scope);
      if (scope === undefined)
        invalid('body/scope', 'scope_invalid', 'Name the organisation, a group or an area');
      return { role: body.role, scope };
    };

    app.get('/api/beheer/accounts', guarded, async () => {
      return { accounts: (await listAccounts(db)).map(wire) } satisfies AccountsResponse;
    });

    app.post(
      '/api/beheer/accounts',
      { ...guarded, schema: { body: NEW_ACCOUNT_BODY } },
      async (request, reply) => {
        const body = request.body as { username: string; name: string; email?: string; password: string };
        const username = body.username.trim();
        const name = body.name.trim();
        const email = body.email?.trim() || null;
        if (!USERNAME_PATTERN.test(username))
          invalid(
            'body/username',
            'username_invalid',
            'Use 3 to 100 letters, digits, dots, hyphens or underscores',
          );
        if (name === '') invalid('body/name', 'name_empty', 'Give a name');
        if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email))
          invalid('body/email', 'email_invalid', 'Not an e-mail address');
        if (body.password.length < MIN_ACCOUNT_PASSWORD_LENGTH) {
          invalid(
            'body/password',
            'password_too_short',
            `Use at least ${MIN_ACCOUNT_PASSWORD_LENGTH} characters`,
          );
        }
        if ((await findAccount(db, { username })) !== undefined) {
          throw new HttpError(409, 'username_taken', 'That username is taken', [
            { path: 'body/username', message: 'is taken' },
          ]);
        }
        const created = await db
          .transaction(async (tx) => {
            const { id } = await createAccount(tx, { username, name, email, password: body.password });
            await recordAudit(tx, {
              actor: actorOf(request),
              action: 'account.create',
              detail: { accountId: id },
            });
            return id;
          })
          .catch((error: unknown) => {
            if (isUniqueViolation(error))
              throw new HttpError(409, 'username_taken', 'That username or e-mail is taken');
            throw error;
          });
        const account = await findAccount(db, { id: created });
        if (account === undefined) throw new Error('account was not created');
        reply.code(201);
        return { account: wire(account) };
      },
    );

    app.post(
      '/api/beheer/accounts/:id/grants',
      { ...guarded, schema: { params: ID_PARAMS, body: GRANT_BODY } },
      async (request) => {
        const grant = grantOf(request);
        try {
          return await change(request, 'account.grant_role', (tx, id) => grantRole(tx, id, grant), {
            grant: formatGrant(grant),
          });
        } catch (error) {
          if (error instanceof UnknownScopeError)
            invalid('body/scope', 'scope_unknown', 'There is no such group or area');
          throw error;
        }
      },
    );

    app.post(
      '/api/beheer/accounts/:id/grants/revoke',
      { ...guarded, schema: { params: ID_PARAMS, body: GRANT_BODY } },
      async (request) => {
        const grant = grantOf(request);
        return change(
          request,
          'account.revoke_role',
          async (tx, id) =>
            (await revokeRole(tx, id, grant)) || (await findAccount(tx, { id })) !== undefined,
          { grant: formatGrant(grant) },
        );
      },
    );

    app.post(
      '/api/beheer/accounts/:id/disable',
      { ...guarded, schema: { params: ID_PARAMS } },
      async (request) => {
        // Locking oneself out leaves an organisation without its administrator: another must do it.
        if (idOf(request) === accountOf(request).id) {
          throw new HttpError(409, 'own_account', 'You cannot disable your own account');
        }
        return change(request, 'account.disable', (tx, id) => disableAccount(tx, id));
      },
    );

    app.post(
      '/api/beheer/accounts/:id/enable',
      { ...guarded, schema: { params: ID_PARAMS } },
      async (request) => change(request, 'account.enable', (tx, id) => enableAccount(tx, id)),
    );

    app.post(
      '/api/beheer/accounts/:id/signout-everywhere',
      { ...guarded, schema: { params: ID_PARAMS } },
      async (request) =>
        change(request, 'account.signout_everywhere', async (tx, id) => {
          if ((await findAccount(tx, { id })) === undefined) return false;
          await endAllSessions(tx, id);
          return true;
        }),
    );
  };
}
