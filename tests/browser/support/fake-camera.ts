import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const WIDTH = 640;
const HEIGHT = 480;

/** A grey picture, one byte per pixel (0 black, 255 white), row by row. */
export interface GreyPicture {
  width: number;
  height: number;
  grey: Uint8Array;
}

/**
 * A Y4M video (what Chromium's `--use-file-for-fake-video-capture` plays, looped) of one frame
 * showing `picture` centred on white, scaled by a whole factor to fill the frame as far as it
 * can: the camera of a phone held close over a screen. Y4M is raw YUV 4:2:0, so a grey picture is
 * its luma plane alone.
 */
export function writePictureVideo(file: string, picture: GreyPicture): void {
  const fits = Math.min(WIDTH / picture.width, HEIGHT / picture.height);
  // Each pixel of the frame takes the picture's pixel under it: enlarged by `grow`, or every
  // `shrink`-th pixel when the picture is larger than the frame.
  const grow = Math.max(1, Math.floor(fits));
  const shrink = Math.max(1, Math.ceil(1 / fits));
  const width = Math.floor((picture.width * grow) / shrink);
  const height = Math.floor((picture.height * grow) / shrink);
  const left = Math.floor((WIDTH - width) / 2);
  const top = Math.floor((HEIGHT - height) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (let y = 0; y < height; y++) {
    const from = Math.floor((y * shrink) / grow) * picture.width;
    for (let x = 0; x < width; x++) {
      luma[(top + y) * WIDTH + left + x] = picture.grey[from + Math.floor((x * shrink) / grow)] ?? 255;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, Buffer.from('FRAME\n'), luma, chroma]));
}

/**
 * The grey levels of a screenshot (PNG), decoded by the browser that took it: Node has no PNG
 * decoder of its own. `createImageBitmap` on a Blob fetches nothing, so the page's CSP allows it.
 */
export async function greyPicture(page: Page, png: Uint8Array): Promise<GreyPicture> {
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let grey = '';
    for (let i = 0; i < data.length; i += 4) {
      const [r = 255, g = 255, b = 255] = [data[i], data[i + 1], data[i + 2]];
      grey += String.fromCharCode(Math.round(0.299 * r + 0.587 * g + 0.114 * b));
    }
    return { width: bitmap.width, height: bitmap.height, grey: btoa(grey) };
  }, Buffer.from(png).toString('base64'));
  return { width: decoded.width, height: decoded.height, grey: Buffer.from(decoded.grey, 'base64') };
}

export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}
