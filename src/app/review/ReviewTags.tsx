import type { ReviewPackage } from '../../domain/packages/review';
import type { ValueTag } from '../../domain/tallies';
import { VALUE_IDS } from '../../domain/values';
import { useMessages } from '../i18n/locale';

type ReviewNote = ReviewPackage['notes'][number];

/** Under a note: the quotes marked in it and the values tagged on it, with their polarity. */
export function NoteTags({ note, tags }: { note: ReviewNote; tags: readonly ValueTag[] }) {
  const t = useMessages();
  const own = tags.filter((tag) => tag.noteId === note.id);
  return (
    <>
      {note.quotes.length > 0 && (
        <ul class="review-quotes" aria-label={t.talk.quotes}>
          {note.quotes.map((quote) => (
            <li key={quote.id}>
              <q>{quote.text}</q>
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 && (
        <ul class="review-tags" aria-label={t.talk.values}>
          {own.map((tag) => (
            <li key={`${tag.valueId}-${tag.polarity}`} class={`tag tag-${tag.polarity}`}>
              {t.talk.tagLabel(t.values[tag.valueId].name, t.talk[tag.polarity])}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every value tagged in the conversation, experienced and missed, and the themes. */
export function ReviewTags({
  review,
  themeName,
}: {
  review: ReviewPackage;
  themeName: (id: string) => string;
}) {
  const t = useMessages();
  const { valueTags, themeIds } = review.conversation;
  const named = (polarity: ValueTag['polarity']) =>
    VALUE_IDS.filter((id) => valueTags.some((tag) => tag.valueId === id && tag.polarity === polarity)).map(
      (id) => t.values[id].name,
    );
  const experienced = named('experienced');
  const missing = named('missing');
  return (
    <>
      <h3>{t.summary.valuesExperienced}</h3>
      <p>{experienced.length ? experienced.join(', ') : t.summary.none}</p>
      <h3>{t.summary.valuesMissing}</h3>
      <p>{missing.length ? missing.join(', ') : t.summary.none}</p>
      <h3>{t.talk.themes}</h3>
      <p>{themeIds.length ? themeIds.map(themeName).join(', ') : t.summary.none}</p>
    </>
  );
}
