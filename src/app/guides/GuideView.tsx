import { useLocation } from 'preact-iso';
import { GUIDE_LANGUAGES, type Guide, type GuideLanguage } from '../../domain/guides/guide';
import { guideKey, guideRef } from '../../domain/guides/versions';
import { Screen } from '../components/Screen';
import { language, useMessages } from '../i18n/locale';
import { GuideEditor } from './GuideEditor';
import { GuideReader } from './GuideReader';
import { GUIDE_QUERY, GUIDES_PATH, type GuideNotice } from './guide-links';
import { useAllGuides } from './use-all-guides';

const isGuideLanguage = (candidate: string | undefined): candidate is GuideLanguage =>
  (GUIDE_LANGUAGES as readonly (string | undefined)[]).includes(candidate);

function versionsOf(guides: readonly Guide[], id: string, wanted: GuideLanguage): Guide[] {
  return guides
    .filter((guide) => guide.id === id && guide.language === wanted)
    .sort((a, b) => a.version - b.version);
}

/** One guide, from the address: the newest version or the one asked for, to read or to edit. */
interface GuideViewProps {
  id: string;
  onNotice: (notice: GuideNotice) => void;
}

export function GuideView({ id, onNotice }: GuideViewProps) {
  const t = useMessages();
  const { query } = useLocation();
  const { guides, current } = useAllGuides();
  if (!guides) return <p>{t.guides.loading}</p>;

  const asked = query[GUIDE_QUERY.language];
  const preferred = isGuideLanguage(asked) ? asked : language.value;
  let versions = versionsOf(guides, id, preferred);
  // An old link without a language still finds an own guide that exists in one language only.
  if (versions.length === 0 && !isGuideLanguage(asked))
    versions = versionsOf(guides, id, preferred === 'nl' ? 'en' : 'nl');
  const latest = versions.at(-1);
  const version = query[GUIDE_QUERY.version];
  const shown = version === undefined ? latest : versions.find((guide) => String(guide.version) === version);

  if (!latest || !shown) {
    // Right after a save or a copy the guides are read again: not there yet is not "not found".
    if (!current) return <p>{t.guides.loading}</p>;
    return (
      <Screen title={t.guides.notFoundTitle}>
        <p>{t.guides.notFound}</p>
        <p>
          <a href={GUIDES_PATH}>{t.guides.back}</a>
        </p>
      </Screen>
    );
  }
  // Only the newest version of an own guide is edited; a built-in guide is copied instead.
  if (query[GUIDE_QUERY.edit] !== undefined && !latest.builtIn)
    return <GuideEditor guide={latest} onNotice={onNotice} />;
  return (
    <GuideReader key={guideKey(guideRef(shown))} guide={shown} versions={versions} onNotice={onNotice} />
  );
}
