import type { Conversation } from '../../domain/conversation';
import type { Note } from '../../domain/note';
import { tallyValues } from '../../domain/tallies';
import { findTheme, themeLabel } from '../../domain/themes';
import { VALUE_IDS } from '../../domain/values';
import { language, useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';

/** What was heard, at a glance: values experienced and missed, themes, quotes, obstacles, follow-up. */
export function SummaryView({ conversation, notes }: { conversation: Conversation; notes: readonly Note[] }) {
  const t = useMessages();
  const codebook = useCodebook();
  // Theme names come from the codebook: wait for it rather than show bare ids for a moment.
  if (!codebook) return null;
  const tally = tallyValues(conversation.valueTags);
  const quotes = notes.flatMap((note) => note.quotes);
  const listOf = (polarity: 'experienced' | 'missing') =>
    VALUE_IDS.filter((id) => tally[id][polarity] > 0).map((id) => (
      <li key={id}>
        {t.values[id].name} ({t.summary.times(tally[id][polarity])})
      </li>
    ));
  const experienced = listOf('experienced');
  const missing = listOf('missing');
  const themeNames = conversation.themeIds.map((id) => {
    const theme = findTheme(codebook, id);
    return theme ? themeLabel(theme, language.value) : id;
  });

  return (
    <section class="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t.summary.title}</h2>
      <h3>{t.summary.valuesExperienced}</h3>
      {experienced.length ? <ul>{experienced}</ul> : <p>{t.summary.none}</p>}
      <h3>{t.summary.valuesMissing}</h3>
      {missing.length ? <ul>{missing}</ul> : <p>{t.summary.none}</p>}
      <h3>{t.talk.themes}</h3>
      {themeNames.length ? <p>{themeNames.join(', ')}</p> : <p>{t.summary.none}</p>}
      <h3>{t.talk.quotes}</h3>
      {quotes.length ? (
        <ul>
          {quotes.map((quote) => (
            <li key={quote.id}>
              <q>{quote.text}</q>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.summary.none}</p>
      )}
      <h3>{t.talk.obstacles}</h3>
      {conversation.obstacles.length ? (
        <ul>
          {conversation.obstacles.map((obstacle) => (
            <li key={obstacle.id}>{obstacle.text}</li>
          ))}
        </ul>
      ) : (
        <p>{t.summary.none}</p>
      )}
      <h3>{t.talk.followUp}</h3>
      <p>{conversation.followUp || t.summary.none}</p>
    </section>
  );
}
