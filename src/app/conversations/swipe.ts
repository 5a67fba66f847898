import { useRef } from 'preact/hooks';

export interface TouchMark {
  x: number;
  y: number;
  /** Milliseconds, from the event's own clock. */
  at: number;
}

/** Far enough that a finger resting or a wobble while reading is no swipe. */
const MIN_DISTANCE = 60;
/** A swipe is a flick: a slow drag is someone reading, selecting or scrolling. */
const MAX_DURATION = 800;

/**
 * Which way a touch moved the conversation: 1 forward (finger to the left, as turning a page),
 * -1 back, 0 not a swipe. Mostly sideways only, so scrolling down a long question never turns it.
 */
export function swipeStep(start: TouchMark, end: TouchMark): -1 | 0 | 1 {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  if (end.at - start.at > MAX_DURATION) return 0;
  return dx < 0 ? 1 : -1;
}

/** Where a finger on a field means typing or choosing, not turning the page. */
function isFormControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('textarea, input, select, [contenteditable]') !== null;
}

/** Pointer handlers that turn a sideways swipe of a finger into a step; mouse and pen are left alone. */
export function useSwipe(onStep: (direction: -1 | 1) => void) {
  const start = useRef<TouchMark | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      start.current =
        event.pointerType === 'touch' && event.isPrimary && !isFormControl(event.target)
          ? { x: event.clientX, y: event.clientY, at: event.timeStamp }
          : null;
    },
    onPointerUp(event: PointerEvent) {
      const from = start.current;
      start.current = null;
      if (!from || event.pointerType !== 'touch') return;
      const direction = swipeStep(from, { x: event.clientX, y: event.clientY, at: event.timeStamp });
      if (direction !== 0) onStep(direction);
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
