import type { Block } from './paragraaf-document';

/**
 * The participatieparagraaf on paper (PDF through the browser's print): shown only while the team
 * prints it (styles.css, `.printing-paragraaf`), like the handout; the Word file carries the same
 * blocks. On screen `display: none` already keeps it from assistive technology. It is not
 * `aria-hidden`: Chromium builds a saved PDF's tags from the accessibility tree, so a hidden
 * article would print as an untagged PDF, and axe checks nothing inside it.
 */
export function ParagraafView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <article class="paragraaf-print">
      {blocks.map((block, index) => (
        <BlockView block={block} index={index} key={index} />
      ))}
    </article>
  );
}

function BlockView({ block, index }: { block: Block; index: number }) {
  switch (block.kind) {
    case 'heading':
      // The printed document's own title: the screen's h1 is not printed (axe: page-has-heading-one).
      if (block.level === 1)
        return (
          <h1 class="paragraaf-title" key={index}>
            {block.text}
          </h1>
        );
      return block.level === 2 ? <h2 key={index}>{block.text}</h2> : <h3 key={index}>{block.text}</h3>;
    case 'paragraph':
      return <p key={index}>{block.text}</p>;
    case 'list':
      return (
        <ul key={index}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'quotes':
      return (
        <ul class="paragraaf-quotes" key={index}>
          {block.items.map((item, i) => (
            <li key={i}>
              <q>{item}</q>
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table key={index}>
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.head.map((text) => (
                <th scope="col" key={text}>
                  {text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((text, j) =>
                  j === 0 ? (
                    <th scope="row" key={j}>
                      {text}
                    </th>
                  ) : (
                    <td key={j}>{text}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
