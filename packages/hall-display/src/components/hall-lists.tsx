import { counterStatusLabel } from '@onestop/shared';
import type { DeviceHall } from '../device/device-gate';
import { Bilingual, BilingualText } from './bilingual';

/** Props of {@link ServiceList}. */
export interface ServiceListProps {
  services: DeviceHall['services'];
}

/** The hall's services with their ticket prefix; inactive ones marked as such, not hidden. */
export function ServiceList({ services }: ServiceListProps) {
  if (services.length === 0) return <Bilingual as="p" className="empty" messageKey="hall.noServices" />;
  return (
    <ul className="service-list">
      {services.map((service) => (
        <li key={service.id} className={service.active ? 'service' : 'service service-inactive'}>
          <span className="service-prefix">{service.prefix}</span>
          <BilingualText chinese={service.name} english={service.nameEn} />
          {service.active ? null : <Bilingual className="tag" messageKey="service.inactive" />}
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link CounterList}. */
export interface CounterListProps {
  counters: DeviceHall['counters'];
}

/** The hall's counters with their status. */
export function CounterList({ counters }: CounterListProps) {
  if (counters.length === 0) return <Bilingual as="p" className="empty" messageKey="hall.noCounters" />;
  return (
    <ul className="counter-list">
      {counters.map((counter) => (
        <li key={counter.id} className={`counter counter-${counter.status.toLowerCase()}`}>
          <span className="counter-label">{counter.label}</span>
          <BilingualText
            chinese={counterStatusLabel(counter.status, 'zh-CN')}
            english={counterStatusLabel(counter.status, 'en')}
          />
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link PreviewNote}. */
export interface PreviewNoteProps {
  messageKey: 'preview.wall' | 'preview.counter' | 'preview.kiosk' | 'preview.ticket';
}

/** Says plainly that this screen is an early version, so nobody mistakes it for the finished one. */
export function PreviewNote({ messageKey }: PreviewNoteProps) {
  return <Bilingual as="p" className="notice notice-preview" messageKey={messageKey} />;
}
