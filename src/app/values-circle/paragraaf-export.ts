import { download } from '../download';
import type { Block } from './paragraaf-document';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds the Word file, loading the `docx` library only now, and offers it to save. */
export async function downloadParagraaf(
  blocks: readonly Block[],
  title: string,
  language: string,
  fileName: string,
): Promise<void> {
  const { paragraafDocx } = await import('./paragraaf-docx');
  download(fileName, DOCX_TYPE, await paragraafDocx(blocks, title, language));
}

/** Prints the paragraph instead of the handout (styles.css): the browser's print, or its "save as PDF". */
export function printParagraaf(): void {
  const root = document.documentElement;
  root.classList.add('printing-paragraaf');
  window.addEventListener('afterprint', () => root.classList.remove('printing-paragraaf'), { once: true });
  window.print();
}
