import { DEV_EN } from './dev-en';
import { DEV_MESSY } from './dev-messy';
import { DEV_NL } from './dev-nl';
import { DEV_QUICK } from './dev-quick';
import { DEV_RUSHED } from './dev-rushed';
import { DEV_SCRAWL } from './dev-scrawl';
import { DEV_SHAPES } from './dev-shapes';
import { DEV_TYPED } from './dev-typed';
import { HELD_OUT } from './held-out';
import { type ParsedNote, parseNote } from './labelled';

/** The development part (tuned against) and the held-out part (reported apart), parsed once. */
export const DEV_CORPUS: readonly ParsedNote[] = [
  ...DEV_NL,
  ...DEV_EN,
  ...DEV_MESSY,
  ...DEV_QUICK,
  ...DEV_RUSHED,
  ...DEV_SCRAWL,
  ...DEV_SHAPES,
  ...DEV_TYPED,
].map(parseNote);
export const HELD_OUT_CORPUS: readonly ParsedNote[] = HELD_OUT.map(parseNote);
export const FULL_CORPUS: readonly ParsedNote[] = [...DEV_CORPUS, ...HELD_OUT_CORPUS];
