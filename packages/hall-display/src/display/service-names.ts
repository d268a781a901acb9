import type { LocalizedText } from '@onestop/shared';

/** A service as a screen knows it: its id and its names per language. */
interface NamedService {
  id: string;
  names: readonly LocalizedText[];
}

/**
 * Each service's names by id, from the hall as the device loaded it and then the board (which
 * carries a renamed service's new names), so that a call — which carries only the Chinese name —
 * is shown in every language of the hall.
 */
export function serviceNamesById(
  hallServices: readonly NamedService[],
  boardServices: readonly NamedService[] = [],
): Map<string, readonly LocalizedText[]> {
  const names = new Map<string, readonly LocalizedText[]>();
  for (const service of [...hallServices, ...boardServices]) names.set(service.id, service.names);
  return names;
}

/** The names of a call's service; its Chinese name alone when the screen knows no others. */
export function callServiceNames(
  call: { serviceId: string; serviceName: string },
  names: ReadonlyMap<string, readonly LocalizedText[]>,
): readonly LocalizedText[] {
  return names.get(call.serviceId) ?? [{ lang: 'zh-CN', text: call.serviceName }];
}
