import { LocalizedName, Multilingual } from '../components/multilingual';
import type { RouteStep } from './ticket-view';

/** Props of {@link RouteProgress}. */
export interface RouteProgressProps {
  steps: readonly RouteStep[];
}

const stateLabel = {
  done: 'citizen.phone.routeDone',
  now: 'citizen.phone.routeNow',
  next: 'citizen.phone.routeNext',
  other: 'citizen.phone.routeOther',
} as const;

const stateMark = { done: '✓', now: '▶', next: '○', other: '–' } as const;

/** A one-stop visit, service by service: done, now, still to come. */
export function RouteProgress({ steps }: RouteProgressProps) {
  return (
    <section className="phone-card" aria-labelledby="route-title">
      <h2 id="route-title">
        <Multilingual messageKey="citizen.phone.route" />
      </h2>
      <ol className="route-steps">
        {steps.map((step) => (
          <li key={step.key} className={`route-step route-step-${step.state}`}>
            <span className="route-step-mark" aria-hidden="true">
              {stateMark[step.state]}
            </span>
            <LocalizedName className="route-step-name" names={step.service.names} />
            <Multilingual className="route-step-state" messageKey={stateLabel[step.state]} />
          </li>
        ))}
      </ol>
    </section>
  );
}
