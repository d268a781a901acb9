import { useEffect, useRef, useState } from 'react';
import { Multilingual } from '../components/multilingual';
import { checkInCodeFromScan } from './ticket-reminders';

/** Reads a QR code from one video frame; null when there is none in view. */
type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

/** The part of the Barcode Detection API the scanner uses (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/**
 * The browser's own QR decoder where it has one (Chrome on Android, Safari 17+): fast and native.
 * Elsewhere (Firefox, desktop Chromium on Linux) jsQR from npm, loaded only then, on frames drawn
 * to a canvas.
 */
async function createFrameDecoder(): Promise<FrameDecoder> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    // A smaller frame decodes faster and a wall QR fills enough of it.
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** Props of {@link QrScanner}. */
export interface QrScannerProps {
  /** Called once with the check-in code of the first wall QR read. */
  onCode: (checkInCode: string) => void;
  onClose: () => void;
}

/**
 * The phone's back camera, looking for the wall display's check-in QR code. A refused or missing
 * camera says so; the citizen then types the six digits instead.
 */
export function QrScanner({ onCode, onClose }: QrScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = async (): Promise<void> => {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      const decode = await createFrameDecoder();
      // A few frames a second: enough to catch a code held still, light on the phone's battery.
      const look = async (): Promise<void> => {
        if (stopped || !video.current) return;
        const text = await decode(video.current).catch(() => null);
        const code = text === null ? null : checkInCodeFromScan(text);
        if (code !== null) {
          onCode(code);
          return;
        }
        timer = setTimeout(() => void look(), 250);
      };
      await look();
    };
    start().catch(() => {
      if (!stopped) setRefused(true);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [onCode]);

  return (
    <div className="check-in-scanner">
      {refused ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <Multilingual messageKey="citizen.remote.cameraRefused" />
        </p>
      ) : (
        <>
          <video ref={video} className="check-in-video" muted playsInline />
          <p className="check-in-scan-hint">
            <Multilingual messageKey="citizen.remote.scanning" />
          </p>
        </>
      )}
      <button type="button" className="phone-button" onClick={onClose}>
        <Multilingual messageKey="citizen.remote.stopScan" />
      </button>
    </div>
  );
}
