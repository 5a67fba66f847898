import { noChange } from '../../domain/configuration/diff';
import { publishGuideIn } from '../../domain/configuration/edits';
import { BUILT_IN_GUIDE_IDS } from '../../domain/guides/built-in';
import { type Guide, guideIdFor } from '../../domain/guides/guide';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';
import { configurationOf, scopesOfArea } from '../store/configuration';
import { decideGuideProposal, idsPublishedFor, type StoredGuideProposal } from '../store/guide-proposals';
import { storeGuideVersion } from '../store/guide-versions';
import { changeWithPreview, type PreviewedChange } from './change-preview';
import { type DecidedBy, ProposalTakenError } from './proposal-decisions';

/**
 * Deciding on a guide proposal. Publishing goes the way publishing a guide file goes (the text
 * stored in `guide_versions`, `publishGuideIn` on the area's layer through `changeWithPreview`: a
 * logged, audited change with its preview), with the decision and its own audit entry in the same
 * transaction. The guide keeps the id and version the device gave it, so summaries of the
 * conversations that followed it are accepted from then on; only when another guide holds that id
 * does it get a fresh id (version 1), which the device learns with the outcome.
 */
export async function publishGuideProposal(
  db: Database,
  proposal: StoredGuideProposal,
  by: DecidedBy,
  options: { previewOnly: boolean },
): Promise<(PreviewedChange & { guide: { id: string; version: number } }) | 'unknown-area' | 'differs'> {
  const scopes = await scopesOfArea(db, proposal.areaId);
  if (scopes === undefined) return 'unknown-area';
  const guide = await publishedAs(db, proposal);
  const ref = { id: guide.id, version: guide.version };
  const { configuration } = await configurationOf(db, scopes);
  const decide = async (tx: Queryable, configurationVersion?: number) => {
    if (!(await decideGuideProposal(tx, proposal.id, { status: 'published', guide: ref, by: by.name }))) {
      throw new ProposalTakenError();
    }
    await recordAudit(tx, {
      actor: by.audit,
      action: 'guide_proposal.publish',
      areaId: proposal.areaId,
      detail: {
        proposalId: proposal.id,
        guideId: ref.id,
        version: ref.version,
        language: guide.language,
        ...(configurationVersion === undefined ? {} : { configurationVersion }),
      },
    });
  };
  const store = async (tx: Queryable) => {
    if ((await storeGuideVersion(tx, guide, by.name)) === 'differs') throw new Differs();
  };
  try {
    if (configuration.guides.some((known) => known.id === ref.id && known.version === ref.version)) {
      // Its other language is published here already: only this text is added, as for a file.
      if (options.previewOnly) {
        return { ok: true, applied: false, preview: emptyPreview(), guide: ref };
      }
      await db.transaction(async (tx) => {
        await store(tx);
        await decide(tx);
      });
      return { ok: true, applied: true, preview: emptyPreview(), guide: ref };
    }
    const result = await changeWithPreview(
      db,
      scopes,
      {
        actor: by.name,
        by: by.audit,
        action: 'publish-guide',
        detail: { ...ref, language: guide.language, proposalId: proposal.id },
      },
      (layer, visible) => publishGuideIn(layer, visible, ref),
      { previewOnly: options.previewOnly, alongside: store, afterwards: decide },
    );
    return { ...result, guide: ref };
  } catch (error) {
    if (error instanceof Differs) return 'differs';
    throw error;
  }
}

export async function rejectGuideProposal(
  db: Database,
  proposal: StoredGuideProposal,
  reason: string,
  by: DecidedBy,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await decideGuideProposal(tx, proposal.id, { status: 'rejected', reason, by: by.name }))) {
      throw new ProposalTakenError();
    }
    // The reason is the administrator's text for the interviewer: it stays out of the trail.
    await recordAudit(tx, {
      actor: by.audit,
      action: 'guide_proposal.reject',
      areaId: proposal.areaId,
      detail: { proposalId: proposal.id, guideId: proposal.guide.id, version: proposal.guide.version },
    });
  });
}

class Differs extends Error {}

function emptyPreview() {
  return { diff: noChange(), areas: 0, devices: 0 };
}

/**
 * The id and version it is published as: its own while that id is free in the organisation (or
 * was published from this device's earlier proposals, its own lineage), else a fresh id.
 */
async function publishedAs(db: Queryable, proposal: StoredGuideProposal): Promise<Guide> {
  const { rows } = await db.query<{ guide_id: string }>('select distinct guide_id from guide_versions');
  const taken = new Set([...BUILT_IN_GUIDE_IDS, ...rows.map((row) => row.guide_id)]);
  const own = await idsPublishedFor(db, proposal.deviceId);
  const guide = proposal.guide;
  if (!taken.has(guide.id) || own.has(guide.id)) return guide;
  return { ...guide, id: guideIdFor(guide.title, taken), version: 1 };
}
