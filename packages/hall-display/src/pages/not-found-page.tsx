import { Bilingual } from '../components/bilingual';

/** Any address this app does not know. */
export function NotFoundPage() {
  return (
    <main className="phone">
      <Bilingual as="h1" messageKey="common.pageNotFound" />
    </main>
  );
}
