import type { CounterStatus, Role, TicketStatus } from '../enums.js';
import { adminMessages } from './catalogues/admin.js';
import { citizenMessages } from './catalogues/citizen.js';
import { counterMessages } from './catalogues/counter.js';
import { managerMessages } from './catalogues/manager.js';
import { remoteJoinHallMessages } from './catalogues/remote-join-hall.js';
import { remoteJoinCitizenMessages } from './catalogues/remote-join-citizen.js';
import type { Locale } from './locale.js';

// The Chinese catalogue is the reference: its keys define UiMessageKey, so a key missing in
// English is a type error rather than a blank on a wall screen. Each app area keeps its own
// strings in ./catalogues and is merged here.
const baseZhCN = {
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.yes': '是',
  'common.no': '否',
  'common.pageNotFound': '页面不存在',

  'device.setup.title': '设备设置',
  'device.setup.intro': '请输入本设备的令牌。令牌由管理员在系统管理中生成，只需输入一次。',
  'device.setup.tokenLabel': '设备令牌',
  'device.setup.submit': '保存并连接',
  'device.setup.rejected': '令牌无效、已过期或已被吊销，请重新输入。',
  'device.setup.wrongRole': '此令牌属于{role}设备，不能用于本页面。',
  'device.changeToken': '更换令牌',
  'device.hallNotFound': '未找到本设备所属的大厅。',
  'device.hallInactive': '本大厅暂停服务',
  'device.hallInactiveHint': '本设备所属的大厅已停用；大厅恢复服务后，本屏幕会自动恢复。',
  'device.name': '设备：{name}',

  'display.wall.title': '综合屏',
  'display.counter.title': '窗口屏',
  'display.nowCalling': '正在呼叫',
  'display.recentCalls': '最近呼叫',
  'display.waiting': '等候人数',
  'display.waitingUnit': '人等候',
  'display.noCall': '等候呼叫',
  'display.recall': '再次呼叫',
  'display.reconnecting': '正在重新连接…',
  'display.enableSound': '启用声音',
  'display.enableSoundHint': '浏览器需要点击一次才能播放叫号语音。',
  'display.servicePage': '第 {page}/{pages} 页',
  'display.counter.current': '当前号码',
  'display.counter.idle': '等候叫号',
  'display.counter.paused': '暂停服务',
  'display.counter.closed': '窗口关闭',
  'display.hallClosed': '非办公时间',
  'display.opensAt': '{when} 开始办公',
  'display.stillCalling': '已取号的市民将继续叫号',
  // A call, as the hall announces it: written (captions) and spoken (the speech engine gets the
  // number read out character by character).
  'display.call.caption': '请 {ticket} 号 到 {counter} 号窗口办理',
  'display.call.spoken': '请 {ticket} 号，到 {counter} 号窗口办理',
  'kiosk.title': '自助取号',

  'hall.noCounters': '暂无窗口',
  'hall.none': '您的账号尚未分配大厅。',
  'counter.label': '{label} 号窗口',
  'counter.notFound': '本大厅没有标为 {label} 的窗口。',

  'ticket.position': '前面还有 {count} 人',

  'app.staffTitle': '一站通 · 工作台',
  'login.title': '工作人员登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.failed': '用户名或密码错误。',
  'session.logout': '退出登录',
  'session.expired': '登录已失效，请重新登录。',
  'language.switch': 'English',
  'nav.counter': '窗口',
  'nav.manager': '管理',
  'nav.admin': '系统管理',
  'guard.notAllowed': '您的角色（{role}）无权访问此页面。',

  'adminPage.noDevices': '暂无设备',

  'column.label': '窗口',
  'column.status': '状态',
  'column.code': '编码',
  'column.name': '名称',
  'column.nameEn': '英文名称',
  'column.timezone': '时区',
  'column.username': '用户名',
  'column.displayName': '姓名',
  'column.role': '角色',
  'column.active': '启用',
  'column.online': '在线',
  'column.lastSeen': '最近心跳',
  'column.revoked': '已吊销',

  'role.ADMIN': '系统管理员',
  'role.MANAGER': '大厅经理',
  'role.CLERK': '窗口人员',
  'role.KIOSK': '取号机',
  'role.DISPLAY': '显示屏',

  'counterStatus.CLOSED': '关闭',
  'counterStatus.OPEN': '开放',
  'counterStatus.PAUSED': '暂停',

  'ticketStatus.WAITING': '等待中',
  'ticketStatus.CALLED': '已叫号',
  'ticketStatus.SERVING': '办理中',
  'ticketStatus.PARKED': '暂挂',
  'ticketStatus.DONE': '已办结',
  'ticketStatus.NO_SHOW': '过号',
  'ticketStatus.CANCELLED': '已取消',
  'ticketStatus.TRANSFERRED': '已转办',
  'ticketStatus.EXPIRED': '已过期',

  // waitStats columns: the CSV header row and the manager's tables.
  'stats.groupBy.HALL': '大厅',
  'stats.groupBy.SERVICE': '业务',
  'stats.groupBy.COUNTER': '窗口',
  'stats.groupBy.STAFF': '工作人员',
  'stats.groupBy.DAY': '日期',
  'stats.groupBy.HOUR_OF_DAY': '时段',
  'stats.groupBy.CHANNEL': '取号方式',
  'stats.channelName.KIOSK': '现场取号',
  'stats.channelName.APPOINTMENT': '预约',
  'stats.channelName.ONLINE': '远程取号',
  'stats.channelName.STAFF': '工作人员代取',
  'stats.key': '标识',
  'stats.unassigned': '未叫号（无窗口、无人员）',
  'stats.issued': '取号数',
  'stats.served': '办结数',
  'stats.noShows': '过号数',
  'stats.cancelled': '取消数',
  'stats.expired': '过期数',
  'stats.avgWaitSeconds': '平均等待（秒）',
  'stats.p50WaitSeconds': '等待中位数（秒）',
  'stats.p90WaitSeconds': '等待 P90（秒）',
  'stats.maxWaitSeconds': '最长等待（秒）',
  'stats.avgServiceSeconds': '平均办理时长（秒）',
  'stats.p50ServiceSeconds': '办理时长中位数（秒）',
  'stats.p90ServiceSeconds': '办理时长 P90（秒）',
  'stats.slaRate': '等待达标率',
  'stats.noShowRate': '过号率',
  'stats.abandonRate': '放弃率',
  'stats.estimateMaeSeconds': '预估等待平均绝对误差（秒）',
  'stats.estimateUnderRate': '等待超过预估 P90 的比例',
  'stats.waitedOver': '等待超过 {minutes} 分钟',
  'stats.ratings': '评价数',
  'stats.satisfactionRate': '满意率',
  'stats.utilisation': '利用率',
  'stats.appointmentsBooked': '预约数',
  'stats.appointmentsMissed': '预约未到数',
} satisfies Record<string, string>;

