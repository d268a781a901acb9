import { isVerticalLanguage } from '@onestop/shared';
import { usePublicLanguages } from '../components/multilingual';

/**
 * True when the screen shows a vertical language (traditional Mongolian): its texts are columns as
 * tall as their longest word, so the wall and counter screens switch to a layout with taller slots
 * (display.css, "With a vertical language").
 */
export function useVerticalLanguageShown(): boolean {
  return usePublicLanguages().some(isVerticalLanguage);
}
