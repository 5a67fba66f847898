import { useMemo, useRef, useState } from 'preact/hooks';
import { readEnrolment } from '../../db/enrolment';
import { rememberShare } from '../../db/reviews';
import type { Conversation } from '../../domain/conversation';
import type { Guide } from '../../domain/guides/guide';
import type { Note } from '../../domain/note';
import {
  envelopeToFile,
  newPackageKey,
  sealPackage,
  sealWithPassphrase,
  sha256Base64url,
} from '../../domain/packages/envelope';
import { reviewCopy } from '../../domain/packages/review';
import { type ReviewLink, replyTokenInput, reviewLinkUrl, spokenCode } from '../../domain/review-link';
import { sameOrigin } from '../../sync/api';
import { type BlobProblem, uploadShare } from '../../sync/blobs';
import { TextField } from '../components/TextField';
import { online } from '../connection';
import { useConversation } from '../conversations/use-conversation';
import { useDevice } from '../device';
import { download } from '../download';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useLive } from '../use-live';
import { ReviewPackageView } from './ReviewPackageView';

const MIN_FILE_PASSWORD = 12;

/** `/gesprekken/:id/review`: what the coach will read, and the two ways to hand it over. */
export function ShareForReview({ id, dataKey }: { id: string; dataKey: CryptoKey }) {
  const t = useMessages();
  const open = useConversation(id, dataKey);
  if (open === 'loading') return <p>{t.talk.loading}</p>;
  if (open === 'missing') return <p>{t.talk.notFound}</p>;
  return (
    <ShareForm
      conversation={open.conversation}
      guide={open.guide}
      notes={[...open.notes.values()]}
      dataKey={dataKey}
    />
  );
}

interface Removal {
  noteId: string;
  start: number;
  end: number;
}

