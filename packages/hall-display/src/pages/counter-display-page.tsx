import { counterStatusLabel, translate } from '@onestop/shared';
import { useParams } from 'react-router-dom';
import { Bilingual, BilingualText } from '../components/bilingual';
import { PreviewNote } from '../components/hall-lists';
import { DeviceGate } from '../device/device-gate';

/** `/display/counter/:label`: the screen above one counter (窗口屏). */
export function CounterDisplayPage() {
  const { label = '' } = useParams();
  return (
    <DeviceGate expectedRole="DISPLAY" title="display.counter.title">
      {({ hall }) => {
        const counter = hall.counters.find((candidate) => candidate.label === label);
        return (
          <>
            <header className="screen-header">
              <BilingualText
                as="h1"
                chinese={translate('zh-CN', 'counter.label', { label })}
                english={translate('en', 'counter.label', { label })}
              />
              <BilingualText as="p" className="screen-subtitle" chinese={hall.name} english={hall.nameEn} />
            </header>
            {counter ? (
              <BilingualText
                as="p"
                className={`counter-status-large counter-${counter.status.toLowerCase()}`}
                chinese={counterStatusLabel(counter.status, 'zh-CN')}
                english={counterStatusLabel(counter.status, 'en')}
              />
            ) : (
              <Bilingual
                as="p"
                className="notice notice-error"
                messageKey="counter.notFound"
                values={{ label }}
              />
            )}
            <PreviewNote messageKey="preview.counter" />
          </>
        );
      }}
    </DeviceGate>
  );
}
