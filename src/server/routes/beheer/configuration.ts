import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { noChange } from '../../../domain/configuration/diff';
import type { ConfigurationScope } from '../../../domain/configuration/layer';
import type { RetentionPolicy } from '../../../domain/configuration/retention';
import { BUILT_IN_GUIDES } from '../../../domain/guides/built-in';
import type { Guide } from '../../../domain/guides/guide';
import { THEME_LABEL_MAX_LENGTH } from '../../../domain/themes';
import type {
  ConfigurationChangeAnswer,
  ConfigurationEdit,
  ConsoleConfiguration,
} from '../../../domain/wire/beheer-configuration';
import { recordAudit } from '../../audit/record';
import { changeWithPreview, type PreviewedChange } from '../../configuration/change-preview';
import { prepareEdit } from '../../configuration/console-edit';
import {
  acceptProposal,
  type DecidedBy,
  mapProposal,
  ProposalTakenError,
  rejectProposal,
} from '../../configuration/proposal-decisions';
import type { Database, Queryable } from '../../db/database';
import { HttpError } from '../../http/api-error';
import { groupExists } from '../../store/area-groups';
import { allThemeIds, configurationOf, retentionPolicies, scopesOfArea } from '../../store/configuration';
import { pendingGuideProposals } from '../../store/guide-proposals';
import { guideVersionBodies, storeGuideVersion } from '../../store/guide-versions';
import { listProposals, proposalById, type StoredProposal } from '../../store/proposals';
import { EDIT_BODY } from './configuration-schema';
import { actorOf, changeActorOf, consoleAccess } from './guard';

const AREA_PARAMS = {
  type: 'object',
  required: ['areaId'],
  properties: { areaId: { type: 'string', maxLength: 64 } },
} as const;
const GROUP_PARAMS = {
  type: 'object',
  required: ['groupId'],
  properties: { groupId: { type: 'string', maxLength: 64 } },
} as const;
const PROPOSAL_PARAMS = {
  type: 'object',
  required: ['proposalId'],
  properties: { proposalId: { type: 'string', maxLength: 36 } },
} as const;
const label = { type: 'string', maxLength: THEME_LABEL_MAX_LENGTH } as const;
const ACCEPT_BODY = {
  type: 'object',
  required: ['labels'],
  additionalProperties: false,
  properties: {
    labels: {
      type: 'object',
      required: ['nl', 'en'],
      additionalProperties: false,
      properties: { nl: label, en: label },
    },
    preview: { type: 'boolean' },
  },
} as const;
const MAP_BODY = {
  type: 'object',
  required: ['themeId'],
  additionalProperties: false,
  properties: { themeId: { type: 'string', maxLength: 64 } },
} as const;

/** Why a change was refused, as the console reads it: [status, code]. */
const REFUSALS: Record<string, [number, string]> = {
  empty: [400, 'label_empty'],
  'too-long': [400, 'label_too_long'],
  duplicate: [409, 'label_taken'],
  'unknown-theme': [404, 'unknown_theme'],
  'already-retired': [409, 'already_retired'],
  'not-retired': [409, 'not_retired'],
  'guide-published': [409, 'guide_published'],
  'guide-differs': [409, 'guide_differs'],
  'guide-file-invalid': [400, 'guide_file_invalid'],
  'guide-built-in': [400, 'guide_built_in'],
  'k-too-low': [400, 'k_too_low'],
  'no-profiles': [400, 'no_profiles'],
  'retention-out-of-range': [400, 'retention_out_of_range'],
  'organisation-only': [400, 'organisation_only'],
  'cannot-move': [409, 'cannot_move'],
};

function refuse(problem: string, clashId?: string): never {
  const [status, code] = REFUSALS[problem] ?? [400, 'invalid_change'];
  // The message names the reason and the theme or setting (ids only), never a typed text.
  throw new HttpError(
    status,
    code,
    `The change was refused (${problem}); nothing changed`,
    clashId === undefined ? undefined : [{ path: 'body/edit', message: clashId }],
  );
}

class GuideDiffers extends Error {}

/**
 * `/api/beheer/configuration` (the organisation's layer: beheerder of the organisation) and
 * `/api/beheer/areas/:areaId/configuration` (beheerder of that area): what applies, each change
 * with `{ preview: true }` first to see what devices notice, and the area's proposals to decide.
 * Every change goes through `changeLayer`, so it is logged, audited and raises the version whose
 * ETag devices follow.
 */
