import type { Conversation } from '../../domain/conversation';
import type { Note } from '../../domain/note';
import { type FeedbackComment, targetKey } from '../../domain/packages/review';
import { findTheme, themeLabel } from '../../domain/themes';
import { language, useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';

/**
 * The coach's comments as the interviewer reads them, each beside what it is about, taken from her
 * own conversation: the note, the quote, the value tag (on its note, or in the whole
 * conversation), the theme or the obstacle. In the order of the notes, then the rest.
 */
export function FeedbackComments({
  comments,
  conversation,
  notes,
}: {
  comments: readonly FeedbackComment[];
  conversation: Conversation;
  notes: readonly Note[];
}) {
  const t = useMessages();
  const reviewText = t.review;
  const codebook = useCodebook();
  if (comments.length === 0) return null;
  const noteOf = ({ on }: FeedbackComment) =>
    on.kind === 'note' || on.kind === 'quote' || on.kind === 'value-tag' ? on.noteId : null;
  const kinds = ['note', 'quote', 'value-tag', 'theme', 'obstacle'];
  const byKind = (a: FeedbackComment, b: FeedbackComment) =>
    kinds.indexOf(a.on.kind) - kinds.indexOf(b.on.kind);
  // Notes in their own order, each with every comment on it or on what is in it; then the rest.
  const onNotes = notes.flatMap((note) => {
    const own = comments.filter((comment) => noteOf(comment) === note.id).sort(byKind);
    return own.length > 0 ? [{ note, own }] : [];
  });
  const rest = comments.filter((comment) => !notes.some((note) => note.id === noteOf(comment))).sort(byKind);

  const about = ({ on }: FeedbackComment) => {
    switch (on.kind) {
      case 'note':
        return null;
      case 'quote': {
        const quote = notes.find((n) => n.id === on.noteId)?.quotes.find((q) => q.id === on.quoteId);
        return (
          <p>
            {reviewText.about.quote}: <q>{quote?.text ?? ''}</q>
          </p>
        );
      }
      case 'value-tag':
        return (
          <p>
            {reviewText.about.value}: {t.talk.tagLabel(t.values[on.valueId].name, t.talk[on.polarity])}
            {on.noteId === null && ` (${reviewText.about.wholeConversation})`}
          </p>
        );
      case 'theme': {
        const theme = codebook ? findTheme(codebook, on.themeId) : undefined;
        return (
          <p>
            {reviewText.about.theme}: {theme ? themeLabel(theme, language.value) : on.themeId}
          </p>
        );
      }
      case 'obstacle': {
        const obstacle = conversation.obstacles.find((o) => o.id === on.obstacleId);
        return (
          <p>
            {reviewText.about.obstacle}: <span class="review-text">{obstacle?.text ?? ''}</span>
          </p>
        );
      }
    }
  };
  const shown = (comment: FeedbackComment) => (
    <div class="feedback-comment" key={targetKey(comment.on)}>
      {about(comment)}
      <p class="review-comment-text">
        <strong>{reviewText.comment}:</strong> {comment.text}
      </p>
    </div>
  );

  return (
    <ul class="review-notes feedback-comments">
      {onNotes.map(({ note, own }) => (
        <li key={note.id} class="review-note">
          <p class="review-text">{note.text}</p>
          {own.map(shown)}
        </li>
      ))}
      {rest.map((comment) => (
        <li key={targetKey(comment.on)} class="review-note">
          {shown(comment)}
        </li>
      ))}
    </ul>
  );
}
