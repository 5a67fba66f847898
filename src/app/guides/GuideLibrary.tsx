import { useMessages } from '../i18n/locale';
import { GuideImport } from './GuideImport';
import { GuideList } from './GuideList';
import { useAllGuides } from './use-all-guides';

/** The list of guides and the import form: the lazily loaded body of the guides screen. */
export function GuideLibrary() {
  const t = useMessages();
  const { guides } = useAllGuides();
  if (!guides) return <p>{t.guides.loading}</p>;
  return (
    <>
      <GuideList guides={guides} />
      <GuideImport />
    </>
  );
}
