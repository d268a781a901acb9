import { type Locale, localizedName, translate, type UiMessageKey } from '@onestop/shared';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { QueryResult } from '../components/query-result';
import type { ConsoleHallsQuery } from '../gql/graphql';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';
import { districtTree, flattenTree } from './admin/district-tree';
import { hallFromSearch, tabFromSearch, withParameter } from './console-tabs';
import { consoleHallsQuery } from './documents';
import './console.css';

/** A hall as the console works on it. */
export type ConsoleHall = ConsoleHallsQuery['halls'][number];

/** One section of a console page. */
export interface ConsoleTab<Tab extends string> {
  id: Tab;
  label: UiMessageKey;
}

/** Props of {@link ConsoleFrame}. */
export interface ConsoleFrameProps<Tab extends string> {
  title: UiMessageKey;
  tabs: readonly ConsoleTab<Tab>[];
  /** The chosen section of the chosen hall; `reloadHalls` fetches the halls again (after a change of one). */
  children: (tab: Tab, hall: ConsoleHall, reloadHalls: () => void) => ReactNode;
  /** What to show when the staff member sees no hall at all (the administration: its set-up path). */
  whenNoHalls?: () => ReactNode;
}

/**
 * A console page: its title, the hall it works on (a picker when the staff member sees more
 * than one), its sections as tabs, and the chosen section. Hall and tab live in the address.
 */
export function ConsoleFrame<Tab extends string>({
  title,
  tabs,
  children,
  whenNoHalls,
}: ConsoleFrameProps<Tab>) {
  const { text } = useLocale();
  const query = useQuery({ query: consoleHallsQuery });
  return (
    <section className="console">
      <QueryResult query={query}>
        {({ halls }) =>
          halls.length === 0 ? (
            (whenNoHalls?.() ?? <p className="notice">{text('hall.none')}</p>)
          ) : (
            <ConsoleFrameBody
              title={title}
              tabs={tabs}
              halls={halls}
              reloadHalls={() => query[1]({ requestPolicy: 'network-only' })}
            >
              {children}
            </ConsoleFrameBody>
          )
        }
      </QueryResult>
    </section>
  );
}

function ConsoleFrameBody<Tab extends string>({
  title,
  tabs,
  halls,
  reloadHalls,
  children,
}: ConsoleFrameProps<Tab> & { halls: readonly ConsoleHall[]; reloadHalls: () => void }) {
  const { locale, text } = useLocale();
  const { staff } = useSession();
  const [search, setSearch] = useSearchParams();
  const tab = tabFromSearch(
    search,
    tabs.map((each) => each.id),
  );
  const hall = hallFromSearch(
    search,
    halls,
    staff.halls.map((own) => own.id),
  );
  if (!hall) return null;
  return (
    <>
      <header className="console-header">
        <h1>
          {text(title)} · {localizedName(hall, locale)}
        </h1>
        {halls.length > 1 ? (
          <label className="console-hall-picker">
            <span>{text('console.hall')}</span>
            <select
              name="hall"
              value={hall.id}
              onChange={(event) => setSearch(withParameter(search, 'hall', event.target.value))}
            >
              {flattenTree(districtTree(halls)).map(({ hall: each, depth }) => (
                <option key={each.id} value={each.id}>
                  {hallChoiceLabel(each, depth, locale)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </header>
      <nav className="console-tabs" aria-label={text(title)}>
        {tabs.map((each) => (
          <button
            key={each.id}
            type="button"
            className="console-tab"
            aria-current={each.id === tab ? 'page' : undefined}
            onClick={() => setSearch(withParameter(search, 'tab', each.id))}
          >
            {text(each.label)}
          </button>
        ))}
      </nav>
      {/* Keyed by hall: a section's local state (filters, forms) never leaks into another hall. */}
      <div key={hall.id} className="console-body">
        {children(tab, hall, reloadHalls)}
      </div>
    </>
  );
}

/**
 * A hall in a list of choices: indented by its depth in the district (a select holds no markup,
 * so ideographic spaces indent it), and marked when inactive.
 */
export function hallChoiceLabel(
  hall: Pick<ConsoleHall, 'name' | 'nameEn' | 'active'>,
  depth: number,
  locale: Locale,
): string {
  const name = localizedName(hall, locale);
  const marked = hall.active ? name : translate(locale, 'console.district.inactiveName', { name });
  return '\u3000'.repeat(depth) + marked;
}
