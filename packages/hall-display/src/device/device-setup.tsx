import type { UiMessageKey } from '@onestop/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Multilingual } from '../components/multilingual';

/** Props of {@link DeviceSetup}. */
export interface DeviceSetupProps {
  /** The screen being set up, e.g. the wall display. */
  title: UiMessageKey;
  /** Why the setup screen is back (a refused token), or nothing on first start. */
  notice: ReactNode;
  onSave: (token: string) => void;
}

/** The one-time form where whoever installs a screen enters its device token. */
export function DeviceSetup({ title, notice, onSave }: DeviceSetupProps) {
  const [draft, setDraft] = useState('');
  const trimmed = draft.trim();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (trimmed) onSave(trimmed);
  }

  return (
    <main className="setup">
      <Multilingual as="p" className="setup-screen-name" messageKey={title} />
      <Multilingual as="h1" messageKey="device.setup.title" />
      {notice}
      <Multilingual as="p" messageKey="device.setup.intro" />
      <form className="setup-form" onSubmit={submit}>
        <label className="field">
          <Multilingual messageKey="device.setup.tokenLabel" />
          {/* A password field: the token is a secret and a public hall has onlookers. */}
          <input
            name="deviceToken"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={!trimmed}>
          <Multilingual messageKey="device.setup.submit" />
        </button>
      </form>
    </main>
  );
}
