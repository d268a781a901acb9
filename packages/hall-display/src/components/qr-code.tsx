import { useMemo } from 'react';
import { qrDrawing } from './qr-matrix';

/** Props of {@link QrCode}. */
export interface QrCodeProps {
  /** What the code encodes (the phone page's address). */
  text: string;
  /** What a screen reader says instead of the picture. */
  label: string;
  className?: string;
}

/** A QR code drawn locally as SVG, black on white with the quiet zone the standard asks for. */
export function QrCode({ text, label, className }: QrCodeProps) {
  const drawing = useMemo(() => qrDrawing(text), [text]);
  const quietZone = 4;
  const side = drawing.size + quietZone * 2;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      data-qr-text={text}
      viewBox={`${-quietZone} ${-quietZone} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quietZone} y={-quietZone} width={side} height={side} fill="#ffffff" />
      <path d={drawing.path} fill="#000000" />
    </svg>
  );
}
