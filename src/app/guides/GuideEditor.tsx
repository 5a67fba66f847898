import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Guide } from '../../domain/guides/guide';
import type { GuideProblem } from '../../domain/guides/problems';
import { isResidentProfile, RESIDENT_PROFILES } from '../../domain/guides/profiles';
import { Screen } from '../components/Screen';
import { SelectField } from '../components/SelectField';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { dropDraft, keepDraft, keptDraft } from './drafts';
import { checkDraft, fieldId, problemsByField } from './editor-problems';
import { GuideTextField } from './GuideTextField';
import { draftOf, type GuideDraft, newPrompt, sameChanges, withSection } from './guide-draft';
import { type GuideNotice, guideHref } from './guide-links';
import { ProblemSummary } from './ProblemSummary';
import { problemSentence } from './problem-text';
import { SectionEditor } from './SectionEditor';
import { saveRevision } from './save-revision';
import { guidesChanged } from './use-all-guides';

type Status = 'editing' | 'saving' | 'failed' | 'unchanged';

interface GuideEditorProps {
  /** The newest version of an own guide. */
  guide: Guide;
  onNotice: (notice: GuideNotice) => void;
}

/**
 * Edits the newest version of an own guide. What is typed lives in a draft (kept when the editor
 * is left); saving checks it, then stores it as the next version: a stored version never changes.
 */
export function GuideEditor({ guide, onNotice }: GuideEditorProps) {
  const t = useMessages();
  const device = useDevice();
  const { route } = useLocation();
  const [draft, setDraft] = useState<GuideDraft>(() => keptDraft(guide) ?? draftOf(guide));
  const [resumed] = useState(() => !sameChanges(draft, draftOf(guide)));
  const [problems, setProblems] = useState<readonly GuideProblem[] | null>(null);
  const [status, setStatus] = useState<Status>('editing');
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const mounted = useRef(true);
  const lang = guide.language === language.value ? undefined : guide.language;

  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // Focus moves after the render that made its target (a new prompt, the problem summary).
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const change = (next: GuideDraft) => {
    setDraft(next);
    keepDraft(guide, next);
    // Once problems are shown, they follow the typing, so a fixed one goes away at once.
    if (problems) {
      const found = checkDraft(guide, next).problems;
      setProblems(found.length > 0 ? found : null);
    }
    // "Not saved yet" stays until the version is stored: typing on does not make it so.
    if (status === 'unchanged') setStatus('editing');
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (status === 'saving') return;
    const checked = checkDraft(guide, draft);
    if (checked.problems.length > 0) {
      setProblems(checked.problems);
      focusNext.current = fieldId('');
      setStatus('editing');
      return;
    }
    setProblems(null);
    if (sameChanges(draft, draftOf(guide))) {
      setStatus('unchanged');
      return;
    }
    setStatus('saving');
    saveRevision(device, checked.revision, {
      stored: (stored) => {
        guidesChanged();
        // Typing may have gone on while a retry waited: only a draft that was stored is done.
        const latestDraft = keptDraft(guide);
        const done = !latestDraft || sameChanges(latestDraft, draftOf(stored));
        if (done) dropDraft(guide);
        if (!mounted.current) return;
        if (!done) {
          setStatus('editing');
          setAnnouncement(t.guides.edit.saved(stored.version));
          return;
        }
        const href = guideHref({ id: stored.id, language: stored.language, version: stored.version });
        onNotice({ text: t.guides.edit.saved(stored.version), url: href });
        route(href, true);
      },
      failed: () => {
        if (mounted.current) setStatus('failed');
      },
    });
  };

  const discard = () => {
    if (!window.confirm(t.guides.edit.discardConfirm)) return;
    dropDraft(guide);
    setDraft(draftOf(guide));
    setProblems(null);
    setStatus('editing');
    focusNext.current = fieldId('title');
  };

  const byField = problemsByField(problems ?? []);
  const error = (path: string) =>
    byField
      .get(path)
      ?.map((problem) => problemSentence(t, problem))
      .join(' ');
  const sectionName = (index: number) => {
    const phase = draft.sections[index]?.phase;
    return phase ? t.talk.phase[phase] : t.guides.where.section(index + 1);
  };
  const dirty = !sameChanges(draft, draftOf(guide));

  return (
    <Screen title={t.guides.edit.title(guide.title)}>
      <p>{t.guides.edit.intro}</p>
      {resumed && <p class="guide-note">{t.guides.edit.resumed}</p>}
      <form class="guide-editor" onSubmit={save} noValidate>
        {problems && <ProblemSummary problems={problems} sectionName={sectionName} />}
        <GuideTextField
          id={fieldId('title')}
          label={t.guides.edit.guideTitle}
          value={draft.title}
          lang={lang}
          error={error('title')}
          onValue={(title) => change({ ...draft, title })}
        />
        <GuideTextField
          id={fieldId('description')}
          label={t.guides.edit.description}
          hint={t.guides.edit.descriptionHint}
          value={draft.description}
          rows={3}
          lang={lang}
          error={error('description')}
          onValue={(description) => change({ ...draft, description })}
        />
        <SelectField
          id={fieldId('residentProfile')}
          label={t.guides.edit.profile}
          value={draft.residentProfile}
          options={RESIDENT_PROFILES.map((profile) => ({ value: profile, label: t.profiles[profile] }))}
          onValue={(profile) => {
            if (isResidentProfile(profile)) change({ ...draft, residentProfile: profile });
          }}
        />
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.phase}
            section={section}
            index={index}
            problems={byField}
            lang={lang}
            onChange={(next) => change(withSection(draft, index, () => next))}
            onAdd={() => {
              change(
                withSection(draft, index, (current) => ({
                  ...current,
                  prompts: [...current.prompts, newPrompt(draft, current.phase)],
                })),
              );
              focusNext.current = fieldId(`sections.${index}.prompts.${section.prompts.length}.question`);
            }}
            onFocus={(id) => {
              focusNext.current = id;
            }}
            onRemoved={(number) => setAnnouncement(t.guides.edit.removed(number))}
          />
        ))}
        {status === 'failed' && (
          <p class="field-error" role="alert">
            {t.guides.edit.notSaved}
          </p>
        )}
        {status === 'unchanged' && (
          <p class="guide-note" role="status">
            {t.guides.edit.unchanged}
          </p>
        )}
        <div class="actions guide-editor-actions">
          <button type="submit" class="button button-primary">
            {status === 'saving' ? t.guides.edit.saving : t.guides.edit.save(guide.version + 1)}
          </button>
          <a class="button" href={guideHref({ id: guide.id, language: guide.language })}>
            {t.guides.edit.back}
          </a>
          {dirty && (
            <button type="button" class="button button-danger" onClick={discard}>
              {t.guides.edit.discard}
            </button>
          )}
        </div>
      </form>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </Screen>
  );
}
