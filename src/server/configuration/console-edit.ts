import {
  addThemeTo,
  describeThemeIn,
  type EditResult,
  moveThemeIn,
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
import { BUILT_IN_GUIDE_IDS } from '../../domain/guides/built-in';
import { parseGuideFile } from '../../domain/guides/file';
import type { Guide } from '../../domain/guides/guide';
import type { ConfigurationEdit } from '../../domain/wire/beheer-configuration';

/**
 * The console's edits as the domain's (src/domain/configuration/edits.ts), the same functions the
 * admin CLI calls: the console adds no merge logic of its own. `detail` is what the change log and
 * the audit trail keep: ids, labels the administrator typed, numbers; never a guide's text.
 */
export interface PreparedEdit {
  action: string;
  detail: Record<string, unknown>;
  apply: (layer: ConfigurationLayer, visible: AreaConfiguration) => EditResult;
  /** The id a new theme got, once `apply` ran. */
  themeId: () => string | undefined;
  /** A guide to store in the same transaction (publishing from a file). */
  guide?: Guide;
}

export type PreparedOrRefused = { ok: true; edit: PreparedEdit } | { ok: false; problem: string };

export function prepareEdit(
  edit: ConfigurationEdit,
  scope: ConfigurationScope,
  takenIds: ReadonlySet<string>,
): PreparedOrRefused {
  let added: string | undefined;
  const prepared = (
    action: string,
    detail: Record<string, unknown>,
    apply: PreparedEdit['apply'],
    guide?: Guide,
  ): PreparedOrRefused => ({
    ok: true,
    edit: { action, detail, apply, themeId: () => added, ...(guide ? { guide } : {}) },
  });
  switch (edit.kind) {
    case 'add-theme':
      return prepared(
        'add-theme',
        { ...edit.labels, described: edit.description !== undefined },
        (layer, visible) => {
          const result = addThemeTo(layer, visible, takenIds, edit.labels, edit.description);
          if (result.ok) added = result.theme.id;
          return result;
        },
      );
    case 'rename-theme':
      return prepared('rename-theme', { id: edit.id, ...edit.labels }, (layer, visible) =>
        renameThemeIn(layer, visible, edit.id, edit.labels),
      );
    case 'describe-theme':
      return prepared('describe-theme', { id: edit.id }, (layer, visible) =>
        describeThemeIn(layer, visible, edit.id, edit.description),
      );
    case 'move-theme':
      return prepared('move-theme', { id: edit.id, direction: edit.direction }, (layer, visible) =>
        moveThemeIn(layer, visible, edit.id, edit.direction),
      );
    case 'retire-theme':
      return prepared('retire-theme', { id: edit.id, from: edit.from }, (layer, visible) =>
        retireThemeIn(layer, visible, edit.id, edit.from),
      );
    case 'restore-theme':
      return prepared('restore-theme', { id: edit.id }, (layer, visible) =>
        restoreThemeIn(layer, visible, edit.id),
      );
    case 'set-k':
      return prepared('set-k', { k: edit.k }, (layer) => setSuppressionKIn(layer, edit.k));
    case 'set-profiles':
      return prepared('set-profiles', { profiles: edit.profiles }, (layer) =>
        setResidentProfilesIn(layer, edit.profiles),
      );
    case 'set-retention':
      return prepared('set-retention', { ...edit.retention }, (layer) =>
        setRetentionIn(layer, scope, edit.retention),
      );
    case 'publish-guide': {
      const guide = readGuideFile(edit.file);
      if (!guide.ok) return guide;
      const ref = { id: guide.guide.id, version: guide.guide.version };
      return prepared(
        'publish-guide',
        { ...ref, language: guide.guide.language },
        (layer, visible) => publishGuideIn(layer, visible, ref),
        guide.guide,
      );
    }
  }
}

/** A guide export file as `admin publish-guide --file` reads it: never a built-in guide. */
export function readGuideFile(text: string): { ok: true; guide: Guide } | { ok: false; problem: string } {
  const parsed = parseGuideFile(text);
  if (!parsed.ok) return { ok: false, problem: 'guide-file-invalid' };
  if (BUILT_IN_GUIDE_IDS.has(parsed.guide.id)) return { ok: false, problem: 'guide-built-in' };
  return { ok: true, guide: parsed.guide };
}
