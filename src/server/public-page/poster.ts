import { drawQrCode } from '../../domain/qr-code';
import type { Agenda } from '../../domain/wire/agenda';
import type { ActionStatus } from '../../domain/wire/circle-outcome';
import { escapeHtml } from './html';
import { nextCircleHeading, nextCircleLine } from './next-circle-section';
import type { PageLanguage } from './render';

/**
 * The poster of the public page for the community centre (issue 15 §2): what was agreed and how
 * far it got, the next circle, and a QR code to the page, on one A4 or A3 sheet (print CSS with
 * `@page`). Like the page it has no script, no resident data and exists only while published.
 */
export type PosterSize = 'A4' | 'A3';

const TEXT = {
  nl: {
    title: 'Wat is er met uw inbreng gedaan?',
    actionsHeading: 'Wat we afspraken',
    noActions: 'Er zijn nog geen afspraken.',
    scan: 'Lees alles op uw telefoon: scan de code met de camera, of ga naar',
    qrLabel: (url: string) => `QR-code naar ${url}`,
    printHint: 'Deze poster is gemaakt om af te drukken. Kies Afdrukken in uw browser.',
    statuses: { agreed: 'Afgesproken', 'in-progress': 'Bezig', done: 'Gedaan', 'not-done': 'Niet gelukt' },
  },
  en: {
    title: 'What was done with what you told us?',
    actionsHeading: 'What we agreed',
    noActions: 'No actions agreed yet.',
    scan: 'Read everything on your phone: scan the code with its camera, or go to',
    qrLabel: (url: string) => `QR code to ${url}`,
    printHint: 'This poster is made for printing. Choose Print in your browser.',
    statuses: {
      agreed: 'Agreed',
      'in-progress': 'In progress',
      done: 'Done',
      'not-done': 'Did not work out',
    },
  },
} satisfies Record<PageLanguage, { statuses: Record<ActionStatus, string>; [key: string]: unknown }>;

// Type sized for reading from a few metres; A3 is the same layout scaled up by √2.
const style = (size: PosterSize) =>
  `@page{size:${size};margin:12mm}` +
  `html{font:${size === 'A3' ? '18pt' : '13pt'}/1.35 system-ui,sans-serif;color:#000;background:#fff}` +
  'body{margin:0 auto;max-width:48rem;padding:1rem}h1{font-size:2.6rem;line-height:1.15;margin:0}' +
  '.area{font-size:1.5rem;margin:.25rem 0 1rem}h2{font-size:1.4rem;margin:1rem 0 .4rem}' +
  'ul{padding-left:1.2rem;margin:0}li{margin:.35rem 0}.status{font-weight:700}' +
  '.scan{display:flex;gap:1.2rem;align-items:center;margin-top:1.2rem;border-top:2px solid #000;padding-top:1rem;break-inside:avoid}' +
  '.qr-code{width:16rem;height:16rem;flex:none}.address{font-weight:700;overflow-wrap:anywhere}' +
  '.print-hint{border:1px solid #555;padding:.5rem}@media print{.print-hint{display:none}body{max-width:none;padding:0}}';

export function renderPoster(input: {
  areaName: string;
  year: number;
  agenda: Agenda | null;
  nextCircle: string | null;
  /** The public page's full address, which the QR code holds. */
  pageUrl: string;
  language: PageLanguage;
  size: PosterSize;
}): string {
  const { areaName, year, agenda, nextCircle, pageUrl, language, size } = input;
  const t = TEXT[language];
  const actions = (agenda?.outcome?.actions ?? [])
    .map((a) => `<li>${escapeHtml(a.what)} — <span class="status">${t.statuses[a.status]}</span></li>`)
    .join('');
  const qr = drawQrCode(pageUrl);
  const url = escapeHtml(pageUrl);
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`${t.title} ${areaName} ${year}`)}</title>
<style>${style(size)}</style></head><body><main>
<p class="print-hint">${t.printHint}</p>
<h1>${t.title}</h1>
<p class="area">${escapeHtml(`${areaName} ${year}`)}</p>
<h2>${t.actionsHeading}</h2>
${actions ? `<ul>${actions}</ul>` : `<p>${t.noActions}</p>`}
<h2>${nextCircleHeading(language)}</h2>
<p>${nextCircleLine(nextCircle, language)}</p>
<div class="scan"><svg class="qr-code" role="img" aria-label="${escapeHtml(t.qrLabel(pageUrl))}" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>
<p>${t.scan} <span class="address">${url}</span></p></div>
</main></body></html>`;
}
