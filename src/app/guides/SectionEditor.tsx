import { GUIDE_LIMITS } from '../../domain/guides/guide';
import { useMessages } from '../i18n/locale';
import { fieldId, type ProblemsByField } from './editor-problems';
import { GuideTextField } from './GuideTextField';
import { movedPrompt, type PromptDraft, type SectionDraft } from './guide-draft';
import { PromptEditor } from './PromptEditor';
import { problemSentence } from './problem-text';

interface SectionEditorProps {
  section: SectionDraft;
  index: number;
  problems: ProblemsByField;
  lang: string | undefined;
  onChange: (next: SectionDraft) => void;
  onAdd: () => void;
  /** After a prompt moved or went, the element that should get the focus (by id). */
  onFocus: (id: string) => void;
  onRemoved: (number: number) => void;
}

/** One phase of the appreciative cycle: its title and intro, and its prompts in order. */
export function SectionEditor({
  section,
  index,
  problems,
  lang,
  onChange,
  onAdd,
  onFocus,
  onRemoved,
}: SectionEditorProps) {
  const t = useMessages();
  const path = `sections.${index}`;
  const error = (field: string) =>
    problems
      .get(`${path}.${field}`)
      ?.map((problem) => problemSentence(t, problem))
      .join(' ');
  const phase = t.talk.phase[section.phase];
  const addId = fieldId(`${path}.prompts`);
  const promptsError = error('prompts');

  const changePrompt = (at: number, next: PromptDraft) =>
    onChange({ ...section, prompts: section.prompts.map((prompt, i) => (i === at ? next : prompt)) });

  const move = (at: number, by: -1 | 1) => {
    const moved = section.prompts[at];
    if (!moved) return;
    onChange(movedPrompt(section, at, by));
    // Keyed by prompt id, the moved fieldset keeps its buttons; at the top or bottom one of them is disabled.
    const to = at + by;
    const end = by === -1 ? 0 : section.prompts.length - 1;
    const tool = to === end ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    onFocus(`guide-edit-prompt-${moved.id}-${tool}`);
  };

  const remove = (at: number) => {
    onChange({ ...section, prompts: section.prompts.filter((_, i) => i !== at) });
    onRemoved(at + 1);
    onFocus(addId);
  };

  return (
    <fieldset class="guide-section-edit" id={fieldId(path)} tabIndex={-1}>
      <legend>{phase}</legend>
      <GuideTextField
        id={fieldId(`${path}.title`)}
        label={t.guides.edit.sectionTitle}
        value={section.title}
        lang={lang}
        error={error('title')}
        onValue={(title) => onChange({ ...section, title })}
      />
      <GuideTextField
        id={fieldId(`${path}.intro`)}
        label={t.guides.edit.sectionIntro}
        value={section.intro}
        rows={2}
        lang={lang}
        error={error('intro')}
        onValue={(intro) => onChange({ ...section, intro })}
      />
      {section.prompts.map((prompt, at) => (
        <PromptEditor
          key={prompt.id}
          prompt={prompt}
          path={`${path}.prompts.${at}`}
          number={at + 1}
          last={at === section.prompts.length - 1}
          problems={problems}
          lang={lang}
          onChange={(next) => changePrompt(at, next)}
          onMove={(by) => move(at, by)}
          onRemove={() => remove(at)}
        />
      ))}
      <button
        type="button"
        id={addId}
        class="button guide-add"
        disabled={section.prompts.length >= GUIDE_LIMITS.promptsPerSection}
        aria-describedby={promptsError ? `${addId}-error` : undefined}
        onClick={onAdd}
      >
        {t.guides.edit.addPrompt(phase)}
      </button>
      {promptsError && (
        <p id={`${addId}-error`} class="field-error">
          {promptsError}
        </p>
      )}
    </fieldset>
  );
}
