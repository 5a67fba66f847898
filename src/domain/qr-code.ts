import { encode } from 'uqr';

/**
 * A QR code as one SVG path over a square of `size` modules, quiet zone of four included (scanners
 * need it). The one drawing of a QR code: the app's component and the server's poster both use it.
 * Runs of dark modules in a row are one rectangle each, which keeps the path about half as long.
 */
export interface QrDrawing {
  size: number;
  path: string;
}

export function drawQrCode(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      const run = x - start;
      path += `M${start} ${y}h${run}v1h-${run}z`;
    }
  });
  return { size, path };
}
