import type { Guide } from '../guide';
import { algemeenEn } from './algemeen.en';
import { algemeenNl } from './algemeen.nl';
import { alleenstaandeOuderEn } from './alleenstaande-ouder.en';
import { alleenstaandeOuderNl } from './alleenstaande-ouder.nl';
import { jongereSchuldenEn } from './jongere-schulden.en';
import { jongereSchuldenNl } from './jongere-schulden.nl';
import { mantelzorgerEn } from './mantelzorger.en';
import { mantelzorgerNl } from './mantelzorger.nl';

/**
 * The guides shipped with the app, each in Dutch and English. The two variants of a guide share
 * its id and its prompt ids and differ in `language`; (id, language, version) identifies one.
 *
 * Like migrations, shipped versions are only ever added: to change a guide, add a file for its next
 * version and keep the old one listed, because conversations on devices still follow it.
 * `latestGuides` picks the current version of each.
 */
export const BUILT_IN_GUIDES: readonly Guide[] = [
  algemeenNl,
  algemeenEn,
  mantelzorgerNl,
  mantelzorgerEn,
  jongereSchuldenNl,
  jongereSchuldenEn,
  alleenstaandeOuderNl,
  alleenstaandeOuderEn,
];

/** Ids of the built-in guides: reserved, so an interviewer's own guide or an import cannot take them. */
export const BUILT_IN_GUIDE_IDS: ReadonlySet<string> = new Set(BUILT_IN_GUIDES.map((guide) => guide.id));
