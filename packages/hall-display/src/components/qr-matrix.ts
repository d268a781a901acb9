import { create as createQrCode } from 'qrcode';

/** A QR code as drawing instructions: the side in modules and one SVG path of the dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * Draws `text` as a QR code, entirely in the browser (no external service sees the access
 * code): medium error correction, which survives a smudged thermal print. Each dark module is
 * one unit square of the path; runs along a row are merged so the path stays short.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = createQrCode(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column += 1;
      parts.push(`M${start} ${row}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size, path: parts.join('') };
}
