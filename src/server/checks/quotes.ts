import { findPersonalDetails } from '../../domain/anonymiser';
import type { Summary } from '../../domain/wire/summary';
import type { FieldError } from '../http/api-error';

/**
 * The server runs the device's anonymiser over every quote once more, so that an old app version
 * or a modified client cannot push a name (or a phone number, an address …) into what area teams
 * read. One field error per quote in which it still finds something, naming the quote and the
 * kinds found, never the text: the answer and the logs must not repeat what was refused.
 */
export function personalDetailsInQuotes(summaries: readonly Summary[]): FieldError[] {
  return summaries.flatMap((summary, index) =>
    summary.quotes.flatMap((quote, position) => {
      const kinds = [...new Set(findPersonalDetails(quote.text).map((found) => found.type))];
      if (kinds.length === 0) return [];
      return [
        {
          path: `body/summaries/${index}/quotes/${position}/text`,
          message: `still holds personal details (${kinds.join(', ')}): anonymise it on the device`,
        },
      ];
    }),
  );
}
