import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from './paragraaf-document';

/**
 * The participatieparagraaf as a Word document, for the area team to paste into a council
 * proposal. Loaded only when the team asks for it: `docx` is far too large for any first visit.
 */
const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function blockOf(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: LEVELS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'quotes':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [new TextRun({ text: `“${item}”`, italics: true })],
            indent: { left: 567 },
          }),
      );
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.head.map((text) => cell(text, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
          ],
        }),
      ];
  }
}

export function paragraafDocx(blocks: readonly Block[], title: string, language: string): Promise<Blob> {
  const document = new Document({
    title,
    creator: 'Buurtgesprek',
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: [{ children: blocks.flatMap(blockOf) }],
  });
  return Packer.toBlob(document);
}
