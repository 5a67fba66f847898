import { type CommentTarget, targetKey } from '../../domain/packages/review';
import { useMessages } from '../i18n/locale';

/**
 * The coach's comment on one thing in the review (a quote, a value tag, a theme, an obstacle):
 * folded under "Opmerking" so the conversation stays readable, open once something is written.
 */
export function ItemComment({
  target,
  about,
  value,
  onValue,
}: {
  target: CommentTarget;
  /** What the comment is about, in words, for its label. */
  about: string;
  value: string;
  onValue: (text: string) => void;
}) {
  const reviewText = useMessages().review;
  const id = `comment-${targetKey(target)}`;
  return (
    <details class="item-comment" open={value !== ''}>
      <summary>
        {reviewText.comment}
        <span class="visually-hidden"> {about}</span>
      </summary>
      <label class="visually-hidden" for={id}>
        {reviewText.commentOn(about)}
      </label>
      <textarea id={id} rows={2} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
    </details>
  );
}
