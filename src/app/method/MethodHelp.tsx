import type { FunctionComponent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/locale';

/**
 * "Over de methode": the method's guidance in a dialog over whatever is on screen, so an
 * interviewer can look something up in the middle of a conversation without leaving it. The text
 * loads the first time it is opened.
 */
export function MethodHelp() {
  const t = useMessages().method;
  const dialog = useRef<HTMLDialogElement>(null);
  const [Guide, setGuide] = useState<FunctionComponent | null>(null);

  const open = async () => {
    if (!Guide) {
      const loaded = await import('./MethodGuide');
      setGuide(() => loaded.MethodGuide);
    }
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" class="button method-open" onClick={() => void open()}>
        {t.open}
      </button>
      <dialog ref={dialog} class="method-dialog" aria-labelledby="method-heading">
        <div class="method-dialog-head">
          <h2 id="method-heading">{t.title}</h2>
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
        {Guide && <Guide />}
      </dialog>
    </>
  );
}
