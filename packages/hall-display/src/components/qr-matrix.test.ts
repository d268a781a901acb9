import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr-matrix';

/** The dark cells a path of `M{x} {y}h{w}v1h-{w}z` runs covers. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let offset = 0; offset < Number(match[3]); offset += 1) {
      cells.add(`${match[2]}:${Number(match[1]) + offset}`);
    }
  }
  return cells;
}

describe('qrDrawing', () => {
  it('draws exactly the dark modules of the QR code of the text', () => {
    const text = 'http://hall.test/t/oDDt-wjXxC7XillQqyEBiHza';
    const drawing = qrDrawing(text);
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        if (modules.get(row, column)) expected.add(`${row}:${column}`);
      }
    }
    expect(drawing.size).toBe(modules.size);
    expect(cellsOf(drawing.path)).toEqual(expected);
    // The three finder patterns: a full dark row of seven at the top left and top right.
    expect(drawing.path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('differs for different addresses', () => {
    expect(qrDrawing('http://hall.test/t/one').path).not.toBe(qrDrawing('http://hall.test/t/two').path);
  });
});
