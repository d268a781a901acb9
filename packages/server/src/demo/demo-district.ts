import {
  defaultAppointmentSettings,
  defaultRemoteJoinSettings,
  type AppointmentSettings,
  type PublicLanguage,
  type RemoteJoinSettings,
  type WeeklyHours,
} from '@onestop/shared';

/**
 * The demo district: a district centre and one sub-district hall, each with the same set-up. The
 * centre is open around the clock (so the demo works at any hour); the sub-district hall keeps
 * office hours with a lunch break, the year's holidays and swapped working days. The centre's
 * public screens show Mongolian, Chinese and English, as Inner Mongolia's rules ask; the
 * sub-district hall's Chinese and English, as a hall that never turned Mongolian on.
 */

export interface DemoService {
  code: string;
  prefix: string;
  name: string;
  nameEn: string;
  /** Its name in traditional Mongolian, for the halls that show it (a first draft to review). */
  nameMongolian: string;
  targetWaitMinutes: number;
  /** Its appointment settings where it takes appointments (预约); otherwise never set (off). */
  appointmentSettings?: AppointmentSettings;
  /** Its remote-join settings where it takes remote tickets (远程取号); otherwise never set (off). */
  remoteJoinSettings?: RemoteJoinSettings;
}

/**
 * Business and real-estate registration take appointments, as Chinese halls offer 预约办理 for
 * them: half-hour slots of 3, a week ahead, booked at least an hour before.
 */
const demoAppointments: AppointmentSettings = {
  ...defaultAppointmentSettings,
  enabled: true,
  capacityPerSlot: 3,
};

/**
 * Tax services take remote tickets: their waits are the longest of the walk-in services, so a
 * citizen gains most by waiting at home. The defaults otherwise (20 places, asked to come at 5
 * ahead, held 10 minutes).
 */
const demoRemoteJoin: RemoteJoinSettings = { ...defaultRemoteJoinSettings, enabled: true };

export interface DemoHall {
  code: string;
  name: string;
  nameEn: string;
  /** Its public languages in order (docs/domain.md, "Languages of the public screens"). */
  languages: readonly PublicLanguage[];
  /** Its name in traditional Mongolian, where it shows Mongolian. */
  nameMongolian: string | null;
  parentCode: string | null;
  weeklyHours: WeeklyHours[];
  /** 停止取号: tickets stop this many minutes before each closing. */
  lastIssueMinutesBeforeClose: number;
  /** Whether the hall takes the holidays of holidays-cn.ts. */
  holidays: boolean;
}

const officeDay = [
  { opens: '09:00', closes: '12:00' },
  { opens: '13:30', closes: '17:30' },
];

export const demoHalls: readonly DemoHall[] = [
  {
    code: 'QS',
    name: '青山区政务服务中心',
    nameEn: 'Qingshan District Government Service Centre',
    languages: ['mn-Mong', 'zh-CN', 'en'],
    nameMongolian: 'ᠴᠢᠩᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ',
    parentCode: null,
    weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      periods: [{ opens: '00:00', closes: '24:00' }],
    })),
    lastIssueMinutesBeforeClose: 0,
    holidays: false,
  },
  {
    code: 'QS-HP',
    name: '青山区和平街道便民服务中心',
    nameEn: 'Heping Sub-district Service Centre, Qingshan',
    languages: ['zh-CN', 'en'],
    nameMongolian: null,
    parentCode: 'QS',
    weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: officeDay })),
    lastIssueMinutesBeforeClose: 30,
    holidays: true,
  },
];

export const demoTimezone = 'Asia/Shanghai';

export const demoServices: readonly DemoService[] = [
  {
    code: 'social-security',
    prefix: 'A',
    name: '社会保障',
    nameEn: 'Social Security',
    nameMongolian: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ',
    targetWaitMinutes: 20,
  },
  {
    code: 'medical-insurance',
    prefix: 'B',
    name: '医疗保障',
    nameEn: 'Medical Insurance',
    nameMongolian: 'ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ',
    targetWaitMinutes: 20,
  },
  {
    code: 'business',
    prefix: 'C',
    name: '企业开办',
    nameEn: 'Business Registration',
    nameMongolian: 'ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ',
    targetWaitMinutes: 30,
    appointmentSettings: demoAppointments,
  },
  {
    code: 'tax',
    prefix: 'D',
    name: '税务办理',
    nameEn: 'Tax Services',
    nameMongolian: 'ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ',
    targetWaitMinutes: 25,
    remoteJoinSettings: demoRemoteJoin,
  },
  {
    code: 'real-estate',
    prefix: 'E',
    name: '不动产登记',
    nameEn: 'Real Estate Registration',
    nameMongolian: 'ᠦᠯᠦ ᠬᠥᠳᠡᠯᠬᠦ ᠡᠳ ᠬᠥᠷᠥᠩᠭᠡ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠭᠡᠯ',
    targetWaitMinutes: 30,
    appointmentSettings: demoAppointments,
  },
  {
    code: 'household',
    prefix: 'F',
    name: '户籍办理',
    nameEn: 'Household Registration',
    nameMongolian: 'ᠥᠷᠬᠥ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠭᠡᠯ',
    targetWaitMinutes: 15,
  },
];

/** Counter label → service prefixes in rank order (the first is the counter's primary service). */
export const demoCounters: readonly { label: string; prefixes: readonly string[] }[] = [
  { label: '1', prefixes: ['A', 'B'] },
  { label: '2', prefixes: ['A', 'F'] },
  { label: '3', prefixes: ['B', 'A'] },
  { label: '4', prefixes: ['C', 'D'] },
  { label: '5', prefixes: ['D', 'C'] },
  { label: '6', prefixes: ['E', 'F'] },
  { label: '7', prefixes: ['F', 'E'] },
  // The comprehensive window (综合窗口) helps every queue, after its own.
  { label: '8', prefixes: ['A', 'B', 'C', 'D', 'E', 'F'] },
];

export const demoStaff = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'manager', displayName: '王经理', role: 'MANAGER' },
  { username: 'clerk1', displayName: '李明', role: 'CLERK' },
  { username: 'clerk2', displayName: '张华', role: 'CLERK' },
] as const;
