import {
  addThemeTo,
  type EditResult,
  publishGuideIn,
  renameThemeIn,
  restoreThemeIn,
  retireThemeIn,
  setResidentProfilesIn,
  setSuppressionKIn,
} from '../../domain/configuration/edits';
import type { ConfigurationLayer, ConfigurationScope } from '../../domain/configuration/layer';
import type { AreaConfiguration } from '../../domain/configuration/merge';
import { setRetentionIn } from '../../domain/configuration/retention';
import { isResidentProfile, type ResidentProfile } from '../../domain/guides/profiles';
import type { Period } from '../../domain/period';
import type { Theme } from '../../domain/themes';
import { WIRE_ID_PATTERN } from '../../domain/wire/summary';
import type { Database } from '../db/database';
import { findArea } from '../store/areas';
import {
  allThemeIds,
  type Change,
  changeLayer,
  configurationOf,
  listChanges,
  retentionPolicies,
  scopesOfArea,
} from '../store/configuration';
import { option, type ParsedArgs, requiredOption, UsageError } from './args';
import { cliActorName } from './cli-actor';
import { AdminError, type AdminIo } from './commands';

export const CONFIGURATION_USAGE = `
Configuration (the codebook, guides, profiles and k devices follow). Without --area or --group a
command changes the organisation; with one, only that group of areas or that area. Every change
is logged with who made it (--by <name>, default the system user) and when:
  show-configuration [--area <id> | --group <id>]
      Prints the configuration that applies there, themes with their ids.
  add-theme --nl <label> [--en <label>] [--area <id> | --group <id>]
  rename-theme <theme-id> [--nl <label>] [--en <label>] [--area <id> | --group <id>]
  retire-theme <theme-id> --from <2027-Q3> [--area <id> | --group <id>]
      Summaries of periods before --from may still name it; later ones may not.
  restore-theme <theme-id> [--area <id> | --group <id>]
  publish-guide --id <guide-id> --version <n> [--area <id> | --group <id>]
  set-k <k> [--area <id> | --group <id>]          (never below 3)
  set-profiles <profile,profile,…> [--area <id> | --group <id>]
  list-changes [--limit 50]`;

type Command = (db: Database, args: ParsedArgs, io: AdminIo) => Promise<void>;

