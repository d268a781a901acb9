import { type Locale, translate, type UiMessageKey, type UiMessageValues } from '@onestop/shared';

/** A catalogue lookup bound to the language the citizen chose. */
export type Text = (key: UiMessageKey, values?: UiMessageValues) => string;

export function textIn(locale: Locale): Text {
  return (key, values) => translate(locale, key, values);
}
