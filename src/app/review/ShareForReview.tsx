import { useMemo, useState } from 'preact/hooks';
import { readSettings } from '../../db/settings';
import { type ReviewChoices, reviewCopyFor } from '../../flows/share-for-review';
import { useCoachingMessages } from '../coaching/messages';
import { type OpenConversation, useConversation } from '../conversations/use-conversation';
import { useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';
import { useLive } from '../use-live';
import { ReviewFileForm } from './ReviewFileForm';
import { ReviewNoteChoices } from './ReviewNoteChoices';
import { ReviewOnline } from './ReviewOnline';
import { ReviewPackageView } from './ReviewPackageView';

/** `/gesprekken/:id/review`: what the coach will read, and the two ways to hand it over. */
export function ShareForReview({ id, dataKey }: { id: string; dataKey: CryptoKey }) {
  const t = useMessages();
  const open = useConversation(id, dataKey);
  if (open === 'loading') return <p>{t.talk.loading}</p>;
  if (open === 'missing') return <p>{t.talk.notFound}</p>;
  return <ShareForm open={open} dataKey={dataKey} />;
}

/**
 * The preview is made here from what the screen holds; the share-for-review flow makes the copy
 * it seals again from what is stored, with the same choices, by the same function (`reviewCopyFor`).
 */
function ShareForm({ open, dataKey }: { open: OpenConversation; dataKey: CryptoKey }) {
  const t = useMessages();
  const reviewText = t.review;
  const coaching = useCoachingMessages().pseudonym;
  const settings = useLive((db) => readSettings(db), []);
  const codebook = useCodebook();
  const [choices, setChoices] = useState<ReviewChoices>({
    conversationId: open.conversation.id,
    anonymise: true,
    leftOut: [],
    removed: [],
  });
  const notes = [...open.notes.values()];
  const copy = useMemo(
    () =>
      settings && codebook
        ? reviewCopyFor(
            open.conversation,
            notes,
            open.guide,
            choices,
            { codebook, reviewPseudonym: settings.reviewPseudonym },
            Date.now(),
          )
        : null,
    [open.conversation, open.notes, open.guide, choices, settings, codebook],
  );

  return (
    <>
      <p>{reviewText.panelIntro}</p>
      <ReviewNoteChoices
        notes={notes}
        hasReflection={Boolean(open.conversation.reflection?.trim())}
        choices={choices}
        onChange={setChoices}
      />
      <section class="card" aria-labelledby="review-preview">
        <h2 id="review-preview">{reviewText.preview}</h2>
        {copy ? (
          <>
            <p>
              {copy.pseudonym ? coaching.inCopy(copy.pseudonym) : coaching.noneInCopy}{' '}
              <a href="/instellingen#setting-pseudonym">{coaching.change}</a>
            </p>
            <ReviewPackageView review={copy} />
          </>
        ) : (
          <p>{t.talk.loading}</p>
        )}
      </section>
      <ReviewOnline choices={choices} dataKey={dataKey} />
      <ReviewFileForm choices={choices} dataKey={dataKey} />
    </>
  );
}
