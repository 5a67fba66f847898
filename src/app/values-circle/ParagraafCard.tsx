import { useState } from 'preact/hooks';
import { useMessages } from '../i18n/locale';

interface ParagraafCardProps {
  /** False for a quarter: the paragraph is about a whole year. */
  wholeYear: boolean;
  onWord(): Promise<void>;
  onPrint: () => void;
}

/** The participatieparagraaf for a council proposal: as a Word file, or printed (or saved as PDF). */
export function ParagraafCard({ wholeYear, onWord, onPrint }: ParagraafCardProps) {
  const text = useMessages().paragraaf;
  const [making, setMaking] = useState(false);
  return (
    <section class="card" aria-labelledby="paragraaf-heading">
      <h2 id="paragraaf-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      {wholeYear ? (
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            disabled={making}
            onClick={() => {
              setMaking(true);
              void onWord().finally(() => setMaking(false));
            }}
          >
            {making ? text.making : text.word}
          </button>
          <button type="button" class="button" onClick={onPrint}>
            {text.print}
          </button>
        </div>
      ) : (
        <p class="hint-line">{text.wholeYearOnly}</p>
      )}
    </section>
  );
}
