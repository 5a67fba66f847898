import type { Guide } from '../../domain/guides/guide';
import { language, useMessages } from '../i18n/locale';

/** "Eigen · Versie 2 · Voor: Oudere": where a guide comes from, which version, for whom. */
export function GuideMeta({ guide }: { guide: Guide }) {
  const t = useMessages();
  const facts = [t.guides.version(guide.version), t.guides.forProfile(t.profiles[guide.residentProfile])];
  if (guide.language !== language.value) facts.push(t.guides.inLanguage[guide.language]);
  return (
    <span class="guide-meta">
      <span class={guide.builtIn ? 'guide-badge' : 'guide-badge guide-badge-own'}>
        {guide.builtIn ? t.guides.builtIn : t.guides.own}
      </span>{' '}
      {facts.join(' · ')}
    </span>
  );
}
