import { Multilingual } from '../components/multilingual';

/** Props of {@link SoundOverlay}. */
export interface SoundOverlayProps {
  onEnable: () => void;
}

/**
 * Shown where the browser will not play sound before a first click: one click anywhere turns
 * the announcements on. The board stays visible behind it.
 */
export function SoundOverlay({ onEnable }: SoundOverlayProps) {
  return (
    <button type="button" className="sound-overlay" onClick={onEnable}>
      <span className="sound-overlay-card">
        <Multilingual className="sound-overlay-action" messageKey="display.enableSound" />
        <Multilingual className="sound-overlay-hint" messageKey="display.enableSoundHint" />
      </span>
    </button>
  );
}
