import type { UiMessageKey } from '../ui.js';

/**
 * The public screens' texts in traditional Mongolian (mn-Mong), for halls that show it. Only the
 * keys the public surfaces use are here (public-text.ts lists them; a test fails on one missing).
 * This is the one place a hall's own translator reviews and corrects them (README, "Languages").
 */
export const mongolianMessages: Readonly<Partial<Record<UiMessageKey, string>>> = {};