const zhCN = {
  ...baseZhCN,
  ...citizenMessages['zh-CN'],
  ...remoteJoinHallMessages['zh-CN'],
  ...remoteJoinCitizenMessages['zh-CN'],
  ...counterMessages['zh-CN'],
  ...managerMessages['zh-CN'],
  ...adminMessages['zh-CN'],
};

/** Every key of the UI catalogues. */
export type UiMessageKey = keyof typeof zhCN;

const baseEn: Record<keyof typeof baseZhCN, string> = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.pageNotFound': 'Page not found',

  'device.setup.title': 'Device setup',
  'device.setup.intro':
    "Enter this device's token. An administrator creates it in the admin console; you enter it only once.",
  'device.setup.tokenLabel': 'Device token',
  'device.setup.submit': 'Save and connect',
  'device.setup.rejected': 'The token is invalid, expired or revoked; please enter a new one.',
  'device.setup.wrongRole': 'This token belongs to a {role} device and cannot be used on this page.',
  'device.changeToken': 'Change token',
  'device.hallNotFound': "This device's hall was not found.",
  'device.hallInactive': 'This hall is not in service',
  'device.hallInactiveHint':
    "This device's hall has been taken out of service; the screen comes back by itself when it is in service again.",
  'device.name': 'Device: {name}',

  'display.wall.title': 'Wall display',
  'display.counter.title': 'Counter display',
  'display.nowCalling': 'Now calling',
  'display.recentCalls': 'Recent calls',
  'display.waiting': 'Waiting',
  'display.waitingUnit': 'waiting',
  'display.noCall': 'Waiting for calls',
  'display.recall': 'Called again',
  'display.reconnecting': 'Reconnecting…',
  'display.enableSound': 'Enable sound',
  'display.enableSoundHint': 'The browser needs one click before it plays the call announcements.',
  'display.servicePage': 'Page {page}/{pages}',
  'display.counter.current': 'Now serving',
  'display.counter.idle': 'Waiting for the next call',
  'display.counter.paused': 'Paused',
  'display.counter.closed': 'Closed',
  'display.hallClosed': 'Closed',
  'display.opensAt': 'Opens {when}',
  'display.stillCalling': 'Tickets already taken will still be called',
  'display.call.caption': 'Ticket {ticket}, please go to counter {counter}',
  'display.call.spoken': 'Ticket {ticket}, please go to counter {counter}.',
  'kiosk.title': 'Ticket kiosk',

  'hall.noCounters': 'No counters yet',
  'hall.none': 'Your account has no hall yet.',
  'counter.label': 'Counter {label}',
  'counter.notFound': 'This hall has no counter labelled {label}.',

  'ticket.position': '{count} ahead of you',

  'app.staffTitle': 'OneStop · Staff',
  'login.title': 'Staff login',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.failed': 'Wrong username or password.',
  'session.logout': 'Log out',
  'session.expired': 'Your session has ended; please log in again.',
  'language.switch': '中文',
  'nav.counter': 'Counter',
  'nav.manager': 'Manager',
  'nav.admin': 'Admin',
  'guard.notAllowed': 'Your role ({role}) is not allowed to open this page.',

  'adminPage.noDevices': 'No devices yet',

  'column.label': 'Counter',
  'column.status': 'Status',
  'column.code': 'Code',
  'column.name': 'Name',
  'column.nameEn': 'English name',
  'column.timezone': 'Time zone',
  'column.username': 'Username',
  'column.displayName': 'Name',
  'column.role': 'Role',
  'column.active': 'Active',
  'column.online': 'Online',
  'column.lastSeen': 'Last heartbeat',
  'column.revoked': 'Revoked',

  'role.ADMIN': 'Administrator',
  'role.MANAGER': 'Hall manager',
  'role.CLERK': 'Clerk',
  'role.KIOSK': 'kiosk',
  'role.DISPLAY': 'display',

  'counterStatus.CLOSED': 'Closed',
  'counterStatus.OPEN': 'Open',
  'counterStatus.PAUSED': 'Paused',

  'ticketStatus.WAITING': 'Waiting',
  'ticketStatus.CALLED': 'Called',
  'ticketStatus.SERVING': 'Being served',
  'ticketStatus.PARKED': 'On hold',
  'ticketStatus.DONE': 'Done',
  'ticketStatus.NO_SHOW': 'Missed',
  'ticketStatus.CANCELLED': 'Cancelled',
  'ticketStatus.TRANSFERRED': 'Transferred',
  'ticketStatus.EXPIRED': 'Expired',

  'stats.groupBy.HALL': 'Hall',
  'stats.groupBy.SERVICE': 'Service',
  'stats.groupBy.COUNTER': 'Counter',
  'stats.groupBy.STAFF': 'Staff',
  'stats.groupBy.DAY': 'Day',
  'stats.groupBy.HOUR_OF_DAY': 'Hour of day',
  'stats.groupBy.CHANNEL': 'Channel',
  'stats.channelName.KIOSK': 'Walk-in',
  'stats.channelName.APPOINTMENT': 'Appointment',
  'stats.channelName.ONLINE': 'Remote',
  'stats.channelName.STAFF': 'Staff',
  'stats.key': 'Key',
  'stats.unassigned': 'Not called (no counter, no clerk)',
  'stats.issued': 'Issued',
  'stats.served': 'Served',
  'stats.noShows': 'No-shows',
  'stats.cancelled': 'Cancelled',
  'stats.expired': 'Expired',
  'stats.avgWaitSeconds': 'Average wait (s)',
  'stats.p50WaitSeconds': 'Median wait (s)',
  'stats.p90WaitSeconds': 'P90 wait (s)',
  'stats.maxWaitSeconds': 'Longest wait (s)',
  'stats.avgServiceSeconds': 'Average service (s)',
  'stats.p50ServiceSeconds': 'Median service (s)',
  'stats.p90ServiceSeconds': 'P90 service (s)',
  'stats.slaRate': 'Within target wait',
  'stats.noShowRate': 'No-show rate',
  'stats.abandonRate': 'Abandon rate',
  'stats.estimateMaeSeconds': 'Wait estimate, mean absolute error (s)',
  'stats.estimateUnderRate': 'Waited past the P90 estimate',
  'stats.waitedOver': 'Waited over {minutes} min',
  'stats.ratings': 'Ratings',
  'stats.satisfactionRate': 'Satisfaction',
  'stats.utilisation': 'Utilisation',
  'stats.appointmentsBooked': 'Appointments booked',
  'stats.appointmentsMissed': 'Appointments missed',
};

