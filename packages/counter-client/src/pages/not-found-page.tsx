import { Link } from 'react-router-dom';
import { useLocale } from '../locale/locale';

/** Any address this app does not know. */
export function NotFoundPage() {
  const { text } = useLocale();
  return (
    <main className="login">
      <h1>{text('common.pageNotFound')}</h1>
      <p>
        <Link to="/counter">{text('nav.counter')}</Link>
      </p>
    </main>
  );
}
