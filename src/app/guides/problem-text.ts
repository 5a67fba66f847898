import { GUIDE_PHASES, type GuidePhase } from '../../domain/guides/guide';
import type { GuideProblem } from '../../domain/guides/problems';
import type { Messages } from '../i18n/nl';

/**
 * A guide problem in plain words: "Sectie 3, vraag 1: de vraag is leeg." The path comes from
 * the file or the editor ("guide.sections.2.prompts.0.question"); its parts are named as the
 * interviewer knows them, and a key the app does not know is quoted, never looked up.
 */
type Where = Messages['guides']['where'];

const FIELD_NAMES = [
  'id',
  'version',
  'title',
  'language',
  'residentProfile',
  'description',
  'sections',
  'phase',
  'intro',
  'prompts',
  'question',
  'probes',
  'hint',
  'values',
] as const satisfies readonly (keyof Where)[];

type FieldName = (typeof FIELD_NAMES)[number];

const isFieldName = (key: string): key is FieldName => (FIELD_NAMES as readonly string[]).includes(key);
const isPhase = (key: string): key is GuidePhase => (GUIDE_PHASES as readonly string[]).includes(key);

export type SectionName = (index: number) => string;

export interface ProblemPlace {
  /** The section and prompt: "Sectie 3", "vraag 1". */
  within: string[];
  /** The field itself: "de vraag"; '' for the file as a whole. */
  field: string;
}

export function placeOf(where: Where, path: string, sectionName?: SectionName): ProblemPlace {
  // In a file the guide sits in its `guide` field; inside it, parts are named as in the editor.
  if (path === 'guide') return { within: [], field: where.guide };
  const segments = path === '' ? [] : path.split('.');
  if (segments[0] === 'guide') segments.shift();
  const within: string[] = [];
  for (let at = 0; at < segments.length; at++) {
    const segment = segments[at] ?? '';
    const next = segments[at + 1] ?? '';
    const index = /^\d+$/.test(next) ? Number(next) : null;
    if (index !== null && segment === 'sections') {
      within.push(sectionName ? sectionName(index) : where.section(index + 1));
      at++;
    } else if (index !== null && segment === 'prompts') {
      within.push(where.prompt(index + 1));
      at++;
    } else if (index !== null && segment === 'probes') {
      return { within, field: where.probe(index + 1) };
    } else if (index !== null && segment === 'values') {
      return { within, field: where.value(index + 1) };
    } else {
      return { within, field: isFieldName(segment) ? where[segment] : where.field(segment) };
    }
  }
  return { within, field: '' };
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** The problem with where it is: "Sectie 3, vraag 1: de vraag is leeg." */
export function problemText(t: Messages, problem: GuideProblem, sectionName?: SectionName): string {
  const { within, sentence } = described(t, problem, sectionName);
  return within.length > 0 ? `${within.join(', ')}: ${sentence}` : upperFirst(sentence);
}

/** The problem alone, for beside its field: "De vraag is leeg." */
export function problemSentence(t: Messages, problem: GuideProblem): string {
  return upperFirst(described(t, problem).sentence);
}

function described(
  t: Messages,
  problem: GuideProblem,
  sectionName?: SectionName,
): { within: string[]; sentence: string } {
  const { within, field } = placeOf(t.guides.where, problem.path, sectionName);
  const say = t.guides.problem;
  const phase = (name: string) => (isPhase(name) ? t.talk.phase[name] : name);
  const order = GUIDE_PHASES.map(phase).join(', ');
  const sentence = ((): string => {
    switch (problem.code) {
      case 'file-too-large':
        return say.fileTooLarge(Math.round(problem.params.maxBytes / 1024));
      case 'invalid-json':
        return say.invalidJson;
      case 'not-a-guide-file':
        return say.notAGuideFile;
      case 'unsupported-format-version':
        return say.unsupportedFormatVersion(problem.params.found, problem.params.supported);
      case 'forbidden-key':
        return say.forbiddenKey(field);
      case 'unknown-key':
        return say.unknownKey(field);
      case 'missing':
        return say.missing(field);
      case 'wrong-type':
        return say.wrongType(field, say.types[problem.params.expected]);
      case 'not-allowed':
        return say.notAllowed(field, problem.params.found, problem.params.allowed);
      case 'empty':
        return say.empty(field);
      case 'too-long':
        return say.tooLong(field, problem.params.max);
      case 'too-few':
        return say.tooFew(field, problem.params.min);
      case 'too-many':
        return say.tooMany(field, problem.params.max);
      case 'invalid-id':
        return say.invalidId(field, problem.params.max);
      case 'invalid-characters':
        return say.invalidCharacters(field);
      case 'not-positive-integer':
        return say.notPositiveInteger(field);
      case 'unknown-value':
        return say.unknownValue(field, problem.params.found, problem.params.allowed);
      case 'duplicate-value':
        return say.duplicateValue(field, problem.params.value);
      case 'duplicate-prompt-id': {
        const first = placeOf(t.guides.where, problem.params.firstPath, sectionName);
        return say.duplicatePromptId(field, problem.params.id, lowerFirst(first.within.join(', ')));
      }
      case 'phase-missing':
        return say.phaseMissing(phase(problem.params.phase), order);
      case 'phase-duplicate':
        return say.phaseDuplicate(phase(problem.params.phase));
      case 'phase-out-of-order':
        return say.phaseOutOfOrder(phase(problem.params.expected), order);
      case 'invalid':
        return say.invalid(field);
    }
  })();
  return { within, sentence };
}
