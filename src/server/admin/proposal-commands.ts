import type { ProposalState } from '../../domain/wire/proposals';
import {
  acceptProposal,
  type DecidedBy,
  mapProposal,
  ProposalTakenError,
  rejectProposal,
} from '../configuration/proposal-decisions';
import type { Database, Queryable } from '../db/database';
import { findArea } from '../store/areas';
import { listProposals, proposalById, type StoredProposal } from '../store/proposals';
import { option, type ParsedArgs, requiredOption, UsageError } from './args';
import { AdminError, type AdminIo } from './commands';
import { actorOf } from './configuration-commands';

export const PROPOSAL_USAGE = `
Proposals (themes interviewers noted that the codebook lacks, sent as anonymised text). Until one
is accepted or mapped it counts nowhere; each decision is recorded in the audit trail:
  list-proposals [--area <id>] [--status pending|accepted|mapped|rejected]
  accept-proposal <proposal-id> [--nl <label>] [--en <label>]
      Adds it to its area's codebook as a new theme with a stable id (a logged configuration
      change). The labels default to the text as proposed.
  map-proposal <proposal-id> --to <theme-id>
      Counts it as a theme the area already has; nothing is added to the codebook.
  reject-proposal <proposal-id>`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

const STATES: readonly ProposalState[] = ['pending', 'accepted', 'mapped', 'rejected'];

export const PROPOSAL_COMMANDS: Readonly<Record<string, Command>> = {
  async 'list-proposals'(db, args, io) {
    const areaId = option(args, 'area');
    if (areaId !== undefined && (await findArea(db, areaId)) === undefined) {
      throw new AdminError(`No area with id "${areaId}" (see list-areas)`);
    }
    const status = option(args, 'status');
    if (status !== undefined && !STATES.includes(status as ProposalState)) {
      throw new UsageError(`--status must be one of ${STATES.join(', ')}`);
    }
    const proposals = await listProposals(db, {
      ...(areaId === undefined ? {} : { areaId }),
      ...(status === undefined ? {} : { status: status as ProposalState }),
    });
    if (proposals.length === 0) io.out('No proposals');
    for (const p of proposals) {
      io.out(
        [p.id, p.areaId, p.receivedAt.toISOString(), p.status, p.themeId ?? '-', JSON.stringify(p.text)].join(
          '\t',
        ),
      );
    }
  },

  async 'accept-proposal'(db, args, io) {
    const proposal = await pendingProposal(db, args);
    const nl = option(args, 'nl') ?? proposal.text;
    const en = option(args, 'en') ?? nl;
    const result = await decidedOrTaken(() => acceptProposal(db, proposal, { nl, en }, byOf(args)));
    if (result === 'unknown-area') throw new AdminError(`The area of this proposal no longer exists`);
    if (!result.ok) {
      const clash = result.clashId === undefined ? '' : ` (theme ${result.clashId}: map it there instead?)`;
      const why =
        result.problem === 'duplicate' ? 'Another theme has this label' : `Cannot add: ${result.problem}`;
      throw new AdminError(`${why}${clash}; nothing changed`);
    }
    io.out(
      `Accepted: theme ${result.themeId} in area ${proposal.areaId}; configuration version ${result.version}`,
    );
  },

  async 'map-proposal'(db, args, io) {
    const proposal = await pendingProposal(db, args);
    const to = requiredOption(args, 'to');
    if ((await decidedOrTaken(() => mapProposal(db, proposal, to, byOf(args)))) === 'unknown-theme') {
      throw new AdminError(`Area ${proposal.areaId} has no theme "${to}" in use (see show-configuration)`);
    }
    io.out(`Mapped onto theme ${to}`);
  },

  async 'reject-proposal'(db, args, io) {
    const proposal = await pendingProposal(db, args);
    await decidedOrTaken(() => rejectProposal(db, proposal, byOf(args)));
    io.out('Rejected');
  },
};

function byOf(args: ParsedArgs): DecidedBy {
  const name = actorOf(args);
  return { name, audit: { kind: 'cli', label: name } };
}

async function decidedOrTaken<T>(decide: () => Promise<T>): Promise<T> {
  try {
    return await decide();
  } catch (error) {
    if (error instanceof ProposalTakenError) throw new AdminError(error.message);
    throw error;
  }
}

async function pendingProposal(db: Queryable, args: ParsedArgs): Promise<StoredProposal> {
  const [id] = args.positionals;
  if (id === undefined) throw new UsageError('Name the proposal by its id (see list-proposals)');
  const proposal = await proposalById(db, id);
  if (proposal === undefined) throw new AdminError(`No proposal with id "${id}" (see list-proposals)`);
  if (proposal.status !== 'pending') throw new AdminError(`This proposal was ${proposal.status} already`);
  return proposal;
}
