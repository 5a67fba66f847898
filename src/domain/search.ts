/**
 * Full-text search over decrypted notes, in memory only. Text is folded (lower case, no accents)
 * so "cafe" finds "Café"; every word of the query must occur, in any order.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}

/** A map from conversation id to its folded notes; built once after unlock, kept in step while typing. */
export class SearchIndex {
  readonly #documents = new Map<string, string>();

  set(conversationId: string, notesText: string): void {
    this.#documents.set(conversationId, foldForSearch(notesText));
  }

  delete(conversationId: string): void {
    this.#documents.delete(conversationId);
  }

  get size(): number {
    return this.#documents.size;
  }

  /** Ids of conversations whose notes hold every term; all of them for an empty query. */
  search(query: string): Set<string> {
    const terms = searchTerms(query);
    const hits = new Set<string>();
    for (const [id, text] of this.#documents) if (matchesTerms(text, terms)) hits.add(id);
    return hits;
  }
}
