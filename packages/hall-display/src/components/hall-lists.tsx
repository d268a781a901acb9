import { Bilingual } from './bilingual';

/** Props of {@link PreviewNote}. */
export interface PreviewNoteProps {
  messageKey: 'preview.kiosk' | 'preview.ticket';
}

/** Says plainly that this screen is an early version, so nobody mistakes it for the finished one. */
export function PreviewNote({ messageKey }: PreviewNoteProps) {
  return <Bilingual as="p" className="notice notice-preview" messageKey={messageKey} />;
}
