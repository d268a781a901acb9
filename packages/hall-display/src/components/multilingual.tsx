import {
  defaultHallLanguages,
  isVerticalLanguage,
  type LocalizedText,
  nameIn,
  type PublicLanguage,
  translatePublic,
  type UiMessageKey,
  type UiMessageValues,
} from '@onestop/shared';
import { createContext, type ElementType, type ReactNode, useContext, useEffect } from 'react';
import { loadFontsFor } from './fonts';

/**
 * Every public text is shown in the languages of the screen's hall (docs/domain.md, "Languages of
 * the public screens"): the vertical ones (traditional Mongolian) first as columns on the left, in
 * the size of the first horizontal line; then the horizontal ones as lines, the first large, the
 * others smaller. A screen sets its languages once with {@link PublicLanguages}; the texts inside
 * read them from there.
 */
const PublicLanguagesContext = createContext<readonly PublicLanguage[]>(defaultHallLanguages);

/** Props of {@link PublicLanguages}. */
export interface PublicLanguagesProps {
  /** The languages shown, in order (shownLanguages in packages/shared). */
  languages: readonly PublicLanguage[];
  children: ReactNode;
}

/** Sets the languages of the texts below it and loads the fonts they need. */
export function PublicLanguages({ languages, children }: PublicLanguagesProps) {
  useEffect(() => loadFontsFor(languages), [languages]);
  return <PublicLanguagesContext.Provider value={languages}>{children}</PublicLanguagesContext.Provider>;
}

/** The languages the texts here are shown in. */
export function usePublicLanguages(): readonly PublicLanguage[] {
  return useContext(PublicLanguagesContext);
}

/** Props of {@link MultilingualText}. */
export interface MultilingualTextProps {
  /**
   * The text in one language, or null when there is none in it (a name nobody has translated):
   * that language's line is left out, and when every language is, the zh-CN text stands alone.
   */
  text: (lang: PublicLanguage) => string | null;
  as?: ElementType;
  className?: string;
}

/** One text in every language of the screen. */
export function MultilingualText({ text, as: Tag = 'span', className }: MultilingualTextProps) {
  const languages = usePublicLanguages();
  let shown = languages.flatMap((lang) => {
    const value = text(lang);
    return value === null || value === '' ? [] : [{ lang, text: value }];
  });
  if (shown.length === 0) shown = [{ lang: 'zh-CN', text: text('zh-CN') ?? '' }];
  const vertical = shown.filter((entry) => isVerticalLanguage(entry.lang));
  const lines = shown
    .filter((entry) => !isVerticalLanguage(entry.lang))
    .map((entry, index) => (
      <span
        key={entry.lang}
        lang={entry.lang}
        className={index === 0 ? 'multilingual-primary' : 'multilingual-secondary'}
      >
        {entry.text}
      </span>
    ));
  const classes = ['multilingual', vertical.length > 0 ? 'multilingual-with-vertical' : null, className];
  return (
    <Tag className={classes.filter(Boolean).join(' ')}>
      {vertical.length > 0 ? (
        <>
          {vertical.map((entry) => (
            <span key={entry.lang} lang={entry.lang} className="multilingual-vertical">
              {entry.text}
            </span>
          ))}
          <span className="multilingual-lines">{lines}</span>
        </>
      ) : (
        lines
      )}
    </Tag>
  );
}

/** Props of {@link Multilingual}. */
export interface MultilingualProps {
  messageKey: UiMessageKey;
  /** The placeholders' values, or a function giving them per language (a role's name, say). */
  values?: UiMessageValues | ((lang: PublicLanguage) => UiMessageValues);
  as?: ElementType;
  className?: string;
}

/** A catalogue message in every language of the screen. */
export function Multilingual({ messageKey, values, as, className }: MultilingualProps) {
  return (
    <MultilingualText
      text={(lang) => translatePublic(lang, messageKey, typeof values === 'function' ? values(lang) : values)}
      as={as}
      className={className}
    />
  );
}

/** Props of {@link LocalizedName}. */
export interface LocalizedNameProps {
  /** A hall's or service's names per language (`names` in the API). */
  names: readonly LocalizedText[];
  as?: ElementType;
  className?: string;
}

/**
 * A hall's or service's name in every language of the screen. A language without a name is left
 * out beside the others; alone, it shows the zh-CN name (never an empty cell).
 */
export function LocalizedName({ names, as, className }: LocalizedNameProps) {
  return (
    <MultilingualText
      text={(lang) => {
        const name = nameIn(names, lang);
        return name.fellBack && lang !== 'zh-CN' ? null : name.text;
      }}
      as={as}
      className={className}
    />
  );
}
