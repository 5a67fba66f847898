/**
 * The technique checklist a coach fills in, grounded in appreciative conversation, and its tally
 * across reviews. Apart from review.ts so that lists and badges need neither valibot nor the
 * anonymiser in the first download.
 */
export const TECHNIQUE_CHECKLIST = [
  'open-questions',
  'stayed-with-experience',
  'explored-what-works',
  'explored-hopes',
  'own-words-kept',
  'obstacles-without-judging',
  'follow-up-agreed',
] as const;
export type ChecklistItem = (typeof TECHNIQUE_CHECKLIST)[number];
export const CHECKLIST_ANSWERS = ['yes', 'partly', 'no'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** What a coach sent back, as far as the tally needs it. */
interface AnsweredChecklist {
  checklist: Record<ChecklistItem, { answer: ChecklistAnswer | null }>;
}

export type ChecklistTally = Record<
  ChecklistItem,
  { yes: number; partly: number; no: number; unanswered: number }
>;

/** How often each technique was seen, over all feedback a coach sent: no resident data in it. */
export function checklistTally(feedbacks: readonly AnsweredChecklist[]): ChecklistTally {
  const tally = Object.fromEntries(
    TECHNIQUE_CHECKLIST.map((item) => [item, { yes: 0, partly: 0, no: 0, unanswered: 0 }]),
  ) as ChecklistTally;
  for (const feedback of feedbacks) {
    for (const item of TECHNIQUE_CHECKLIST) {
      const answer = feedback.checklist[item]?.answer ?? null;
      tally[item][answer ?? 'unanswered'] += 1;
    }
  }
  return tally;
}
