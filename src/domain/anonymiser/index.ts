/** The anonymiser's public face: everything else in this folder is how it works. */
export { anonymise, findPersonalDetails } from './anonymise';
export { passesElevenProof, passesIbanCheck } from './checksums';
export { namesAnOrganisation, namesSomeoneByFirstName } from './organisation-names';
export {
  type AnonymisedText,
  type AnonymiseOptions,
  isPiiType,
  PII_TYPES,
  type PiiType,
  PLACEHOLDERS,
  type Replacement,
} from './types';
