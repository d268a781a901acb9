import { type Locale, localizedName } from '@onestop/shared';
import type { Text } from './text';
import type { RouteStep } from './ticket-view';

/** Props of {@link RouteProgress}. */
export interface RouteProgressProps {
  steps: readonly RouteStep[];
  locale: Locale;
  text: Text;
}

const stateLabel = {
  done: 'citizen.phone.routeDone',
  now: 'citizen.phone.routeNow',
  next: 'citizen.phone.routeNext',
  other: 'citizen.phone.routeOther',
} as const;

const stateMark = { done: '✓', now: '▶', next: '○', other: '–' } as const;

/** A one-stop visit, service by service: done, now, still to come. */
export function RouteProgress({ steps, locale, text }: RouteProgressProps) {
  return (
    <section className="phone-card" aria-labelledby="route-title">
      <h2 id="route-title">{text('citizen.phone.route')}</h2>
      <ol className="route-steps">
        {steps.map((step) => (
          <li key={step.key} className={`route-step route-step-${step.state}`}>
            <span className="route-step-mark" aria-hidden="true">
              {stateMark[step.state]}
            </span>
            <span className="route-step-name">{localizedName(step.service, locale)}</span>
            <span className="route-step-state">{text(stateLabel[step.state])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
