import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { startCorrection } from '../../db/conversations';
import { completeConversation, needsConsent } from '../../domain/conversation';
import type { Note } from '../../domain/note';
import { useFocusOnChange } from '../components/use-focus-on-change';
import { useDevice } from '../device';
import { formatTime } from '../format';
import { language, useMessages } from '../i18n/locale';
import { PracticeBanner } from '../practice/PracticeBanner';
import { ReviewPanel } from '../review/ReviewPanel';
import { conversationOnScreen } from '../session';
import { SharingPanel } from '../sharing/SharingPanel';
import { ConsentStep } from './ConsentStep';
import { ConversationPosition } from './ConversationPosition';
import { ReflectionCard } from './ReflectionCard';
import { ResidentCardButton } from './ResidentCardButton';
import { StepNavigation } from './StepNavigation';
import { SummaryView } from './SummaryView';
import { stepsOf } from './steps';
import { useSwipe } from './swipe';
import { TalkStep } from './TalkStep';
import { noteIdFor, useConversation } from './use-conversation';
import { WithdrawConsent } from './WithdrawConsent';
import { WrapUp } from './WrapUp';

export function ConversationWork({ id, dataKey }: { id: string; dataKey: CryptoKey }) {
  const t = useMessages();
  const device = useDevice();
  const open = useConversation(id, dataKey);
  const [stepIndex, setStepIndex] = useState(0);
  // The interviewer may listen for a long while without a touch: no idle lock in front of a resident.
  useEffect(() => conversationOnScreen(), []);
  const focusRef = useRef<HTMLElement>(null);
  const topRef = useRef<HTMLElement>(null);
  useFocusOnChange(viewOf(open, stepIndex), focusRef, topRef);
  // A sideways swipe turns one step, as the buttons do; the last step is known once the guide is.
  const lastStep = useRef(0);
  const swipe = useSwipe((direction) =>
    setStepIndex((current) => Math.max(0, Math.min(lastStep.current, current + direction))),
  );

  if (open === 'loading') return <p>{t.talk.loading}</p>;
  if (open === 'missing') {
    return (
      <>
        <p>{t.talk.notFound}</p>
        <a href="/gesprekken">{t.summary.backToList}</a>
      </>
    );
  }
  const { conversation, guide, notes } = open;
  // Marked at the top of every step, so a practice conversation is never mistaken for a real one.
  const practice = conversation.practice && <PracticeBanner practice={conversation.practice} />;

  if (needsConsent(conversation)) {
    return (
      <>
        <ConsentStep conversation={conversation} onRecord={(next) => void open.commit(next)} />
        <WithdrawConsent conversationId={id} beforeConsent />
      </>
    );
  }

  const consentLine = conversation.consent && (
    <p class="consent-line">
      {t.consent.recorded(formatTime(conversation.consent.recordedAt, language.value))}
    </p>
  );
  const erase = <WithdrawConsent conversationId={id} practice={!!conversation.practice} />;

  if (conversation.status === 'completed') {
    const correct = async () => {
      const db = device.db.value;
      if (!db) return;
      await device.saves.flush();
      open.replace(await startCorrection(db, dataKey, conversation, [...notes.values()], Date.now()));
      setStepIndex(0);
    };
    return (
      <>
        {practice}
        <p class="status-line" tabIndex={-1} ref={focusRef as Ref<HTMLParagraphElement>}>
          {t.summary.completed} {t.summary.revision(conversation.revision)}
        </p>
        <SummaryView conversation={conversation} notes={[...notes.values()]} />
        {/* A practice conversation had no resident across the table: no card, nothing to share. */}
        {!conversation.practice && <ResidentCardButton />}
        {!conversation.practice && <SharingPanel conversation={conversation} />}
        <ReflectionCard conversation={conversation} onChange={open.update} />
        <ReviewPanel
          conversation={conversation}
          notes={[...notes.values()]}
          dataKey={dataKey}
          onConsent={(next) => void open.commit(next)}
          onWithdrawn={open.replace}
        />
        <div class="actions">
          <button type="button" class="button" onClick={() => void correct()}>
            {t.summary.correct}
          </button>
          <a class="button" href="/gesprekken">
            {t.summary.backToList}
          </a>
        </div>
        {consentLine}
        {erase}
      </>
    );
  }

  const steps = stepsOf(guide);
  const index = Math.min(stepIndex, steps.length - 1);
  lastStep.current = steps.length - 1;
  const step = steps[index] ?? { kind: 'wrap-up' as const };
  const noteFor = (promptId: string | null): Note => {
    const noteId = noteIdFor(id, promptId);
    return (
      notes.get(noteId) ?? { id: noteId, conversationId: id, promptId, text: '', quotes: [], updatedAt: 0 }
    );
  };

  return (
    <>
      {practice}
      {conversation.revision > 0 && <p class="status-line">{t.summary.correcting}</p>}
      <ConversationPosition steps={steps} index={index} onGo={setStepIndex} topRef={topRef} />
      <div class="step-swipe" {...swipe}>
        {step.kind === 'wrap-up' ? (
          <WrapUp
            conversation={conversation}
            notes={[...notes.values()]}
            onChange={open.update}
            onComplete={() => void open.commit(completeConversation(conversation, Date.now()))}
            headingRef={focusRef as Ref<HTMLHeadingElement>}
          />
        ) : (
          <TalkStep
            conversation={conversation}
            prompt={step.kind === 'prompt' ? step.prompt : null}
            note={noteFor(step.kind === 'prompt' ? step.prompt.id : null)}
            onNote={open.updateNote}
            onConversation={open.update}
            headingRef={focusRef as Ref<HTMLHeadingElement>}
          />
        )}
      </div>
      <StepNavigation steps={steps} index={index} onGo={setStepIndex} />
      {consentLine}
      {erase}
    </>
  );
}

/** What the screen shows: a change of it moves focus and the view to the new content. */
function viewOf(open: ReturnType<typeof useConversation>, stepIndex: number): string {
  if (typeof open === 'string') return open;
  const { conversation } = open;
  if (conversation.status === 'completed') return `completed-${conversation.revision}`;
  if (needsConsent(conversation)) return 'consent';
  return `step-${stepIndex}`;
}
