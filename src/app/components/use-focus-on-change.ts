import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const TYPING =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select, [contenteditable]';

/**
 * After a step that changes what the screen shows, the view starts at the top of the new content
 * and focus moves to its heading or status, which a screen reader then reads out. Without it the
 * page stays scrolled where the last button was, and focus is on nothing.
 */
export function useFocusOnChange(
  view: string,
  focus: RefObject<HTMLElement | null>,
  top?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    // Someone already typing in a field of the new content keeps her place: never pull focus away.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== target && active.isConnected && active.matches(TYPING))
      return;
    // A ref of content that is gone may still hold its detached element.
    const start = top?.current?.isConnected ? top.current : target;
    start.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [view]);
}
