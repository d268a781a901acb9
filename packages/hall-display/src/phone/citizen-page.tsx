import {
  choosableLanguages,
  isVerticalLanguage,
  type Locale,
  type LocalizedText,
  locales,
  type PublicLanguage,
  shownLanguages,
  translate,
  type UiMessageKey,
} from '@onestop/shared';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useDocumentLanguage } from '../components/document-language';
import { LocalizedName, Multilingual, PublicLanguages } from '../components/multilingual';
import { readCitizenLocale, readLargeText, saveCitizenLocale, saveLargeText } from './preferences';
import './phone.css';

const CitizenLocaleContext = createContext<Locale>('zh-CN');

/** The horizontal language the citizen reads this page in (for labels read aloud, placeholders). */
export function useCitizenLocale(): Locale {
  return useContext(CitizenLocaleContext);
}

/** Props of {@link CitizenPage}. */
export interface CitizenPageProps {
  /** The page's heading and the tab's title. */
  titleKey: UiMessageKey;
  /** Put before the title in the tab (the ticket's number), so the page is found again. */
  tabPrefix?: string | null;
  /** The hall the page is about, once known: its names under the heading, its public languages. */
  hall: { names: readonly LocalizedText[]; languages: readonly string[] } | null;
  /** A notice between the header and the content (reconnecting …). */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * A citizen's page on their phone (the ticket page, the booking pages), in the languages of its
 * hall (docs/domain.md, "Languages of the public screens"): the citizen picks one of its
 * horizontal languages (zh-CN, en), and a hall that shows traditional Mongolian shows it beside
 * that one, first, whatever the choice. Until the hall is known the page speaks the chosen
 * language alone. The choice and large text are remembered on the phone.
 */
export function CitizenPage({ titleKey, tabPrefix, hall, notice, children }: CitizenPageProps) {
  const [chosenLocale, setChosenLocale] = useState<Locale>(readCitizenLocale);
  const [largeText, setLargeText] = useState(readLargeText);

  const hallLanguages = hall?.languages;
  const choosable: readonly Locale[] = hallLanguages ? choosableLanguages(hallLanguages) : locales;
  // A choice this hall does not offer (English, saved in an English hall before) reads as its first.
  const locale = choosable.includes(chosenLocale) ? chosenLocale : (choosable[0] ?? chosenLocale);
  const languages: readonly PublicLanguage[] = hallLanguages
    ? shownLanguages(hallLanguages, locale)
    : [locale];

  // A page with vertical columns is laid out for them (phone.css); without, exactly as it always was.
  const pageClasses = [
    'phone-page',
    largeText ? 'phone-large' : null,
    languages.some(isVerticalLanguage) ? 'phone-with-vertical' : null,
  ].filter(Boolean);

  // The page is read in the chosen language (WCAG 3.1.1); the Mongolian beside it has its own lang.
  useDocumentLanguage(locale);
  useEffect(() => {
    const title = translate(locale, titleKey);
    document.title = tabPrefix ? `${tabPrefix} · ${title}` : title;
  }, [locale, titleKey, tabPrefix]);

  const chooseLocale = (next: Locale): void => {
    setChosenLocale(next);
    saveCitizenLocale(next);
  };
  const toggleLargeText = (): void => {
    setLargeText((current) => {
      saveLargeText(!current);
      return !current;
    });
  };

  return (
    <CitizenLocaleContext.Provider value={locale}>
      <PublicLanguages languages={languages}>
        <div className={pageClasses.join(' ')} lang={locale}>
          <header className="phone-header">
            <div className="phone-header-titles">
              <h1>
                <Multilingual messageKey={titleKey} />
              </h1>
              {hall ? (
                <p className="phone-hall">
                  <LocalizedName names={hall.names} />
                </p>
              ) : null}
            </div>
            <div className="phone-header-controls">
              {choosable.length > 1 ? (
                <div
                  className="phone-languages"
                  role="group"
                  aria-label={translate(locale, 'citizen.language.choose')}
                >
                  {/* Each language named in itself: the one a citizen can read is the one to tap. */}
                  {choosable.map((option) => (
                    <button
                      key={option}
                      type="button"
                      lang={option}
                      className="phone-toggle"
                      aria-pressed={locale === option}
                      onClick={() => chooseLocale(option)}
                    >
                      {translate(option, option === 'zh-CN' ? 'citizen.language.zh' : 'citizen.language.en')}
                    </button>
                  ))}
                </div>
              ) : null}
              <button
                type="button"
                className="phone-toggle"
                aria-pressed={largeText}
                onClick={toggleLargeText}
              >
                <Multilingual messageKey="citizen.phone.largeText" />
              </button>
            </div>
          </header>
          {notice}
          <main className="phone-main">{children}</main>
        </div>
      </PublicLanguages>
    </CitizenLocaleContext.Provider>
  );
}
