import { addThemeTo } from '../../domain/configuration/edits';
import { findTheme, type ThemeLabels } from '../../domain/themes';
import type { AuditActor } from '../audit/record';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';
import { allThemeIds, areaConfiguration, scopesOfArea } from '../store/configuration';
import { decideProposal, type StoredProposal } from '../store/proposals';
import { changeWithPreview, type PreviewedChange } from './change-preview';

/**
 * Deciding on a theme proposal, the same from the admin CLI and the console: accept it into its
 * area's codebook (a new stable id, a logged configuration change), map it onto a theme the area
 * has, or reject it. Each decision and its audit entry are one transaction.
 */
export interface DecidedBy {
  /** As the change log and the proposal keep it. */
  name: string;
  audit: AuditActor;
}

export class ProposalTakenError extends Error {
  constructor() {
    super('This proposal was decided by someone else just now; nothing changed');
  }
}

export async function acceptProposal(
  db: Database,
  proposal: StoredProposal,
  labels: ThemeLabels,
  by: DecidedBy,
  options: { previewOnly: boolean } = { previewOnly: false },
): Promise<(PreviewedChange & { themeId?: string }) | 'unknown-area'> {
  const scopes = await scopesOfArea(db, proposal.areaId);
  if (scopes === undefined) return 'unknown-area';
  const taken = await allThemeIds(db);
  let themeId = '';
  const result = await changeWithPreview(
    db,
    scopes,
    {
      actor: by.name,
      by: by.audit,
      action: 'accept-proposal',
      detail: { proposalId: proposal.id, nl: labels.nl, en: labels.en },
    },
    (layer, visible) => {
      const added = addThemeTo(layer, visible, taken, labels);
      if (added.ok) themeId = added.theme.id;
      return added;
    },
    {
      previewOnly: options.previewOnly,
      afterwards: (tx, version) =>
        decided(tx, proposal, { status: 'accepted', themeId, by }, { configurationVersion: version }),
    },
  );
  return result.ok ? { ...result, themeId } : result;
}

/** Counts it as a theme the area has and uses; nothing is added to the codebook. */
export async function mapProposal(
  db: Database,
  proposal: StoredProposal,
  toThemeId: string,
  by: DecidedBy,
): Promise<'mapped' | 'unknown-theme'> {
  const found = await areaConfiguration(db, proposal.areaId);
  const theme = found === undefined ? undefined : findTheme(found.configuration.codebook, toThemeId);
  if (theme === undefined || theme.retired) return 'unknown-theme';
  await db.transaction((tx) => decided(tx, proposal, { status: 'mapped', themeId: theme.id, by }));
  return 'mapped';
}

export async function rejectProposal(db: Database, proposal: StoredProposal, by: DecidedBy): Promise<void> {
  await db.transaction((tx) => decided(tx, proposal, { status: 'rejected', themeId: null, by }));
}

async function decided(
  tx: Queryable,
  proposal: StoredProposal,
  decision: { status: 'accepted' | 'mapped' | 'rejected'; themeId: string | null; by: DecidedBy },
  extra: { configurationVersion?: number } = {},
): Promise<void> {
  const { status, themeId, by } = decision;
  if (!(await decideProposal(tx, proposal.id, { status, themeId, by: by.name }))) {
    // Thrown inside the transaction, so a theme added alongside is rolled back with it.
    throw new ProposalTakenError();
  }
  await recordAudit(tx, {
    actor: by.audit,
    action: `proposal.${status === 'accepted' ? 'accept' : status === 'mapped' ? 'map' : 'reject'}`,
    areaId: proposal.areaId,
    detail: {
      proposalId: proposal.id,
      ...(themeId === null ? {} : { themeId }),
      ...(extra.configurationVersion === undefined
        ? {}
        : { configurationVersion: extra.configurationVersion }),
    },
  });
}