export function consoleConfigurationRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    const areaOf = (request: FastifyRequest) => (request.params as { areaId?: string }).areaId;
    const groupOf = (request: FastifyRequest) => (request.params as { groupId?: string }).groupId;
    const organisation = { onRequest: [access.onRequest, access.organisation] };
    const area = { onRequest: [access.onRequest, access.area(areaOf)] };
    const scopesOf = async (request: FastifyRequest): Promise<ConfigurationScope[]> => {
      const areaId = areaOf(request);
      const groupId = groupOf(request);
      if (groupId !== undefined) {
        if (!(await groupExists(db, groupId))) {
          throw new HttpError(404, 'not_found', 'There is no such group');
        }
        return [{ kind: 'organisation' }, { kind: 'group', groupId }];
      }
      if (areaId === undefined) return [{ kind: 'organisation' }];
      const scopes = await scopesOfArea(db, areaId);
      if (scopes === undefined) throw new HttpError(404, 'not_found', 'There is no such area');
      return scopes;
    };

    const read = async (request: FastifyRequest): Promise<ConsoleConfiguration> => {
      const scopes = await scopesOf(request);
      const areaId = areaOf(request);
      const { version, configuration } = await configurationOf(db, scopes);
      const pending = areaId === undefined ? [] : await listProposals(db, { areaId, status: 'pending' });
      const target = scopes.at(-1);
      const guidesPending = areaId === undefined ? [] : await pendingGuideProposals(db, areaId);
      return {
        scope:
          target?.kind === 'area'
            ? { areaId: target.areaId }
            : target?.kind === 'group'
              ? { groupId: target.groupId }
              : 'organisation',
        version,
        configuration,
        retention: await retentionOf(db, scopes),
        guides: await Promise.all(
          configuration.guides.map(async (ref) => ({ ...ref, titles: await titlesOf(db, ref) })),
        ),
        proposals: pending.map((p) => ({
          id: p.id,
          areaId: p.areaId,
          text: p.text,
          receivedAt: p.receivedAt.toISOString(),
        })),
        guideProposals: guidesPending.map((p) => ({
          id: p.id,
          areaId: p.areaId,
          guide: p.guide,
          receivedAt: p.receivedAt.toISOString(),
        })),
      };
    };

    const change = async (request: FastifyRequest): Promise<ConfigurationChangeAnswer> => {
      const { edit, preview = false } = request.body as { edit: ConfigurationEdit; preview?: boolean };
      const scopes = await scopesOf(request);
      const target = scopes.at(-1) ?? { kind: 'organisation' as const };
      const prepared = prepareEdit(edit, target, await allThemeIds(db));
      if (!prepared.ok) refuse(prepared.problem);
      const { guide } = prepared.edit;
      if (guide !== undefined) {
        const { configuration } = await configurationOf(db, scopes);
        if (configuration.guides.some((g) => g.id === guide.id && g.version === guide.version)) {
          return storeOtherLanguage(request, guide, preview, scopes);
        }
      }
      const storeBody = async (tx: Queryable) => {
        if (
          guide !== undefined &&
          (await storeGuideVersion(tx, guide, changeActorOf(request))) === 'differs'
        ) {
          throw new GuideDiffers();
        }
      };
      const result = await changeWithPreview(
        db,
        scopes,
        {
          actor: changeActorOf(request),
          by: actorOf(request),
          action: prepared.edit.action,
          detail: prepared.edit.detail,
        },
        prepared.edit.apply,
        { previewOnly: preview, alongside: storeBody },
      ).catch((error: unknown) => {
        if (error instanceof GuideDiffers) refuse('guide-differs');
        throw error;
      });
      return answered(result, prepared.edit.themeId());
    };

    /** A guide version published here already: only its text in another language is added. */
    const storeOtherLanguage = async (
      request: FastifyRequest,
      guide: Guide,
      preview: boolean,
      scopes: readonly ConfigurationScope[],
    ): Promise<ConfigurationChangeAnswer> => {
      const stored = await db
        .transaction(async (tx) => {
          const outcome = await storeGuideVersion(tx, guide, changeActorOf(request));
          if (outcome === 'stored' && !preview) {
            const target = scopes.at(-1);
            await recordAudit(tx, {
              actor: actorOf(request),
              action: 'guide.store_language',
              areaId: target?.kind === 'area' ? target.areaId : undefined,
              detail: { guideId: guide.id, version: guide.version, language: guide.language },
            });
          }
          if (preview) throw new PreviewRollback(outcome);
          return outcome;
        })
        .catch((error: unknown) => {
          if (error instanceof PreviewRollback) return error.outcome;
          throw error;
        });
      if (stored === 'differs') refuse('guide-differs');
      if (stored === 'same') refuse('guide-published');
      return { applied: !preview, preview: { diff: noChange(), areas: 0, devices: 0 } };
    };

    app.get('/api/beheer/configuration', organisation, read);
    app.get('/api/beheer/areas/:areaId/configuration', { ...area, schema: { params: AREA_PARAMS } }, read);
    app.post('/api/beheer/configuration/changes', { ...organisation, schema: { body: EDIT_BODY } }, change);
    app.post(
      '/api/beheer/areas/:areaId/configuration/changes',
      { ...area, schema: { params: AREA_PARAMS, body: EDIT_BODY } },
      change,
    );
    // A group's layer reaches every area in it, and which areas those are is the organisation's
    // decision (moving an area between groups is too): only its administrators change it.
    app.get(
      '/api/beheer/groups/:groupId/configuration',
      { ...organisation, schema: { params: GROUP_PARAMS } },
      read,
    );
    app.post(
      '/api/beheer/groups/:groupId/configuration/changes',
      { ...organisation, schema: { params: GROUP_PARAMS, body: EDIT_BODY } },
      change,
    );

    // A proposal route names no area: the proposal's own area decides, looked up once the role is
    // known to be held somewhere, as for devices.
    const found = new WeakMap<FastifyRequest, StoredProposal>();
    const loadProposal = async (request: FastifyRequest, _reply: FastifyReply) => {
      const proposal = await proposalById(db, (request.params as { proposalId: string }).proposalId);
      if (proposal === undefined) throw new HttpError(404, 'not_found', 'There is no such proposal');
      found.set(request, proposal);
    };
    const proposalRoute = {
      onRequest: [access.onRequest, access.anyArea, loadProposal, access.area((r) => found.get(r)?.areaId)],
    };
    const pendingOf = (request: FastifyRequest): StoredProposal => {
      const proposal = found.get(request);
      if (proposal === undefined) throw new Error('proposal route without loadProposal');
      if (proposal.status !== 'pending') {
        throw new HttpError(409, 'proposal_decided', `This proposal was ${proposal.status} already`);
      }
      return proposal;
    };
    const byOf = (request: FastifyRequest): DecidedBy => ({
      name: changeActorOf(request),
      audit: actorOf(request),
    });
    const taken = (error: unknown): never => {
      if (error instanceof ProposalTakenError) throw new HttpError(409, 'proposal_decided', error.message);
      throw error;
    };

    app.post(
      '/api/beheer/proposals/:proposalId/accept',
      { ...proposalRoute, schema: { params: PROPOSAL_PARAMS, body: ACCEPT_BODY } },
      async (request): Promise<ConfigurationChangeAnswer> => {
        const { labels, preview = false } = request.body as {
          labels: { nl: string; en: string };
          preview?: boolean;
        };
        const result = await acceptProposal(db, pendingOf(request), labels, byOf(request), {
          previewOnly: preview,
        }).catch(taken);
        if (result === 'unknown-area') throw new HttpError(404, 'not_found', 'The area no longer exists');
        return answered(result, result.ok ? result.themeId : undefined);
      },
    );

    app.post(
      '/api/beheer/proposals/:proposalId/map',
      { ...proposalRoute, schema: { params: PROPOSAL_PARAMS, body: MAP_BODY } },
      async (request, reply) => {
        const { themeId } = request.body as { themeId: string };
        const mapped = await mapProposal(db, pendingOf(request), themeId, byOf(request)).catch(taken);
        if (mapped === 'unknown-theme') refuse('unknown-theme');
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/beheer/proposals/:proposalId/reject',
      { ...proposalRoute, schema: { params: PROPOSAL_PARAMS } },
      async (request, reply) => {
        await rejectProposal(db, pendingOf(request), byOf(request)).catch(taken);
        return reply.code(204).send();
      },
    );
  };
}

