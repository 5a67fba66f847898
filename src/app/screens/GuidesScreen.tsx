import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { deferred } from '../components/deferred';
import { Screen } from '../components/Screen';
import { GUIDE_QUERY, type GuideNotice } from '../guides/guide-links';
import { useMessages } from '../i18n/locale';

// The screen loads when opened (App.tsx); its heading and intro come first, the guides themselves (about 15 KB compressed), the
// file schema and the editor follow as separate chunks, precached for offline use.
const GuideLibrary = deferred(() => import('../guides/GuideLibrary').then((module) => module.GuideLibrary));
const GuideView = deferred(() => import('../guides/GuideView').then((module) => module.GuideView));

export function GuidesScreen() {
  const t = useMessages();
  const { query, url } = useLocation();
  // A confirmation outlives the view it came from ("Opgeslagen als versie 2" on that version's
  // page); the region stays in the page so screen readers announce what appears in it.
  const [notice, setNotice] = useState<GuideNotice | null>(null);
  const id = query[GUIDE_QUERY.id];
  return (
    <>
      <p class="guide-notice" role="status">
        {notice?.url === url ? notice.text : ''}
      </p>
      {id ? (
        <GuideView id={id} onNotice={setNotice} />
      ) : (
        <Screen title={t.guides.title}>
          <p>{t.guides.intro}</p>
          <GuideLibrary />
        </Screen>
      )}
    </>
  );
}
