import { VALUE_IDS, type ValueId } from '../../domain/values';
import { useMessages } from '../i18n/locale';
import { fieldId, type ProblemsByField } from './editor-problems';
import { GuideTextField } from './GuideTextField';
import type { PromptDraft } from './guide-draft';
import { problemSentence } from './problem-text';

interface PromptEditorProps {
  prompt: PromptDraft;
  /** "sections.1.prompts.0": where validation problems for this prompt point. */
  path: string;
  number: number;
  last: boolean;
  problems: ProblemsByField;
  lang: string | undefined;
  onChange: (next: PromptDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One prompt of the editor: reorder and remove buttons, then question, probes, tip and values. */
export function PromptEditor({
  prompt,
  path,
  number,
  last,
  problems,
  lang,
  onChange,
  onMove,
  onRemove,
}: PromptEditorProps) {
  const t = useMessages();
  const error = (field: string) => {
    const found = problems.get(`${path}.${field}`);
    return found?.map((problem) => problemSentence(t, problem)).join(' ');
  };
  const toggle = (value: ValueId, on: boolean) =>
    onChange({
      ...prompt,
      values: VALUE_IDS.filter((id) => (id === value ? on : prompt.values.includes(id))),
    });
  const toolId = (tool: string) => `guide-edit-prompt-${prompt.id}-${tool}`;

  return (
    <fieldset class="guide-prompt-edit" id={fieldId(path)} tabIndex={-1}>
      <legend>{t.guides.edit.prompt(number)}</legend>
      <div class="guide-prompt-tools">
        <button
          type="button"
          id={toolId('up')}
          class="icon-button"
          aria-label={t.guides.edit.moveUp(number)}
          disabled={number === 1}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={toolId('down')}
          class="icon-button"
          aria-label={t.guides.edit.moveDown(number)}
          disabled={last}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={t.guides.edit.remove(number)}
          onClick={onRemove}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <GuideTextField
        id={fieldId(`${path}.question`)}
        label={t.guides.edit.question}
        value={prompt.question}
        rows={3}
        lang={lang}
        error={error('question')}
        onValue={(question) => onChange({ ...prompt, question })}
      />
      <GuideTextField
        id={fieldId(`${path}.probes`)}
        label={t.guides.edit.probes}
        hint={t.guides.edit.probesHint}
        value={prompt.probes}
        rows={3}
        lang={lang}
        error={error('probes')}
        onValue={(probes) => onChange({ ...prompt, probes })}
      />
      <GuideTextField
        id={fieldId(`${path}.hint`)}
        label={t.guides.edit.hint}
        value={prompt.hint}
        rows={2}
        lang={lang}
        error={error('hint')}
        onValue={(hint) => onChange({ ...prompt, hint })}
      />
      <fieldset class="choice-group guide-value-choices" id={fieldId(`${path}.values`)}>
        <legend>{t.guides.edit.values}</legend>
        {VALUE_IDS.map((value) => (
          <label key={value} class="choice">
            <input
              type="checkbox"
              checked={prompt.values.includes(value)}
              onChange={(event) => toggle(value, event.currentTarget.checked)}
            />
            {t.values[value].name}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
