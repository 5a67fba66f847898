import { toggleValueTag, type ValueTag, valueTagState } from '../../domain/tallies';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { useMessages } from '../i18n/locale';

interface ValueTaggerProps {
  tags: readonly ValueTag[];
  noteId: string;
  /** Values the current prompt tends to touch: marked, never moved, so each row stays where the thumb expects it. */
  suggested: readonly ValueId[];
  onChange: (next: ValueTag[]) => void;
}

/** One tap: tap "ervaren" to tag, again to untag; tapping the other polarity switches. */
export function ValueTagger({ tags, noteId, suggested, onChange }: ValueTaggerProps) {
  const t = useMessages();
  return (
    <fieldset class="tagger">
      <legend>{t.talk.values}</legend>
      <p class="field-hint">{t.talk.valuesHint}</p>
      <ul class="value-tags">
        {VALUE_IDS.map((valueId) => {
          const state = valueTagState(tags, valueId, noteId);
          const fits = suggested.includes(valueId);
          return (
            <li key={valueId} class={fits ? 'value-suggested' : undefined}>
              <span class="value-name">
                {t.values[valueId].name}
                {fits && <span class="value-fits"> · {t.talk.suggestedValue}</span>}
              </span>
              {(['experienced', 'missing'] as const).map((polarity) => (
                <button
                  key={polarity}
                  type="button"
                  class={`tag tag-${polarity}`}
                  aria-pressed={state === polarity}
                  aria-label={t.talk.tagLabel(t.values[valueId].name, t.talk[polarity])}
                  onClick={() => onChange(toggleValueTag(tags, { valueId, polarity, noteId }))}
                >
                  {t.talk[polarity]}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
