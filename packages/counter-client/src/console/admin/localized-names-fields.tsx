import { fallbackLanguage, isPublicLanguage, type LocalizedText, missingLanguages } from '@onestop/shared';
import { useState } from 'react';
import { useLocale } from '../../locale/locale';
import { FieldError, TextField } from './form-kit';
import type { FormProblem } from './field-errors';
import { addableLanguages, moveLanguage, nameField, type NamesForm } from './localized-names';

/** A language's name in the staff's language (`蒙古文`), or its tag when the catalogue has none. */
export function useLanguageName(): (lang: string) => string {
  const { text } = useLocale();
  return (lang) => (isPublicLanguage(lang) ? text(`console.language.${lang}`) : lang);
}

/** The hall's public languages in order: move up or down, remove (never the last), add one. */
export function LanguagesEditor({
  formId,
  languages,
  onChange,
  problem,
}: {
  formId: string;
  languages: readonly string[];
  onChange: (languages: string[]) => void;
  problem: FormProblem | null;
}) {
  const { text } = useLocale();
  const languageName = useLanguageName();
  const addable = addableLanguages(languages);
  const [chosen, setChosen] = useState('');
  // The choice offered stays one that can still be added.
  const toAdd = addable.includes(chosen) ? chosen : (addable[0] ?? '');
  const errorId = `${formId}-languages-error`;
  const invalid = problem?.field === 'languages';
  const action = (label: string, lang: string) =>
    text('console.languages.actionOf', { action: label, language: languageName(lang) });
  return (
    <fieldset
      className="form-field language-list"
      data-field="languages"
      aria-invalid={invalid}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend>{text('console.languages.title')}</legend>
      <p className="help">{text('console.languages.help')}</p>
      <ol>
        {languages.map((lang, index) => (
          <li key={lang} data-lang={lang}>
            <span className="language-name">
              {languageName(lang)}
              {/* Its own name too (ᠮᠣᠩᠭᠣᠯ), where that differs from the staff language's word for it. */}
              {isPublicLanguage(lang) && text(`console.languageNative.${lang}`) !== languageName(lang) ? (
                <>
                  {' '}
                  <span lang={lang}>{text(`console.languageNative.${lang}`)}</span>
                </>
              ) : null}{' '}
              <code>{lang}</code>
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={index === 0}
              aria-label={action(text('console.languages.moveUp'), lang)}
              onClick={() => onChange(moveLanguage(languages, index, -1))}
            >
              {text('console.languages.moveUp')}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={index === languages.length - 1}
              aria-label={action(text('console.languages.moveDown'), lang)}
              onClick={() => onChange(moveLanguage(languages, index, 1))}
            >
              {text('console.languages.moveDown')}
            </button>
            <button
              type="button"
              className="button button-small"
              // A hall shows at least one language.
              disabled={languages.length === 1}
              aria-label={action(text('console.languages.remove'), lang)}
              onClick={() => onChange(languages.filter((each) => each !== lang))}
            >
              {text('console.languages.remove')}
            </button>
          </li>
        ))}
      </ol>
      {addable.length > 0 ? (
        <div className="language-add">
          <label className="form-field">
            <span>{text('console.languages.choose')}</span>
            <select name="languageToAdd" value={toAdd} onChange={(event) => setChosen(event.target.value)}>
              {addable.map((lang) => (
                <option key={lang} value={lang}>
                  {languageName(lang)} ({lang})
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => onChange([...languages, toAdd])}>
            {text('console.languages.add')}
          </button>
        </div>
      ) : null}
      {invalid ? <FieldError id={errorId} message={problem.message} /> : null}
    </fieldset>
  );
}

/**
 * A name field per language: the hall's public languages first, then the staff languages it
 * does not show. An empty field of a public language other than Chinese is tagged missing (the
 * public screens show the Chinese name there).
 */
export function NameFields({
  formId,
  hallLanguages,
  languages,
  names,
  onChange,
  problem,
}: {
  formId: string;
  /** The hall's public languages: a missing name among them is tagged. */
  hallLanguages: readonly string[];
  /** The languages with a field, in order (see `nameLanguages`). */
  languages: readonly string[];
  names: NamesForm;
  onChange: (names: NamesForm) => void;
  problem: FormProblem | null;
}) {
  const { text } = useLocale();
  const languageName = useLanguageName();
  return (
    <fieldset className="form-field name-fields">
      <legend>{text('console.names.title')}</legend>
      <p className="help">{text('console.names.fallbackHelp')}</p>
      {languages.map((lang) => {
        const typed = names[lang] ?? '';
        const isPublic = hallLanguages.includes(lang);
        return (
          <div key={lang} className="name-field" data-lang={lang}>
            <TextField
              formId={formId}
              name={nameField(lang)}
              label={text('console.names.nameIn', { language: languageName(lang) })}
              value={typed}
              onChange={(value) => onChange({ ...names, [lang]: value })}
              problem={problem}
              lang={lang}
            />
            {/* The Chinese name is no missing one but a required one: the server refuses it empty. */}
            {isPublic && lang !== fallbackLanguage && typed.trim() === '' ? (
              <MissingNameTag lang={lang} />
            ) : null}
            {isPublic ? null : <span className="help">{text('console.names.notPublic')}</span>}
          </div>
        );
      })}
    </fieldset>
  );
}

/** "缺少蒙古文名称": a name missing in one of the hall's languages. */
export function MissingNameTag({ lang }: { lang: string }) {
  const { text } = useLocale();
  const languageName = useLanguageName();
  return (
    <span className="tag tag-warning missing-name" data-missing={lang}>
      {text('console.names.missing', { language: languageName(lang) })}
    </span>
  );
}

/** The tags of every language of the hall that `names` lacks. */
export function MissingNameTags({
  names,
  hallLanguages,
}: {
  names: readonly LocalizedText[];
  hallLanguages: readonly string[];
}) {
  const missing = missingLanguages(names, hallLanguages);
  return missing.length === 0 ? null : (
    <span className="missing-names">
      {missing.map((lang) => (
        <MissingNameTag key={lang} lang={lang} />
      ))}
    </span>
  );
}
