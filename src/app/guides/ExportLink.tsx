import { useEffect, useState } from 'preact/hooks';
import { guideFileName, serialiseGuide } from '../../domain/guides/file';
import type { Guide } from '../../domain/guides/guide';
import { useMessages } from '../i18n/locale';

/**
 * A download link to the guide as a JSON file, made on the device: works offline, and a blob:
 * link that downloads is a navigation the page's Content-Security-Policy does not govern.
 */
export function ExportLink({ guide }: { guide: Guide }) {
  const t = useMessages();
  const [href, setHref] = useState<string | undefined>(undefined);

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([serialiseGuide(guide)], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [guide]);

  return (
    <a class="button" href={href} download={guideFileName(guide)}>
      {t.guides.actions.export}
    </a>
  );
}
