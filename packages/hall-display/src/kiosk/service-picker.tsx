import {
  formatOpeningTimeIn,
  formatWaitRangeIn,
  type LocalizedText,
  type PublicLanguage,
  translatePublic,
  type WaitRange,
} from '@onestop/shared';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';

/** A service as the kiosk offers it; the figures are null until the live board has come. */
export interface KioskService {
  id: string;
  /** Its names per language (`names` in the API). */
  names: readonly LocalizedText[];
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
  /** The services already on a one-stop route, marked as chosen. */
  chosen: readonly string[];
  disabled: boolean;
  onChoose: (serviceId: string) => void;
  /** The server's time and the hall's zone, to say when a closed service opens. */
  now: number;
  timeZone: string;
}

/**
 * The words under a service that does not issue tickets now, in one language: `已停止取号 · 明天
 * 09:00 开始取号` / `Closed · opens tomorrow 09:00`, or just "closed" when it opens not within a year.
 */
export function closedServiceText(
  opensAt: string | null | undefined,
  now: number,
  lang: PublicLanguage,
  timeZone: string,
): string {
  return opensAt
    ? translatePublic(lang, 'citizen.kiosk.serviceClosedUntil', {
        when: formatOpeningTimeIn(lang, opensAt, now, timeZone),
      })
    : translatePublic(lang, 'citizen.kiosk.serviceClosed');
}

/** A service's queue in one language: `4 人等候 · 预计等待 约 6–14 分钟`. */
function figuresText(lang: PublicLanguage, waiting: number, estimate: WaitRange | null | undefined): string {
  const count = translatePublic(lang, 'citizen.kiosk.waiting', { count: waiting });
  const wait = translatePublic(lang, 'citizen.kiosk.wait', { range: formatWaitRangeIn(lang, estimate) });
  return `${count} · ${wait}`;
}

/**
 * The hall's active services as large buttons, each with its queue and wait range, in the
 * screen's languages. A service that does not issue tickets now is no button at all, so that no
 * press can fail: it says it is closed and when it opens.
 */
export function ServicePicker({ services, chosen, disabled, onChoose, now, timeZone }: ServicePickerProps) {
  if (services.length === 0) {
    return <Multilingual as="p" className="kiosk-empty" messageKey="citizen.kiosk.noServices" />;
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
                  <LocalizedName className="kiosk-service-name" names={service.names} />
                  <MultilingualText
                    className="kiosk-service-closed-note"
                    text={(lang) => closedServiceText(service.opensAt, now, lang, timeZone)}
                  />
                </span>
              </div>
            </li>
          );
        }
        const order = chosen.indexOf(service.id);
        const { waiting } = service;
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
              {/* Seen on the button, so part of its name (WCAG 2.5.3): "A 社会保障 …", "1 社会保障 …" on a route. */}
              <span className="kiosk-service-prefix">{order === -1 ? service.prefix : order + 1}</span>
              <span className="kiosk-service-text">
                <LocalizedName className="kiosk-service-name" names={service.names} />
                {waiting === null ? null : (
                  <MultilingualText
                    className="kiosk-service-figures"
                    text={(lang) => figuresText(lang, waiting, service.estimate)}
                  />
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
