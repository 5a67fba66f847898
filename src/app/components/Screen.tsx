import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../i18n/locale';

let firstScreen = true;

/**
 * One screen: its heading names it for screen readers and the tab title. After moving between
 * screens, focus goes to the heading so a screen-reader user hears where they are.
 */
export function Screen({ title, children }: { title: string; children: ComponentChildren }) {
  const t = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t]);

  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else heading.current?.focus();
  }, []);

  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