function ShareForm({
  conversation,
  guide,
  notes,
  dataKey,
}: {
  conversation: Conversation;
  guide: Guide | undefined;
  notes: readonly Note[];
  dataKey: CryptoKey;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const db = useDevice().db.value;
  const enrolment = useLive(readEnrolment, []);
  const [anonymise, setAnonymise] = useState(true);
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Removal[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<BlobProblem | 'passwords-differ' | 'password-short' | null>(null);
  const [link, setLink] = useState<{ link: ReviewLink; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [fileMade, setFileMade] = useState(false);
  const areas = useRef(new Map<string, HTMLTextAreaElement>());

  const shared = notes.filter((note) => note.text.trim() !== '' && !leftOut.has(note.id));
  const copy = useMemo(
    () => reviewCopy(conversation, shared, guide ?? null, { anonymise, removed }, Date.now()),
    [conversation, shared.map((n) => n.id).join(), guide, anonymise, removed],
  );

  const removeSelection = (noteId: string) => {
    const area = areas.current.get(noteId);
    if (!area || area.selectionStart === area.selectionEnd) return;
    setRemoved((all) => [...all, { noteId, start: area.selectionStart, end: area.selectionEnd }]);
  };

  const shareOnline = async () => {
    if (!db || !enrolment) return;
    setBusy(true);
    setProblem(null);
    const { key, encoded } = await newPackageKey();
    const envelope = await sealPackage('review', copy, key);
    const replyToken = await sha256Base64url(replyTokenInput(encoded));
    const answer = await uploadShare(
      sameOrigin(),
      enrolment.deviceToken,
      envelope,
      await sha256Base64url(replyToken),
      () => navigator.onLine,
    );
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.problem);
      return;
    }
    await rememberShare(db, dataKey, {
      shareId: answer.value.id,
      conversationId: conversation.id,
      keyEncoded: encoded,
      replyToken,
      createdAt: Date.now(),
      expiresAt: Date.parse(answer.value.expiresAt),
    });
    setLink({ link: { shareId: answer.value.id, key: encoded }, expiresAt: answer.value.expiresAt });
  };

  const makeFile = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_FILE_PASSWORD) return setProblem('password-short');
    if (password !== again) return setProblem('passwords-differ');
    setBusy(true);
    setProblem(null);
    const envelope = await sealWithPassphrase('review', copy, password);
    download(`review-${conversation.date}.buurtgesprek`, 'application/json', envelopeToFile(envelope));
    setPassword('');
    setAgain('');
    setFileMade(true);
    setBusy(false);
  };

  const url = link ? reviewLinkUrl(location.origin, link.link) : '';
  return (
    <>
      <p>{reviewText.panelIntro}</p>
      <section class="card" aria-labelledby="review-choose">
        <h2 id="review-choose">{reviewText.choose}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={anonymise}
            onChange={(e) => setAnonymise(e.currentTarget.checked)}
          />
          <span>{reviewText.anonymise}</span>
        </label>
        <p class="hint-line">{reviewText.removeHint}</p>
        {notes
          .filter((note) => note.text.trim() !== '')
          .map((note) => (
            <div class="review-note-choice" key={note.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={leftOut.has(note.id)}
                  onChange={(e) => {
                    const next = new Set(leftOut);
                    if (e.currentTarget.checked) next.add(note.id);
                    else next.delete(note.id);
                    setLeftOut(next);
                  }}
                />
                <span>{reviewText.leaveOutNote}</span>
              </label>
              {!leftOut.has(note.id) && (
                <>
                  <textarea
                    readOnly
                    rows={3}
                    aria-label={reviewText.preview}
                    value={note.text}
                    ref={(element) => {
                      if (element) areas.current.set(note.id, element);
                    }}
                  />
                  <button
                    type="button"
                    class="button button-small"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => removeSelection(note.id)}
                  >
                    {reviewText.removeSelection}
                  </button>
                </>
              )}
            </div>
          ))}
        {removed.length > 0 && (
          <p>
            {reviewText.removedCount(removed.length)}{' '}
            <button type="button" class="link-button" onClick={() => setRemoved([])}>
              {reviewText.undoRemovals}
            </button>
          </p>
        )}
      </section>

      <section class="card" aria-labelledby="review-preview">
        <h2 id="review-preview">{reviewText.preview}</h2>
        <ReviewPackageView review={copy} />
      </section>

      <section class="card" aria-labelledby="review-online">
        <h2 id="review-online">{reviewText.shareOnline}</h2>
        {link ? (
          <div role="status">
            <p>{reviewText.shared}</p>
            <p class="review-link">
              <a href={url}>{url}</a>
            </p>
            <button
              type="button"
              class="button"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? reviewText.copied : reviewText.copy}
            </button>
            <p>{reviewText.readAloud}</p>
            <p class="spoken-code">{spokenCode(link.link)}</p>
            <p class="hint-line">
              {reviewText.expires(formatDate(link.expiresAt.slice(0, 10), language.value))}
            </p>
          </div>
        ) : enrolment === null ? (
          <p>{reviewText.needsEnrolment}</p>
        ) : (
          <button
            type="button"
            class="button button-primary"
            disabled={busy || !online.value || !enrolment}
            onClick={() => void shareOnline()}
          >
            {busy ? reviewText.sharing : reviewText.shareOnline}
          </button>
        )}
        {problem && problem !== 'passwords-differ' && problem !== 'password-short' && (
          <p class="warning" role="alert">
            {reviewText.problems[problem]}
          </p>
        )}
      </section>

      <section class="card" aria-labelledby="review-file">
        <h2 id="review-file">{reviewText.fileHeading}</h2>
        <p>{reviewText.fileIntro}</p>
        <form onSubmit={(e) => void makeFile(e)} noValidate>
          <TextField
            id="file-password"
            type="password"
            autocomplete="new-password"
            label={reviewText.filePassword}
            value={password}
            onValue={setPassword}
          />
          <TextField
            id="file-password-again"
            type="password"
            autocomplete="new-password"
            label={reviewText.filePasswordAgain}
            value={again}
            onValue={setAgain}
            error={
              problem === 'passwords-differ' || problem === 'password-short'
                ? reviewText.problems[problem]
                : null
            }
          />
          <button type="submit" class="button" disabled={busy}>
            {reviewText.fileExport}
          </button>
          <div role="status">{fileMade && <p>{reviewText.fileMade}</p>}</div>
        </form>
      </section>
    </>
  );
}