const en: Record<UiMessageKey, string> = {
  ...baseEn,
  ...citizenMessages.en,
  ...remoteJoinHallMessages.en,
  ...remoteJoinCitizenMessages.en,
  ...counterMessages.en,
  ...managerMessages.en,
  ...adminMessages.en,
};

/** The UI strings of every locale, keyed by {@link UiMessageKey}; placeholders look like `{name}`. */
export const uiMessages: Readonly<Record<Locale, Readonly<Record<UiMessageKey, string>>>> = {
  'zh-CN': zhCN,
  en,
};

/** Values for a message's `{placeholders}`. */
export type UiMessageValues = Readonly<Record<string, string | number>>;

/**
 * The UI string for `key` in `locale`, with each `{placeholder}` replaced from `values`.
 * A placeholder without a value stays visible as `{name}`, so a missing value shows up in
 * review instead of silently vanishing.
 */
export function translate(locale: Locale, key: UiMessageKey, values: UiMessageValues = {}): string {
  const template = uiMessages[locale][key];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The label of a role (staff or device) in `locale`. */
export function roleLabel(role: Role, locale: Locale): string {
  return translate(locale, `role.${role}`);
}

/** The label of a counter status in `locale`. */
export function counterStatusLabel(status: CounterStatus, locale: Locale): string {
  return translate(locale, `counterStatus.${status}`);
}

/** The label of a ticket status in `locale`. */
export function ticketStatusLabel(status: TicketStatus, locale: Locale): string {
  return translate(locale, `ticketStatus.${status}`);
}
