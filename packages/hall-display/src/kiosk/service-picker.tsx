import {
  formatOpeningTime,
  formatWaitRange,
  type Locale,
  localizedName,
  translate,
  type WaitRange,
} from '@onestop/shared';

/** A service as the kiosk offers it; the figures are null until the live board has come. */
export interface KioskService {
  id: string;
  name: string;
  nameEn?: string | null;
  prefix: string;
  waiting: number | null;
  estimate: WaitRange | null | undefined;
  /** Whether it issues tickets now; true while the kiosk does not know yet. */
  issuing: boolean;
  /** Not issuing: when it issues again (ISO 8601), null when not within a year. */
  opensAt: string | null;
}

/** Props of {@link ServicePicker}. */
export interface ServicePickerProps {
  services: readonly KioskService[];
  locale: Locale;
  /** The services already on a one-stop route, marked as chosen. */
  chosen: readonly string[];
  disabled: boolean;
  onChoose: (serviceId: string) => void;
  /** The server's time and the hall's zone, to say when a closed service opens. */
  now: number;
  timeZone: string;
}

/**
 * The words under a service that does not issue tickets now: `已停止取号 · 明天 09:00 开始取号` /
 * `Closed · opens tomorrow 09:00`, or just "closed" when it opens not within a year.
 */
export function closedServiceText(
  opensAt: string | null | undefined,
  now: number,
  locale: Locale,
  timeZone: string,
): string {
  return opensAt
    ? translate(locale, 'citizen.kiosk.serviceClosedUntil', {
        when: formatOpeningTime(opensAt, now, locale, timeZone),
      })
    : translate(locale, 'citizen.kiosk.serviceClosed');
}

/**
 * The hall's active services as large buttons, each with its queue and wait range. A service
 * that does not issue tickets now is no button at all, so that no press can fail: it says it is
 * closed and when it opens.
 */
export function ServicePicker({
  services,
  locale,
  chosen,
  disabled,
  onChoose,
  now,
  timeZone,
}: ServicePickerProps) {
  if (services.length === 0) {
    return <p className="kiosk-empty">{translate(locale, 'citizen.kiosk.noServices')}</p>;
  }
  return (
    <ul className="kiosk-service-grid">
      {services.map((service) => {
        if (!service.issuing) {
          return (
            <li key={service.id}>
              <div className="kiosk-service-button kiosk-service-closed" data-service-id={service.id}>
                <span className="kiosk-service-prefix" aria-hidden="true">
                  {service.prefix}
                </span>
                <span className="kiosk-service-text">
                  <span className="kiosk-service-name">{localizedName(service, locale)}</span>
                  <span className="kiosk-service-closed-note">
                    {closedServiceText(service.opensAt, now, locale, timeZone)}
                  </span>
                </span>
              </div>
            </li>
          );
        }
        const order = chosen.indexOf(service.id);
        return (
          <li key={service.id}>
            <button
              type="button"
              className="kiosk-service-button"
              disabled={disabled}
              aria-pressed={order === -1 ? undefined : true}
              data-service-id={service.id}
              onClick={() => onChoose(service.id)}
            >
              <span className="kiosk-service-prefix" aria-hidden="true">
                {order === -1 ? service.prefix : order + 1}
              </span>
              <span className="kiosk-service-text">
                <span className="kiosk-service-name">{localizedName(service, locale)}</span>
                {service.waiting === null ? null : (
                  <span className="kiosk-service-figures">
                    {translate(locale, 'citizen.kiosk.waiting', { count: service.waiting })}
                    {' · '}
                    {translate(locale, 'citizen.kiosk.wait', {
                      range: formatWaitRange(service.estimate, locale),
                    })}
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
