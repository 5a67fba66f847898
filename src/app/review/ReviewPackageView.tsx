import type { ComponentChildren } from 'preact';
import type { ReviewPackage } from '../../domain/packages/review';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';

type ReviewNote = ReviewPackage['notes'][number];

/**
 * A shared conversation as the coach reads it: each note beside the guide question it answers,
 * then the free notes, obstacles and follow-up. `besideNote` adds what belongs to a note (the
 * coach's comment field, or the coach's comment when the interviewer reads the feedback).
 */
export function ReviewPackageView({
  review,
  besideNote,
}: {
  review: ReviewPackage;
  besideNote?: (note: ReviewNote) => ComponentChildren;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const prompts = review.guide?.sections.flatMap((section) => section.prompts) ?? [];
  const byPrompt = new Map(review.notes.filter((n) => n.promptId).map((n) => [n.promptId, n]));
  const free = review.notes.filter((n) => n.promptId === null || !prompts.some((p) => p.id === n.promptId));
  const note = (item: ReviewNote, question: string | null) => (
    <li key={item.id} class="review-note">
      <p class="review-question">
        <span class="visually-hidden">{reviewText.guideAside}: </span>
        {question ?? reviewText.freeNote}
      </p>
      <p class="review-text">{item.text}</p>
      {besideNote?.(item)}
    </li>
  );
  return (
    <div class="review-package">
      <p class="hint-line">
        {formatDate(review.conversation.date, language.value)} ·{' '}
        {review.guide?.title ?? review.conversation.guideId}
        {review.anonymised && ` · ${reviewText.anonymisedNote}`}
      </p>
      <ol class="review-notes">
        {prompts.flatMap((prompt) => {
          const answer = byPrompt.get(prompt.id);
          return answer ? [note(answer, prompt.question)] : [];
        })}
        {free.map((item) => note(item, null))}
      </ol>
      {review.conversation.obstacles.length > 0 && (
        <>
          <h3>{t.talk.obstacles}</h3>
          <ul>
            {review.conversation.obstacles.map((obstacle) => (
              <li key={obstacle.id}>{obstacle.text}</li>
            ))}
          </ul>
        </>
      )}
      {review.conversation.followUp && (
        <>
          <h3>{t.talk.followUp}</h3>
          <p>{review.conversation.followUp}</p>
        </>
      )}
    </div>
  );
}
