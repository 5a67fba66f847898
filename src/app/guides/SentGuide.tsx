import type { Guide } from '../../domain/guides/guide';
import { segmentsOf } from '../../domain/sharing/quote-review';
import { language, useMessages } from '../i18n/locale';
import { useProposalMessages } from './proposal-messages';

/** A text with every replacement the anonymiser made highlighted and named, as in a quote's review. */
function Marked({ text }: { text: string }) {
  const t = useMessages();
  return (
    <>
      {segmentsOf(text).map((segment, index) =>
        segment.mark ? (
          <mark key={index} class="replaced">
            {segment.text}
            <span class="visually-hidden"> ({t.sharing.preview.marks[segment.mark]})</span>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/**
 * A proposed guide as it leaves the device (and as the administrators read it): every text she
 * wrote, after the anonymiser, in reading order, compact enough to read through before deciding.
 */
export function SentGuide({ guide }: { guide: Guide }) {
  const t = useProposalMessages();
  const lang = guide.language === language.value ? undefined : guide.language;
  return (
    <div class="sent-guide" lang={lang}>
      <p>
        <strong>
          <Marked text={guide.title} />
        </strong>
      </p>
      {guide.description && (
        <p>
          <Marked text={guide.description} />
        </p>
      )}
      {guide.sections.map((section) => (
        <div key={section.phase}>
          <p>
            <strong>
              <Marked text={section.title} />
            </strong>
          </p>
          {section.intro && (
            <p>
              <Marked text={section.intro} />
            </p>
          )}
          <ul>
            {section.prompts.map((prompt) => (
              <li key={prompt.id}>
                <Marked text={prompt.question} />
                {prompt.probes.map((probe, at) => (
                  <span key={at}>
                    {at === 0 ? ` ${t.probes} ` : ' · '}
                    <Marked text={probe} />
                  </span>
                ))}
                {prompt.hint && (
                  <span>
                    {` ${t.hint} `}
                    <Marked text={prompt.hint} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
