import type { ComponentChildren } from 'preact';
import type { CommentTarget, ReviewPackage } from '../../domain/packages/review';
import type { ValueTag } from '../../domain/tallies';
import { VALUE_IDS } from '../../domain/values';
import { useMessages } from '../i18n/locale';

type ReviewNote = ReviewPackage['notes'][number];

/** Adds the coach's comment field beside a thing of the review; absent where nobody comments. */
export type CommentSlot = (target: CommentTarget, about: string) => ComponentChildren;

/** Under a note: the quotes marked in it and the values tagged on it, with their polarity. */
export function NoteTags({
  note,
  tags,
  comment,
}: {
  note: ReviewNote;
  tags: readonly ValueTag[];
  comment?: CommentSlot | undefined;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const own = tags.filter((tag) => tag.noteId === note.id);
  return (
    <>
      {note.quotes.length > 0 && (
        <ul class="review-quotes" aria-label={t.talk.quotes}>
          {note.quotes.map((quote) => (
            <li key={quote.id}>
              <q>{quote.text}</q>
              {comment?.({ kind: 'quote', noteId: note.id, quoteId: quote.id }, reviewText.aboutThisQuote)}
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 && (
        <ul class={comment ? 'review-tags review-items' : 'review-tags'} aria-label={t.talk.values}>
          {own.map((tag) => {
            const label = t.talk.tagLabel(t.values[tag.valueId].name, t.talk[tag.polarity]);
            return (
              <li key={`${tag.valueId}-${tag.polarity}`}>
                <span class={`tag tag-${tag.polarity}`}>{label}</span>
                {comment?.(
                  { kind: 'value-tag', valueId: tag.valueId, polarity: tag.polarity, noteId: note.id },
                  label,
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Every value tagged in the conversation, experienced and missed, and the themes. */
export function ReviewTags({
  review,
  themeName,
  comment,
}: {
  review: ReviewPackage;
  themeName: (id: string) => string;
  comment?: CommentSlot | undefined;
}) {
  const t = useMessages();
  const { valueTags, themeIds } = review.conversation;
  const values = (polarity: ValueTag['polarity']) => {
    const tagged = VALUE_IDS.filter((id) =>
      valueTags.some((tag) => tag.valueId === id && tag.polarity === polarity),
    );
    if (tagged.length === 0) return <p>{t.summary.none}</p>;
    if (!comment) return <p>{tagged.map((id) => t.values[id].name).join(', ')}</p>;
    return (
      <ul class="review-items">
        {tagged.map((valueId) => {
          const label = t.talk.tagLabel(t.values[valueId].name, t.talk[polarity]);
          return (
            <li key={valueId}>
              {t.values[valueId].name}
              {comment({ kind: 'value-tag', valueId, polarity, noteId: null }, label)}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <>
      <h3>{t.summary.valuesExperienced}</h3>
      {values('experienced')}
      <h3>{t.summary.valuesMissing}</h3>
      {values('missing')}
      <h3>{t.talk.themes}</h3>
      {themeIds.length === 0 ? (
        <p>{t.summary.none}</p>
      ) : comment ? (
        <ul class="review-items">
          {themeIds.map((themeId) => (
            <li key={themeId}>
              {themeName(themeId)}
              {comment({ kind: 'theme', themeId }, t.review.aboutTheme(themeName(themeId)))}
            </li>
          ))}
        </ul>
      ) : (
        <p>{themeIds.map(themeName).join(', ')}</p>
      )}
    </>
  );
}
