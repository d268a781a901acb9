import { formatWaitRange, type Locale, localizedName, translate, type WaitRange } from '@onestop/shared';

/** A service as the kiosk offers it; the figures are null until the live board has come. */
export interface KioskService {
  id: string;
  name: string;
  nameEn?: string | null;
  prefix: string;
  waiting: number | null;
  estimate: WaitRange | null | undefined;
}

/** Props of {@link ServicePicker}. */
export interface ServicePickerProps {
  services: readonly KioskService[];
  locale: Locale;
  /** The services already on a one-stop route, marked as chosen. */
  chosen: readonly string[];
  disabled: boolean;
  onChoose: (serviceId: string) => void;
}

/** The hall's active services as large buttons, each with its queue and wait range. */
export function ServicePicker({ services, locale, chosen, disabled, onChoose }: ServicePickerProps) {
  if (services.length === 0) {
    return <p className="kiosk-empty">{translate(locale, 'citizen.kiosk.noServices')}</p>;
  }
  return (
    <ul className="kiosk-service-grid">
      {services.map((service) => {
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
