import {
  configurationFormat,
  configurationVersion,
  type HallConfiguration,
} from '../../src/modules/configuration/configuration-format.js';

/** One hall with nothing in it, as a configuration file names it: what import tests start from. */
export function emptyHallConfiguration(code: string, name = code): HallConfiguration {
  return {
    code,
    parentCode: null,
    name,
    nameEn: null,
    names: [{ lang: 'zh-CN', text: name }],
    languages: ['zh-CN', 'en'],
    timezone: 'Asia/Shanghai',
    targetWaitMinutes: 20,
    maxRecalls: 2,
    active: true,
    weeklyHours: [],
    calendarExceptions: [],
    services: [],
    counters: [],
  };
}

/** A whole configuration file of these halls and no staff, as JSON text. */
export function configurationFileOf(...halls: HallConfiguration[]): string {
  return JSON.stringify({ format: configurationFormat, version: configurationVersion, halls, staff: [] });
}
