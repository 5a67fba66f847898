import { type AnonymiseOptions, findPersonalDetails } from '../../../../src/domain/anonymiser';

/** What the anonymiser replaces in `text`, as readable "type:text" strings in text order. */
export function found(text: string, options?: AnonymiseOptions): string[] {
  return findPersonalDetails(text, options).map(
    ({ start, end, type }) => `${type}:${text.slice(start, end)}`,
  );
}
