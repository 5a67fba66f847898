import type { QuoteCandidate, QuoteProblem } from '../../domain/sharing/quote-review';
import { useMessages } from '../i18n/locale';
import { QuoteReview } from './QuoteReview';

/** The conversation's quotes, each to approve (and redact) one by one; none without quote consent. */
export function QuoteApprovals({
  consented,
  candidates,
  problems,
  peopleMentioned,
  onChange,
}: {
  consented: boolean;
  candidates: readonly QuoteCandidate[];
  problems: ReadonlyMap<string, QuoteProblem>;
  peopleMentioned: readonly string[];
  onChange: (next: QuoteCandidate) => void;
}) {
  const previewText = useMessages().sharing.preview;
  return (
    <section class="card" aria-labelledby="preview-quotes">
      <h2 id="preview-quotes">{previewText.quotes}</h2>
      {!consented ? (
        <p>{previewText.noQuoteConsent}</p>
      ) : candidates.length === 0 ? (
        <p>{previewText.noQuotes}</p>
      ) : (
        <>
          <p class="hint-line">{previewText.quotesIntro}</p>
          <ul class="quote-reviews">
            {candidates.map((candidate) => (
              <QuoteReview
                key={candidate.quoteId}
                candidate={candidate}
                problem={problems.get(candidate.quoteId)}
                peopleMentioned={peopleMentioned}
                onChange={onChange}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
