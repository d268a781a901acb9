import { Bilingual, BilingualText } from '../components/bilingual';
import { PreviewNote } from '../components/hall-lists';
import { DeviceGate } from '../device/device-gate';

/** `/kiosk`: the touch screen where citizens take a ticket (自助取号). */
export function KioskPage() {
  return (
    <DeviceGate expectedRole="KIOSK" title="kiosk.title">
      {({ hall }) => {
        const activeServices = hall.services.filter((service) => service.active);
        return (
          <>
            <header className="screen-header">
              <BilingualText as="h1" chinese={hall.name} english={hall.nameEn} />
              <Bilingual as="p" className="screen-subtitle" messageKey="kiosk.title" />
            </header>
            <PreviewNote messageKey="preview.kiosk" />
            <Bilingual as="h2" messageKey="kiosk.chooseService" />
            {activeServices.length === 0 ? (
              <Bilingual as="p" className="empty" messageKey="hall.noServices" />
            ) : (
              <ul className="kiosk-services">
                {activeServices.map((service) => (
                  <li key={service.id}>
                    {/* Disabled until issuing tickets is built; the layout is the real one. */}
                    <button type="button" className="kiosk-service" disabled>
                      <span className="service-prefix">{service.prefix}</span>
                      <BilingualText chinese={service.name} english={service.nameEn} />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </DeviceGate>
  );
}
