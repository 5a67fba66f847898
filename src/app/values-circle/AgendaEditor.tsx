import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { readAgenda, saveAgendaHere } from '../../db/values-circle';
import { uuidv7 } from '../../domain/uuid';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { EMPTY_AGENDA, moveQuestion } from '../../domain/values-circle/agenda';
import type { Agenda } from '../../domain/wire/agenda';
import { useDevice, withDatabase } from '../device';
import { formatMoment, todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useLive } from '../use-live';
import type { ThemeOption } from './ActionCard';
import { ActionsOverview } from './ActionsOverview';
import { HeldCircles } from './HeldCircles';
import { QuestionOutcome } from './QuestionOutcome';

export interface Proposal {
  valueId: ValueId | null;
  text: string;
}

interface AgendaEditorProps {
  areaId: string;
  year: number;
  proposals: Proposal[];
  /** The themes an agreed action can answer: the period's top themes, named. */
  themes: ThemeOption[];
  /** Signed in as area team: edits are shared with the team; otherwise they stay here. */
  shared: boolean;
  onEdited: () => void;
  /** More of the agenda to edit (the quote picks), through this editor's one copy and save. */
  more?: (agenda: Agenda, change: (next: Agenda) => void) => ComponentChildren;
}

/** The team's questions for the circle: proposals to take over, then edit, order, remove and add. */
export function AgendaEditor({ areaId, year, proposals, themes, shared, onEdited, more }: AgendaEditorProps) {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const device = useDevice();
  const record = useLive(async (db) => (await readAgenda(db, areaId, year)) ?? null, [areaId, year]);
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [draft, setDraft] = useState('');
  const [draftValue, setDraftValue] = useState<ValueId | ''>('');
  const key = `agenda:${areaId}:${year}`;
  const lastKey = useRef(key);

  // Follow the stored copy until the first edit here, and whenever the team's copy arrives.
  useEffect(() => {
    if (record === undefined) return;
    const pending = device.saves.pending<Agenda>(key);
    if (lastKey.current !== key || agenda === null || (!pending && record && !record.dirty)) {
      lastKey.current = key;
      setAgenda(pending ?? record?.agenda ?? EMPTY_AGENDA);
    }
  }, [record, key]);

  if (agenda === null) return null;

  const change = (next: Agenda) => {
    setAgenda(next);
    device.saves.save(key, next, (value) =>
      withDatabase(device, (db) => saveAgendaHere(db, areaId, year, value, Date.now())),
    );
    onEdited();
  };
  const has = (text: string) => agenda.questions.some((q) => q.text === text);
  const add = (items: Proposal[]) =>
    change({
      ...agenda,
      questions: [
        ...agenda.questions,
        ...items.filter((item) => !has(item.text)).map((item) => ({ id: uuidv7(), ...item })),
      ],
    });
  const status = !shared
    ? circleText.agendaLocalOnly
    : record?.dirty || device.saves.pending(key)
      ? circleText.agendaNotShared
      : record?.sharedAt
        ? circleText.agendaShared(formatMoment(record.sharedAt, language.value))
        : circleText.agendaSaved;

  const today = todayIso();

  return (
    <>
      <ActionsOverview
        agenda={agenda}
        today={today}
        themes={themes}
        conflicts={record?.conflicts?.length ?? 0}
        onChange={change}
      />
      <HeldCircles agenda={agenda} onChange={change} />
      <section class="card" aria-labelledby="circle-questions">
        <h2 id="circle-questions">{circleText.questionsHeading}</h2>
        <h3>{circleText.proposalsHeading}</h3>
        <p class="hint-line">{circleText.proposalsIntro}</p>
        <ul class="proposals">
          {proposals.map((proposal) => (
            <li key={proposal.valueId}>
              <span>{proposal.text}</span>
              <button
                type="button"
                class="button button-small"
                disabled={has(proposal.text)}
                onClick={() => add([proposal])}
              >
                {circleText.addProposal}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="button"
          onClick={() => add(proposals)}
          disabled={proposals.every((p) => has(p.text))}
        >
          {circleText.addAllProposals}
        </button>

        <h3>{circleText.agendaHeading}</h3>
        <p class="hint-line" role="status">
          {status}
        </p>
        {agenda.questions.length === 0 && <p>{circleText.agendaEmpty}</p>}
        <ol class="agenda">
          {agenda.questions.map((question, index) => {
            const n = index + 1;
            const update = (patch: Partial<typeof question>) =>
              change({
                ...agenda,
                questions: agenda.questions.map((q) => (q.id === question.id ? { ...q, ...patch } : q)),
              });
            return (
              <li key={question.id} class="agenda-question">
                <label for={`q-${question.id}`}>{circleText.questionLabel(n)}</label>
                <textarea
                  id={`q-${question.id}`}
                  rows={3}
                  maxLength={500}
                  value={question.text}
                  onInput={(event) => update({ text: event.currentTarget.value })}
                />
                <div class="agenda-tools">
                  <ValueChoice value={question.valueId} onValue={(valueId) => update({ valueId })} />
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={circleText.moveUp(n)}
                    disabled={index === 0}
                    onClick={() => change(moveQuestion(agenda, question.id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={circleText.moveDown(n)}
                    disabled={index === agenda.questions.length - 1}
                    onClick={() => change(moveQuestion(agenda, question.id, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={circleText.remove(n)}
                    onClick={() =>
                      change({ ...agenda, questions: agenda.questions.filter((q) => q.id !== question.id) })
                    }
                  >
                    ✕
                  </button>
                </div>
                <QuestionOutcome
                  question={question}
                  n={n}
                  agenda={agenda}
                  today={today}
                  themes={themes}
                  onChange={change}
                />
              </li>
            );
          })}
        </ol>
        <form
          class="agenda-add"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim() === '') return;
            add([{ valueId: draftValue || null, text: draft.trim() }]);
            setDraft('');
          }}
        >
          <label for="new-question">{circleText.newQuestion}</label>
          <textarea
            id="new-question"
            rows={2}
            maxLength={500}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <div class="agenda-tools">
            <ValueChoice value={draftValue || null} onValue={(valueId) => setDraftValue(valueId ?? '')} />
            <button type="submit" class="button button-small">
              {circleText.addQuestion}
            </button>
          </div>
        </form>

        <div class="field">
          <label for="participation">{circleText.participationLabel}</label>
          <p id="participation-hint" class="field-hint">
            {circleText.participationHint}
          </p>
          <textarea
            id="participation"
            rows={4}
            maxLength={5000}
            aria-describedby="participation-hint"
            value={agenda.participation}
            onInput={(event) => change({ ...agenda, participation: event.currentTarget.value })}
          />
        </div>
      </section>
      {more?.(agenda, change)}
    </>
  );
}

/** Which value a question belongs to, or none (a general question). */
function ValueChoice({
  value,
  onValue,
}: {
  value: ValueId | null;
  onValue: (valueId: ValueId | null) => void;
}) {
  const t = useMessages();
  return (
    <label class="inline-label">
      {t.valuesCircle.questionValue}{' '}
      <select
        value={value ?? ''}
        onChange={(event) => onValue((event.currentTarget.value || null) as ValueId | null)}
      >
        <option value="">{t.valuesCircle.noValue}</option>
        {VALUE_IDS.map((id) => (
          <option key={id} value={id}>
            {t.values[id].name}
          </option>
        ))}
      </select>
    </label>
  );
}
