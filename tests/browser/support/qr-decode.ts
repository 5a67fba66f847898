import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator } from 'playwright-core';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

// The reader's WebAssembly from node_modules, never from its default CDN.
const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
let prepared: Promise<unknown> | null = null;

/** The text a QR code in a picture (PNG bytes) holds, or null when no code can be read from it. */
export async function readQrPicture(png: Uint8Array): Promise<string | null> {
  prepared ??= readFile(wasmPath).then((wasmBinary) =>
    prepareZXingModule({
      overrides: { wasmBinary: new Uint8Array(wasmBinary).buffer },
      fireImmediately: true,
    }),
  );
  await prepared;
  const [found] = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'], maxNumberOfSymbols: 1 });
  return found?.text ?? null;
}

/** What a phone's camera would read from the QR code on screen: the text it holds, or null. */
export async function scanQrCode(code: Locator): Promise<string | null> {
  return readQrPicture(await code.screenshot());
}