export const CONFIGURATION_COMMANDS: Readonly<Record<string, Command>> = {
  async 'show-configuration'(db, args, io) {
    const { scopes, name } = await scopeOf(db, args);
    const { version, configuration } = await configurationOf(db, scopes);
    io.out(`Configuration for ${name}, version ${version}`);
    io.out(
      `k = ${configuration.suppressionK}; shares kept ${configuration.retention.shareDays} days, backups ${configuration.retention.backupDays} days`,
    );
    io.out(`Resident profiles: ${configuration.residentProfiles.join(', ')}`);
    io.out(`Guides: ${configuration.guides.map((g) => `${g.id} v${g.version}`).join(', ')}`);
    io.out('Themes:');
    for (const theme of configuration.codebook.themes) io.out(`  ${themeLine(theme)}`);
  },

  async 'add-theme'(db, args, io) {
    const nl = requiredOption(args, 'nl');
    const en = option(args, 'en') ?? '';
    const taken = await allThemeIds(db);
    let added = '';
    await change(db, args, io, { action: 'add-theme', detail: { nl, en } }, (layer, visible) => {
      const result = addThemeTo(layer, visible, taken, { nl, en });
      if (result.ok) added = result.theme.id;
      return result;
    });
    io.out(`Added theme ${added}`);
  },

  async 'rename-theme'(db, args, io) {
    const id = themeIdArg(args);
    const nl = option(args, 'nl');
    const en = option(args, 'en');
    if (nl === undefined && en === undefined) throw new UsageError('rename-theme needs --nl or --en');
    const labels = { ...(nl === undefined ? {} : { nl }), ...(en === undefined ? {} : { en }) };
    await change(db, args, io, { action: 'rename-theme', detail: { id, ...labels } }, (layer, visible) =>
      renameThemeIn(layer, visible, id, labels),
    );
    io.out(`Renamed theme ${id}`);
  },

  async 'retire-theme'(db, args, io) {
    const id = themeIdArg(args);
    const from = parsePeriod(requiredOption(args, 'from'));
    await change(db, args, io, { action: 'retire-theme', detail: { id, from } }, (layer, visible) =>
      retireThemeIn(layer, visible, id, from),
    );
    io.out(`Retired theme ${id} from ${from.year}-Q${from.quarter}`);
  },

  async 'restore-theme'(db, args, io) {
    const id = themeIdArg(args);
    await change(db, args, io, { action: 'restore-theme', detail: { id } }, (layer, visible) =>
      restoreThemeIn(layer, visible, id),
    );
    io.out(`Restored theme ${id}`);
  },

  async 'publish-guide'(db, args, io) {
    const id = requiredOption(args, 'id');
    if (id.length > 64 || !WIRE_ID_PATTERN.test(id)) throw new UsageError('--id must be a guide id');
    const version = wholeNumber(requiredOption(args, 'version'), '--version');
    await change(db, args, io, { action: 'publish-guide', detail: { id, version } }, (layer, visible) =>
      publishGuideIn(layer, visible, { id, version }),
    );
    io.out(`Published guide ${id} version ${version}`);
  },

  async 'set-k'(db, args, io) {
    const [text] = args.positionals;
    if (text === undefined) throw new UsageError('set-k needs a number');
    const k = wholeNumber(text, 'k');
    await change(db, args, io, { action: 'set-k', detail: { k } }, (layer) => setSuppressionKIn(layer, k));
    io.out(`k is ${k}`);
  },

  async 'set-profiles'(db, args, io) {
    const [text] = args.positionals;
    const profiles = (text ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const unknown = profiles.filter((p) => !isResidentProfile(p));
    if (unknown.length > 0) throw new UsageError(`Unknown resident profile(s): ${unknown.join(', ')}`);
    await change(db, args, io, { action: 'set-profiles', detail: { profiles } }, (layer) =>
      setResidentProfilesIn(layer, profiles as ResidentProfile[]),
    );
    io.out(`Resident profiles: ${profiles.join(', ')}`);
  },

  async 'set-retention'(db, args, io) {
    const settings = {
      summaryYears: optionalWhole(args, 'summary-years'),
      backupDays: optionalWhole(args, 'backup-days'),
      shareDays: optionalWhole(args, 'share-days'),
      auditYears: optionalWhole(args, 'audit-years'),
    };
    const { scopes } = await scopeOf(db, args);
    const scope = scopes.at(-1) ?? { kind: 'organisation' as const };
    await change(db, args, io, { action: 'set-retention', detail: settings }, (layer) =>
      setRetentionIn(layer, scope, settings),
    );
    const { areas, organisation } = await retentionPolicies(db);
    const shown = scope.kind === 'area' ? (areas.get(scope.areaId) ?? organisation) : organisation;
    io.out(
      `Summaries kept ${shown.summaryYears} years, backups ${shown.backupDays} days without refresh, shares ${shown.shareDays} days, audit trail ${organisation.auditYears} years`,
    );
  },

  async 'list-changes'(db, args, io) {
    const limit = wholeNumber(option(args, 'limit') ?? '50', '--limit');
    const changes = await listChanges(db, Math.min(limit, 10_000));
    if (changes.length === 0) io.out('No configuration changes yet: the built-in configuration applies');
    for (const c of changes) {
      io.out(
        [c.id, c.changedAt.toISOString(), c.actor, c.scope, c.action, JSON.stringify(c.detail)].join('\t'),
      );
    }
  },
};

const PROBLEMS: Record<string, string> = {
  empty: 'The label is empty',
  'too-long': 'The label is too long',
  duplicate: 'Another theme has this label',
  'unknown-theme': 'There is no theme with this id here (see show-configuration)',
  'already-retired': 'This theme is retired already',
  'not-retired': 'This theme is not retired',
  'guide-published': 'This guide version is published here already',
  'k-too-low': 'k must be a whole number of at least 3',
  'no-profiles': 'Offer at least one resident profile',
  'retention-out-of-range': 'Give at least one retention setting, each a whole number from 1 to its maximum',
  'organisation-only':
    'The audit trail is one for the organisation: set --audit-years without --area or --group',
};

async function change(
  db: Database,
  args: ParsedArgs,
  io: AdminIo,
  what: Omit<Change, 'actor'>,
  edit: (layer: ConfigurationLayer, visible: AreaConfiguration) => EditResult,
): Promise<void> {
  const { scopes, name } = await scopeOf(db, args);
  const result = await changeLayer(db, scopes, { ...what, actor: actorOf(args) }, edit);
  if (!result.ok) {
    const clash =
      result.clashId === undefined
        ? ''
        : result.problem.startsWith('retention') || result.problem === 'organisation-only'
          ? ` (${result.clashId})`
          : ` (theme ${result.clashId})`;
    throw new AdminError(`${PROBLEMS[result.problem] ?? result.problem}${clash}; nothing changed`);
  }
  io.out(`Configuration of ${name} is now version ${result.version}`);
}

async function scopeOf(
  db: Database,
  args: ParsedArgs,
): Promise<{ scopes: ConfigurationScope[]; name: string }> {
  const areaId = option(args, 'area');
  const groupId = option(args, 'group');
  if (areaId !== undefined && groupId !== undefined) throw new UsageError('Give --area or --group, not both');
  if (areaId !== undefined) {
    const scopes = await scopesOfArea(db, areaId);
    const area = await findArea(db, areaId);
    if (scopes === undefined || area === undefined)
      throw new AdminError(`No area with id "${areaId}" (see list-areas)`);
    return { scopes, name: `area ${area.id}` };
  }
  if (groupId !== undefined) {
    const { rows } = await db.query<{ id: string }>('select id from area_groups where id = $1', [groupId]);
    if (rows.length === 0) throw new AdminError(`No group of areas with id "${groupId}"`);
    return { scopes: [{ kind: 'organisation' }, { kind: 'group', groupId }], name: `group ${groupId}` };
  }
  return { scopes: [{ kind: 'organisation' }], name: 'the organisation' };
}

/** Who made a change, for the configuration's change log (and the audit trail, see cli-actor.ts). */
export function actorOf(args: ParsedArgs): string {
  return cliActorName(args);
}

function optionalWhole(args: ParsedArgs, name: string): number | undefined {
  const text = option(args, name);
  return text === undefined ? undefined : wholeNumber(text, `--${name}`);
}

function themeIdArg(args: ParsedArgs): string {
  const [id] = args.positionals;
  if (id === undefined) throw new UsageError('Name the theme by its id (see show-configuration)');
  return id;
}

function wholeNumber(text: string, name: string): number {
  if (!/^\d{1,9}$/.test(text.trim())) throw new UsageError(`${name} must be a whole number`);
  return Number(text);
}

/** "2027-Q3" or "2027-3". */
function parsePeriod(text: string): Period {
  const match = /^(\d{4})-Q?([1-4])$/i.exec(text.trim());
  if (match === null) throw new UsageError(`"${text}" is not a period like 2027-Q3`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Period['quarter'] };
}

function themeLine(theme: Theme): string {
  const retired = theme.retiredFrom
    ? `\tretired from ${theme.retiredFrom.year}-Q${theme.retiredFrom.quarter}`
    : '';
  return `${theme.id}\t${theme.labels.nl} / ${theme.labels.en}${retired}`;
}
