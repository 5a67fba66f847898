/** A passage of a note in the resident's own words, marked by the interviewer. */
export interface Quote {
  id: string;
  text: string;
}

/** A note as the interviewer sees it once the device is unlocked. */
export interface Note {
  id: string;
  conversationId: string;
  /** The guide prompt this note answers, or null for a free note. */
  promptId: string | null;
  text: string;
  quotes: Quote[];
  updatedAt: number;
}

/** Marks `text.slice(start, end)` as a quote; trims it and ignores an empty or repeated mark. */
export function markQuote(note: Note, start: number, end: number, id: string): Note {
  const passage = note.text.slice(Math.min(start, end), Math.max(start, end)).trim();
  if (passage === '' || note.quotes.some((quote) => quote.text === passage)) return note;
  return { ...note, quotes: [...note.quotes, { id, text: passage }] };
}

export function removeQuote(note: Note, quoteId: string): Note {
  return { ...note, quotes: note.quotes.filter((quote) => quote.id !== quoteId) };
}

/** What search looks through for one conversation: the text of all its notes. */
export function searchTextOf(notes: Iterable<Note>): string {
  return [...notes].map((note) => note.text).join('\n');
}

/** A sentence of a note, with its offsets: what a quote can be marked from with one tap. */
export interface NoteSentence {
  start: number;
  end: number;
  text: string;
}

/**
 * The note cut into sentences (and lines: notes are often lists), trimmed, for marking a quote
 * with one tap. Intl.Segmenter knows where Dutch and English sentences end better than a regular
 * expression does ("dhr. Jansen", "3.5 uur").
 */
export function sentencesOf(text: string, language: string): NoteSentence[] {
  const sentences: NoteSentence[] = [];
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    let offset = index;
    for (const line of segment.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed !== '')
        sentences.push({ start: offset + lead, end: offset + lead + trimmed.length, text: trimmed });
      offset += line.length + 1;
    }
  }
  return sentences;
}

/** Marks the sentence as a quote, or takes the mark away when it is one already. */
export function toggleSentenceQuote(note: Note, sentence: NoteSentence, id: string): Note {
  const marked = note.quotes.find((quote) => quote.text === sentence.text);
  return marked ? removeQuote(note, marked.id) : markQuote(note, sentence.start, sentence.end, id);
}
