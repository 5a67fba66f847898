/**
 * What the anonymiser finds and what it puts in its place. Type ids travel in the CLI output and
 * in previews, so they are stable; placeholders are what a reader of an anonymised quote sees.
 */
export const PII_TYPES = [
  'person',
  'address',
  'postcode',
  'phone',
  'email',
  'bsn',
  'iban',
  'birthdate',
  'age',
  'url',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

export const PLACEHOLDERS: Readonly<Record<PiiType, string>> = {
  person: '[naam]',
  address: '[adres]',
  postcode: '[postcode]',
  phone: '[telefoon]',
  email: '[e-mail]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  birthdate: '[geboortedatum]',
  age: '[leeftijd]',
  url: '[url]',
};

/** A replaced span: UTF-16 offsets into the input text, `end` exclusive. */
export interface Replacement {
  start: number;
  end: number;
  type: PiiType;
}

export interface AnonymiseOptions {
  /** The conversation's people-mentioned list: matched first, whole and by each part of the name. */
  peopleMentioned?: readonly string[];
}

export interface AnonymisedText {
  text: string;
  /** Sorted by `start`, never overlapping. */
  replacements: Replacement[];
}

export function isPiiType(candidate: string): candidate is PiiType {
  return (PII_TYPES as readonly string[]).includes(candidate);
}
