import { findAddresses } from './address';
import { findAges } from './age';
import { findBirthdates } from './birthdate';
import { findBsns, findIbans, findPostcodes } from './identifiers';
import { findNames } from './names';
import { findPeopleMentioned, indexFoundNames, indexPeopleMentioned } from './people-mentioned';
import { findPhones } from './phone';
import { findQuickNames } from './quick-names';
import { resolveOverlaps } from './resolve';
import { tokenise } from './tokens';
import { type AnonymisedText, type AnonymiseOptions, PLACEHOLDERS, type Replacement } from './types';
import { findEmails, findUrls } from './web';

/**
 * Replaces personal details in a note or quote with typed placeholders ("[naam]", "[telefoon]").
 * Deterministic and pure: the same text and options give the same result in the page, the service
 * worker, the server and tests. Offsets in `replacements` point into the input text, so a preview
 * can highlight exactly what was replaced.
 */
export function findPersonalDetails(text: string, options: AnonymiseOptions = {}): Replacement[] {
  const tokens = tokenise(text);
  const mentioned = findPeopleMentioned(text, tokens, indexPeopleMentioned(options.peopleMentioned ?? []));
  const named = findNames(text, tokens);
  const quick = findQuickNames(text, tokens, new Set([...mentioned, ...named].map((span) => span.end)));
  // A name the rules recognised once ("zoon Xavier") is the same name where it opens a sentence;
  // one typed small after a cue ("zus fatoumata") is the same name typed small elsewhere.
  const again =
    named.length > 0 ? findPeopleMentioned(text, tokens, indexFoundNames(tokens, named), true) : [];
  const againSmall =
    quick.length > 0 ? findPeopleMentioned(text, tokens, indexFoundNames(tokens, quick)) : [];
  const people = [...mentioned, ...named, ...quick, ...again, ...againSmall];
  const addresses = findAddresses(text);
  const candidates = [
    ...findEmails(text),
    ...findUrls(text),
    ...findIbans(text),
    ...findBsns(text),
    ...findPhones(text),
    ...findPostcodes(text, addresses),
    ...findBirthdates(text),
    ...addresses,
    ...findAges(text, new Set(people.map((span) => span.end))),
    ...people,
  ];
  return resolveOverlaps(candidates);
}

export function anonymise(text: string, options: AnonymiseOptions = {}): AnonymisedText {
  const replacements = findPersonalDetails(text, options);
  let out = '';
  let at = 0;
  for (const { start, end, type } of replacements) {
    out += text.slice(at, start) + PLACEHOLDERS[type];
    at = end;
  }
  return { text: out + text.slice(at), replacements };
}
