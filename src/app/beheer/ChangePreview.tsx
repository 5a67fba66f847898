import { useEffect, useRef } from 'preact/hooks';
import type { ConfigurationDiff } from '../../domain/configuration/diff';
import type { ConfigurationPreview } from '../../domain/wire/beheer-configuration';
import type { ConsoleMessages } from './messages';
import { useConsoleMessages } from './messages';

/** What devices would notice, in words, with the choice to save or not. Focus moves here. */
export function ChangePreview({
  preview,
  busy,
  confirm,
  cancel,
}: {
  preview: ConfigurationPreview;
  busy: boolean;
  confirm: () => void;
  cancel: () => void;
}) {
  const t = useConsoleMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);
  const items = previewItems(preview.diff, t);
  return (
    <section class="card change-preview" aria-labelledby="change-preview-heading">
      <h2 id="change-preview-heading" tabIndex={-1} ref={heading}>
        {t.configuration.preview.heading}
      </h2>
      {items.length === 0 ? (
        <p>{t.configuration.preview.nothing}</p>
      ) : (
        <>
          <p>{t.configuration.preview.devices(preview.devices, preview.areas)}</p>
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" class="button button-primary" disabled={busy} onClick={confirm}>
          {t.configuration.preview.confirm}
        </button>
        <button type="button" class="button" onClick={cancel}>
          {t.configuration.preview.cancel}
        </button>
      </div>
    </section>
  );
}

export function previewItems(diff: ConfigurationDiff, t: ConsoleMessages): string[] {
  const p = t.configuration.preview;
  const counted: [number, (n: number) => string][] = [
    [diff.themesAdded.length, p.themesAdded],
    [diff.themesRenamed.length, p.themesRenamed],
    [diff.themesReworded.length, p.themesReworded],
    [diff.themesRetired.length, p.themesRetired],
    [diff.themesRestored.length, p.themesRestored],
    [diff.guidesAdded.length, p.guidesAdded],
    [diff.profilesAdded.length, p.profilesAdded],
    [diff.profilesRemoved.length, p.profilesRemoved],
  ];
  return [
    ...counted.filter(([n]) => n > 0).map(([n, text]) => text(n)),
    ...(diff.suppressionK ? [p.k(diff.suppressionK.from, diff.suppressionK.to)] : []),
    ...(diff.retentionChanged.length > 0 ? [p.retention] : []),
  ];
}
