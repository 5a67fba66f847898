import type { ComponentChildren } from 'preact';
import type { ReviewPackage } from '../../domain/packages/review';
import { findTheme, themeLabel } from '../../domain/themes';
import { useCoachingMessages } from '../coaching/messages';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { PracticeBanner } from '../practice/PracticeBanner';
import { useCodebook } from '../use-codebook';
import { type CommentSlot, NoteTags, ReviewTags } from './ReviewTags';

type ReviewNote = ReviewPackage['notes'][number];

/**
 * A shared conversation as the coach reads it, as it happened: the guide's phases with each note
 * beside the question it answers, the quotes marked in it and the values tagged on it; then the
 * free notes, every value and theme tagged, the obstacles and the follow-up. Technique shows in
 * what was tagged and how as much as in the notes. `besideNote` adds what belongs to a note and
 * `comment` the coach's comment field beside each quote, value tag, theme and obstacle.
 */
export function ReviewPackageView({
  review,
  besideNote,
  comment,
}: {
  review: ReviewPackage;
  besideNote?: (note: ReviewNote) => ComponentChildren;
  comment?: CommentSlot;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const coaching = useCoachingMessages();
  const codebook = useCodebook();
  const sections = review.guide?.sections ?? [];
  const prompts = sections.flatMap((section) => section.prompts);
  const byPrompt = new Map(review.notes.filter((n) => n.promptId).map((n) => [n.promptId, n]));
  const free = review.notes.filter((n) => n.promptId === null || !prompts.some((p) => p.id === n.promptId));
  // Names as the interviewer's codebook had them; else this device's; else the id itself.
  const themeName = (id: string) => {
    const sent = review.themeLabels?.find((label) => label.id === id);
    const known = codebook ? findTheme(codebook, id) : undefined;
    return sent?.label ?? (known ? themeLabel(known, language.value) : id);
  };
  const note = (item: ReviewNote, question: string | null) => (
    <li key={item.id} class="review-note">
      <p class="review-question">
        <span class="visually-hidden">{reviewText.guideAside}: </span>
        {question ?? reviewText.freeNote}
      </p>
      <p class="review-text">{item.text}</p>
      <NoteTags note={item} tags={review.conversation.valueTags} comment={comment} />
      {besideNote?.(item)}
    </li>
  );
  return (
    <div class="review-package">
      {review.conversation.practice && (
        <PracticeBanner practice={review.conversation.practice} text={t.practice.coach} />
      )}
      <p class="hint-line">
        {formatDate(review.conversation.date, language.value)} ·{' '}
        {review.guide?.title ?? review.conversation.guideId}
        {review.anonymised && ` · ${reviewText.anonymisedNote}`}
      </p>
      {/* The interviewer's own name for coaching, never a resident's: absent in older packages. */}
      {review.pseudonym && <p class="hint-line">{coaching.shown(review.pseudonym)}</p>}
      {sections.map((section) => {
        const answered = section.prompts.flatMap((prompt) => {
          const answer = byPrompt.get(prompt.id);
          return answer ? [note(answer, prompt.question)] : [];
        });
        return answered.length === 0 ? null : (
          <section key={section.title} class="review-phase">
            <h3>{section.title}</h3>
            <ol class="review-notes">{answered}</ol>
          </section>
        );
      })}
      {free.length > 0 && <ol class="review-notes">{free.map((item) => note(item, null))}</ol>}
      <ReviewTags review={review} themeName={themeName} comment={comment} />
      {review.conversation.obstacles.length > 0 && (
        <>
          <h3>{t.talk.obstacles}</h3>
          <ul class={comment ? 'review-obstacles review-items' : 'review-obstacles'}>
            {review.conversation.obstacles.map((obstacle) => (
              <li key={obstacle.id}>
                <span class="review-text">{obstacle.text}</span>
                {obstacle.themeId && ` (${themeName(obstacle.themeId)})`}
                {comment?.({ kind: 'obstacle', obstacleId: obstacle.id }, reviewText.aboutThisObstacle)}
              </li>
            ))}
          </ul>
        </>
      )}
      {review.conversation.reflection && (
        <>
          <h3>{reviewText.reflectionHeading}</h3>
          <p class="review-text">{review.conversation.reflection}</p>
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
