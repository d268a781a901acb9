import { Multilingual } from '../components/multilingual';

/** Any address this app does not know. */
export function NotFoundPage() {
  return (
    <main className="phone">
      <Multilingual as="h1" messageKey="common.pageNotFound" />
    </main>
  );
}
