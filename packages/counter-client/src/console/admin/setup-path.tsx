import { localizedName } from '@onestop/shared';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { consoleHallsQuery } from '../documents';
import { CalendarSection } from './calendar-section';
import { CreateHallForm } from './create-hall-form';
import { DevicesSection } from './devices-section';
import { HallSetupSection, StaffOfHall } from './hall-setup-section';
import { nextSetupStep, previousSetupStep, type SetupStep, setupStepOf, setupSteps } from './setup-steps';

/**
 * `/admin?setup=…`: a first install without the demo. With no hall at all, the administration
 * opens here: the district hall, then its hours, services, counters, staff and devices — each step
 * the very section its tab shows later — then the normal tabs.
 */
export function SetupPath() {
  const query = useQuery({ query: consoleHallsQuery });
  return (
    <QueryResult query={query}>
      {({ halls }) => (
        <SetupSteps halls={halls} reloadHalls={() => query[1]({ requestPolicy: 'network-only' })} />
      )}
    </QueryResult>
  );
}

function SetupSteps({ halls, reloadHalls }: { halls: readonly ConsoleHall[]; reloadHalls: () => void }) {
  const { locale, text } = useLocale();
  const [search, setSearch] = useSearchParams();
  const hall = halls.find((each) => each.id === search.get('hall')) ?? null;
  const step = hall ? setupStepOf(search.get('setup')) : 'hall';
  const go = (next: SetupStep, hallId = hall?.id) =>
    setSearch(new URLSearchParams({ setup: next, ...(hallId ? { hall: hallId } : {}) }));
  const previous = previousSetupStep(step);
  const next = nextSetupStep(step);

  return (
    <div className="setup-path">
      <header className="console-header">
        <h1>
          {text('console.setup.title')}
          {hall ? ` · ${localizedName(hall, locale)}` : ''}
        </h1>
      </header>
      {hall ? null : <p className="help">{text('console.setup.intro')}</p>}
      <ol className="setup-steps">
        {setupSteps.map((each, index) => (
          <li key={each} aria-current={each === step ? 'step' : undefined}>
            <button type="button" disabled={!hall} onClick={() => go(each)}>
              <span className="setup-step-number">{index + 1}</span>
              {text(`console.setup.step.${each}`)}
            </button>
          </li>
        ))}
      </ol>
      <section className="setup-body" aria-label={text(`console.setup.step.${step}`)}>
        <p className="setup-help">{text(`console.setup.help.${step}`)}</p>
        {step === 'hall' ? (
          hall ? (
            <p className="notice">{text('console.setup.hallMade', { name: localizedName(hall, locale) })}</p>
          ) : (
            <CreateHallForm
              title={text('console.setup.districtHall')}
              parents={[]}
              allowTop
              defaultParentId={null}
              defaultTimezone="Asia/Shanghai"
              onCreated={(created) => {
                reloadHalls();
                go('hours', created.id);
              }}
            />
          )
        ) : hall === null ? null : step === 'hours' ? (
          <CalendarSection hall={hall} />
        ) : step === 'services' || step === 'counters' ? (
          <HallSetupSection tab={step} hall={hall} />
        ) : step === 'staff' ? (
          <StaffOfHall hall={hall} />
        ) : step === 'devices' ? (
          <DevicesSection hall={hall} />
        ) : (
          <p className="notice">{text('console.setup.done', { name: localizedName(hall, locale) })}</p>
        )}
      </section>
      {hall ? (
        <nav className="setup-nav" aria-label={text('console.setup.title')}>
          {previous ? (
            <button type="button" className="button" onClick={() => go(previous)}>
              {text('console.setup.previous')}
            </button>
          ) : null}
          {next ? (
            <button type="button" className="button button-primary" onClick={() => go(next)}>
              {text('console.setup.next')}
            </button>
          ) : null}
          <button
            type="button"
            className={next ? 'button button-quiet' : 'button button-primary'}
            onClick={() => setSearch(new URLSearchParams({ tab: 'services', hall: hall.id }))}
          >
            {next ? text('console.setup.leave') : text('console.setup.finish')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
