import { anonymise, findPersonalDetails, type PiiType } from '../anonymiser';
import { type Guide, guideIdFor } from '../guides/guide';

/**
 * What of a proposed guide passes the anonymiser, on the device (preview and request) and at the
 * server (checked again). Kept apart from `guide-proposal.ts`, whose state the sync follows, so
 * only the screens and the server that anonymise load the anonymiser.
 */
/** One free text of a guide and where it sits, as a path in the request (`guide/sections/1/title`). */
export interface GuideText {
  path: string;
  text: string;
}

/**
 * Every free text of a guide, each with its path: what the anonymiser must see before it leaves.
 * The id counts too, read as words: it was made from a title she typed, or came from a file.
 */
export function guideTexts(guide: Guide): GuideText[] {
  const texts: GuideText[] = [
    { path: 'guide/id', text: guide.id.replaceAll('-', ' ') },
    { path: 'guide/title', text: guide.title },
  ];
  if (guide.description !== undefined) texts.push({ path: 'guide/description', text: guide.description });
  guide.sections.forEach((section, s) => {
    const at = `guide/sections/${s}`;
    texts.push({ path: `${at}/title`, text: section.title });
    if (section.intro !== undefined) texts.push({ path: `${at}/intro`, text: section.intro });
    section.prompts.forEach((prompt, p) => {
      const promptAt = `${at}/prompts/${p}`;
      texts.push({ path: `${promptAt}/question`, text: prompt.question });
      prompt.probes.forEach((probe, i) => {
        texts.push({ path: `${promptAt}/probes/${i}`, text: probe });
      });
      if (prompt.hint !== undefined) texts.push({ path: `${promptAt}/hint`, text: prompt.hint });
    });
  });
  return texts;
}

/**
 * The guide as it would be sent: every free text after the anonymiser, structure as it is. An id
 * in which the anonymiser finds something is made again from the cleaned title, so it is the same
 * in the preview and the request.
 */
export function anonymisedGuide(guide: Guide): Guide {
  const clean = (text: string) => anonymise(text).text;
  const idClean = findPersonalDetails(guide.id.replaceAll('-', ' ')).length === 0;
  return {
    ...guide,
    id: idClean ? guide.id : guideIdFor(clean(guide.title), new Set()),
    title: clean(guide.title),
    ...(guide.description === undefined ? {} : { description: clean(guide.description) }),
    sections: guide.sections.map((section) => ({
      ...section,
      title: clean(section.title),
      ...(section.intro === undefined ? {} : { intro: clean(section.intro) }),
      prompts: section.prompts.map((prompt) => ({
        ...prompt,
        question: clean(prompt.question),
        probes: prompt.probes.map(clean),
        ...(prompt.hint === undefined ? {} : { hint: clean(prompt.hint) }),
      })),
    })),
  };
}

/** Where the anonymiser still finds something, and which kinds: never the text itself. */
export function personalDetailsInGuide(guide: Guide): { path: string; kinds: PiiType[] }[] {
  return guideTexts(guide).flatMap(({ path, text }) => {
    const kinds = [...new Set(findPersonalDetails(text).map((found) => found.type))];
    return kinds.length === 0 ? [] : [{ path, kinds }];
  });
}

/** How many texts the anonymiser changed: the preview tells her, so she can look for them. */
export function changedTextCount(guide: Guide): number {
  const sent = guideTexts(anonymisedGuide(guide));
  return guideTexts(guide).filter((text, index) => sent[index]?.text !== text.text).length;
}
