import type { FunctionComponent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/locale';

/**
 * At the end of a conversation: the card for the resident (the area's public page as address and
 * QR code, and the next circle's date), full screen over the conversation or printed. The card and
 * its QR drawing load the first time it is opened; the conversation stays underneath, unchanged.
 */
export function ResidentCardButton() {
  const t = useMessages().residentCard;
  const dialog = useRef<HTMLDialogElement>(null);
  const [Card, setCard] = useState<FunctionComponent | null>(null);

  const open = async () => {
    if (!Card) {
      const loaded = await import('./ResidentCard');
      setCard(() => loaded.ResidentCard);
    }
    dialog.current?.showModal();
  };

  return (
    <section class="card resident-card-open" aria-labelledby="resident-card-open">
      <h2 id="resident-card-open">{t.open}</h2>
      <p>{t.intro}</p>
      <button type="button" class="button" onClick={() => void open()}>
        {t.open}
      </button>
      <dialog ref={dialog} class="resident-card" aria-labelledby="resident-card-title">
        {Card && <Card />}
        <div class="resident-card-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
      </dialog>
    </section>
  );
}
