import { useLocale } from '../locale/locale';

/** One button that switches between Chinese and English; it is labelled in the other language. */
export function LanguageSwitch() {
  const { locale, setLocale, text } = useLocale();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button type="button" className="button button-quiet" lang={other} onClick={() => setLocale(other)}>
      {text('language.switch')}
    </button>
  );
}
