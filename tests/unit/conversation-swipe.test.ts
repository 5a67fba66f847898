import { describe, expect, it } from 'vitest';
import { swipeStep } from '../../src/app/conversations/swipe';

const start = { x: 300, y: 400, at: 1000 };

describe('a swipe in conversation mode', () => {
  it('turns forward when the finger moves left, back when it moves right', () => {
    expect(swipeStep(start, { x: 100, y: 410, at: 1200 })).toBe(1);
    expect(swipeStep({ ...start, x: 60 }, { x: 280, y: 390, at: 1200 })).toBe(-1);
  });

  it('is no swipe when the finger mostly scrolls, barely moves, or drags slowly', () => {
    expect(swipeStep(start, { x: 220, y: 200, at: 1200 })).toBe(0);
    expect(swipeStep(start, { x: 260, y: 400, at: 1100 })).toBe(0);
    expect(swipeStep(start, { x: 100, y: 400, at: 2500 })).toBe(0);
  });
});