class PreviewRollback extends Error {
  constructor(readonly outcome: 'stored' | 'same' | 'differs') {
    super('preview only');
  }
}

function answered(result: PreviewedChange, themeId: string | undefined): ConfigurationChangeAnswer {
  if (!result.ok) refuse(result.problem, result.clashId);
  return {
    applied: result.applied,
    preview: result.preview,
    ...(result.version === undefined ? {} : { version: result.version }),
    ...(themeId === undefined || themeId === '' ? {} : { themeId }),
  };
}

/** The retention that applies at the scope, the server-only settings included. */
async function retentionOf(db: Queryable, scopes: readonly ConfigurationScope[]): Promise<RetentionPolicy> {
  const { areas, group, organisation } = await retentionPolicies(db);
  const target = scopes.at(-1);
  if (target?.kind === 'area') return areas.get(target.areaId) ?? organisation;
  if (target?.kind === 'group') return group(target.groupId);
  return organisation;
}

/** Titles per language: from the app for built-in guides, from the stored texts for published ones. */
async function titlesOf(
  db: Queryable,
  ref: { id: string; version: number },
): Promise<Record<string, string>> {
  const builtIn = BUILT_IN_GUIDES.filter((g) => g.id === ref.id && g.version === ref.version);
  const guides = builtIn.length > 0 ? builtIn : await guideVersionBodies(db, ref.id, ref.version);
  return Object.fromEntries(guides.map((g) => [g.language, g.title]));
}
