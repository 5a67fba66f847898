import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { storeGuide } from '../../db/guides';
import type { Guide } from '../../domain/guides/guide';
import { Screen } from '../components/Screen';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { MethodHelp } from '../method/MethodHelp';
import { ExportLink } from './ExportLink';
import { GuideMeta } from './GuideMeta';
import { GuideSectionView } from './GuideSectionView';
import { GUIDES_PATH, type GuideNotice, guideHref } from './guide-links';
import { copyOf } from './import-guide-file';
import { ProposeGuide } from './ProposeGuide';
import { guidesChanged } from './use-all-guides';

interface GuideReaderProps {
  guide: Guide;
  /** Every version of this guide in its language, oldest first. */
  versions: readonly Guide[];
  onNotice: (notice: GuideNotice) => void;
}

/** A guide to read before a conversation: its sections by phase, each prompt with probes, tip and values. */
export function GuideReader({ guide, versions, onNotice }: GuideReaderProps) {
  const t = useMessages();
  const device = useDevice();
  const { route } = useLocation();
  const [failed, setFailed] = useState(false);
  const copying = useRef(false);
  const latest = versions.at(-1) ?? guide;
  const isLatest = latest.version === guide.version;
  const lang = guide.language === language.value ? undefined : guide.language;

  const copy = async () => {
    // One copy per tap: a second tap while the first is stored would only collide with it.
    if (copying.current) return;
    copying.current = true;
    let duplicate: Guide;
    try {
      duplicate = await copyOf(guide, t.guides.actions.copyTitle(guide.title), device);
      const db = device.db.value;
      if (!db) throw new Error('The database is not open.');
      await storeGuide(db, duplicate);
    } catch {
      setFailed(true);
      return;
    } finally {
      copying.current = false;
    }
    guidesChanged();
    const href = guideHref({ id: duplicate.id, language: duplicate.language });
    onNotice({ text: t.guides.actions.copied, url: href });
    route(href);
  };

  return (
    <Screen title={guide.title}>
      <p>
        <a href={GUIDES_PATH}>{t.guides.back}</a>
      </p>
      <p>
        <GuideMeta guide={guide} />
      </p>
      {guide.description && <p lang={lang}>{guide.description}</p>}
      {!isLatest && (
        <p class="guide-note">
          {t.guides.read.older(latest.version)}{' '}
          <a href={guideHref({ id: guide.id, language: guide.language })}>{t.guides.read.showLatest}</a>
        </p>
      )}
      {guide.builtIn && <p class="guide-note">{t.guides.read.builtInNote}</p>}
      <div class="actions">
        {!guide.builtIn && isLatest && (
          <a
            class="button button-primary"
            href={guideHref({ id: guide.id, language: guide.language, edit: true })}
          >
            {t.guides.actions.edit}
          </a>
        )}
        <button type="button" class="button" onClick={() => void copy()}>
          {t.guides.actions.copy}
        </button>
        <ExportLink guide={guide} />
        <MethodHelp />
      </div>
      {failed && (
        <p class="field-error" role="alert">
          {t.guides.actions.failed}
        </p>
      )}
      {guide.sections.map((section, index) => (
        <GuideSectionView key={section.phase} section={section} index={index} lang={lang} />
      ))}
      {!guide.builtIn && <ProposeGuide guide={guide} />}
      <h2>{t.guides.read.versions}</h2>
      <p>{t.guides.read.versionsIntro}</p>
      <ul class="guide-versions">
        {versions.map((version) => (
          <li key={version.version}>
            <a
              href={guideHref({ id: version.id, language: version.language, version: version.version })}
              aria-current={version.version === guide.version ? 'page' : undefined}
            >
              {t.guides.version(version.version)}
            </a>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
