import type { Guide } from '../../domain/guides/guide';
import { latestGuides } from '../../domain/guides/versions';
import { language, useMessages } from '../i18n/locale';
import { GuideMeta } from './GuideMeta';
import { guideHref } from './guide-links';

/**
 * The newest version of each guide: the built-in ones in the app's language, then the
 * interviewer's own. An own guide in the other language is listed too (marked so), or a guide
 * imported in English would vanish from a Dutch screen.
 */
export function GuideList({ guides }: { guides: readonly Guide[] }) {
  const t = useMessages();
  const ui = language.value;
  const latest = latestGuides(guides);
  const builtIn = latest.filter((guide) => guide.builtIn && guide.language === ui);
  const own = latest
    .filter((guide) => !guide.builtIn)
    .sort((a, b) => Number(b.language === ui) - Number(a.language === ui));
  return (
    <>
      <h2>{t.guides.builtInHeading}</h2>
      <GuideLinks guides={builtIn} />
      <h2>{t.guides.ownHeading}</h2>
      {own.length > 0 ? <GuideLinks guides={own} /> : <p>{t.guides.noOwn}</p>}
    </>
  );
}

function GuideLinks({ guides }: { guides: readonly Guide[] }) {
  const ui = language.value;
  return (
    <ul class="guide-list">
      {guides.map((guide) => (
        <li key={`${guide.id}/${guide.language}`}>
          <a href={guideHref({ id: guide.id, language: guide.language })}>
            <span class="guide-list-title" lang={guide.language === ui ? undefined : guide.language}>
              {guide.title}
            </span>{' '}
            <GuideMeta guide={guide} />
          </a>
        </li>
      ))}
    </ul>
  );
}
