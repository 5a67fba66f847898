// Renders the SVG icons to the PNG sizes the manifest lists, with Debian's Chromium.
// Run by hand after changing an SVG (`node src/build/render-icons.mjs`); the PNGs are committed
// so that a build needs no browser.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const targets = [
  ['public/icons/icon.svg', 'public/icons/icon-192.png', 192],
  ['public/icons/icon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/icon.svg', 'public/icons/apple-touch-icon.png', 180],
  ['public/icons/maskable.svg', 'public/icons/maskable-512.png', 512],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
for (const [svg, png, size] of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0;background:transparent">${markup}</body>`);
  await page.screenshot({ path: png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
}
await browser.close();
