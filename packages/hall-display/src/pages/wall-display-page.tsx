import { Bilingual, BilingualText } from '../components/bilingual';
import { CounterList, PreviewNote, ServiceList } from '../components/hall-lists';
import { DeviceGate } from '../device/device-gate';

/** `/display`: the hall's wall screen (综合屏). */
export function WallDisplayPage() {
  return (
    <DeviceGate expectedRole="DISPLAY" title="display.wall.title">
      {({ hall }) => (
        <>
          <header className="screen-header">
            <BilingualText as="h1" chinese={hall.name} english={hall.nameEn} />
            <Bilingual as="p" className="screen-subtitle" messageKey="display.wall.title" />
          </header>
          <PreviewNote messageKey="preview.wall" />
          <div className="columns">
            <section>
              <Bilingual as="h2" messageKey="hall.services" />
              <ServiceList services={hall.services} />
            </section>
            <section>
              <Bilingual as="h2" messageKey="hall.counters" />
              <CounterList counters={hall.counters} />
            </section>
          </div>
        </>
      )}
    </DeviceGate>
  );
}
