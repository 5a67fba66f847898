import { type ChecklistAnswer, type ReviewFeedback, TECHNIQUE_CHECKLIST } from '../../domain/packages/review';
import { useMessages } from '../i18n/locale';

type Draft = Omit<ReviewFeedback, 'sentAt'>;

/** The points of technique, each answered yes, partly or no with a remark; then overall and one tip. */
export function TechniqueChecklist({ draft, onChange }: { draft: Draft; onChange: (next: Draft) => void }) {
  const reviewText = useMessages().review;
  return (
    <section class="card" aria-labelledby="review-checklist">
      <h2 id="review-checklist">{reviewText.checklistHeading}</h2>
      {TECHNIQUE_CHECKLIST.map((item) => {
        const entry = draft.checklist[item];
        const set = (patch: Partial<typeof entry>) =>
          onChange({ ...draft, checklist: { ...draft.checklist, [item]: { ...entry, ...patch } } });
        return (
          <fieldset class="checklist-item" key={item}>
            <legend>{reviewText.checklist[item]}</legend>
            <div class="choice-group">
              {(['yes', 'partly', 'no'] as ChecklistAnswer[]).map((answer) => (
                <label class="choice" key={answer}>
                  <input
                    type="radio"
                    name={`check-${item}`}
                    checked={entry.answer === answer}
                    onChange={() => set({ answer })}
                  />
                  <span>{reviewText.answers[answer]}</span>
                </label>
              ))}
            </div>
            <label class="inline-remark">
              <span>{reviewText.remark}</span>
              <input
                type="text"
                value={entry.remark}
                onInput={(e) => set({ remark: e.currentTarget.value })}
              />
            </label>
          </fieldset>
        );
      })}
      <div class="field">
        <label for="review-overall">{reviewText.overall}</label>
        <textarea
          id="review-overall"
          rows={3}
          value={draft.overall}
          onInput={(e) => onChange({ ...draft, overall: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="review-tip">{reviewText.tip}</label>
        <textarea
          id="review-tip"
          rows={2}
          value={draft.tip}
          onInput={(e) => onChange({ ...draft, tip: e.currentTarget.value })}
        />
      </div>
    </section>
  );
}
