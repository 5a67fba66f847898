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
