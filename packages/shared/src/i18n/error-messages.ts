import type { ErrorCode } from '../errors.js';
import type { Locale } from './locale.js';

/** Why an input was refused: the detail behind BAD_USER_INPUT. */
export type InputProblem =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'outOfRange'; min: number; max?: number }
  | { kind: 'prefixFormat' }
  | { kind: 'codeFormat' }
  | { kind: 'usernameFormat' }
  | { kind: 'timezone' }
  | { kind: 'taken' }
  | { kind: 'unknown' }
  | { kind: 'duplicate' }
  | { kind: 'notAllowed' }
  | { kind: 'passwordTooShort'; min: number }
  | { kind: 'timeFormat' }
  | { kind: 'dateFormat' }
  | { kind: 'closesBeforeOpens' }
  | { kind: 'overlap' }
  | { kind: 'cycle' }
  | { kind: 'fileFormat' }
  | { kind: 'phoneFormat' }
  | { kind: 'slotNotOffered' }
  | { kind: 'slotNotBookable' }
  /** A wall display's check-in code that is wrong or more than a minute old. */
  | { kind: 'checkInCodeExpired' };

/** The facts an error message may mention. */
export interface ErrorDetails {
  /** The argument or input field at fault (BAD_USER_INPUT). */
  field?: string;
  /** Why the field was refused. */
  problem?: InputProblem;
  /** The current status (INVALID_TRANSITION); NOT_CHECKED_IN for a remote ticket not checked in yet. */
  status?: string;
  /** Seconds until another attempt is allowed (RATE_LIMITED). */
  retryAfterSeconds?: number;
  /** The operation name (NOT_IMPLEMENTED). */
  operation?: string;
  /**
   * When the service issues tickets again, ISO 8601, or null when not within a year
   * (SERVICE_CLOSED); when an appointment's check-in opens (TOO_EARLY).
   */
  opensAt?: string | null;
  /** Which limit on bookings was reached (QUOTA_REACHED of a booking; absent: the daily tickets). */
  quota?: BookingQuota;
}

/**
 * The limits on one phone number's bookings (docs/domain.md, "Appointments") and on remote tickets
 * ("Remote join"): one active remote ticket per phone and hall, and a service's `maxWaiting`.
 */
export type BookingQuota =
  'onePerServiceAndDay' | 'activeBookings' | 'missedAppointments' | 'remotePerPhone' | 'remoteWaiting';

/** Every {@link BookingQuota}, for clients that read `extensions.quota`. */
export const bookingQuotas: readonly BookingQuota[] = [
  'onePerServiceAndDay',
  'activeBookings',
  'missedAppointments',
  'remotePerPhone',
  'remoteWaiting',
];

type Catalogue = Record<ErrorCode, (details: ErrorDetails) => string>;

function describeProblem(locale: Locale, problem: InputProblem): string {
  const zh = locale === 'zh-CN';
  switch (problem.kind) {
    case 'required':
      return zh ? '不能为空' : 'is required';
    case 'tooLong':
      return zh ? `不能超过 ${problem.max} 个字符` : `must be at most ${problem.max} characters`;
    case 'outOfRange':
      return problem.max === undefined
        ? zh
          ? `须不小于 ${problem.min}`
          : `must be at least ${problem.min}`
        : zh
          ? `须在 ${problem.min} 到 ${problem.max} 之间`
          : `must be between ${problem.min} and ${problem.max}`;
    case 'prefixFormat':
      return zh ? '须为 1–3 个大写字母' : 'must be 1–3 capital letters';
    case 'codeFormat':
      return zh
        ? '只能包含字母、数字、- 和 _（1–32 个字符）'
        : 'may hold only letters, digits, - and _ (1–32 characters)';
    case 'usernameFormat':
      return zh
        ? '只能包含小写字母、数字、. - _（2–32 个字符）'
        : 'may hold only lower-case letters, digits, . - _ (2–32 characters)';
    case 'timezone':
      return zh ? '不是有效的 IANA 时区' : 'is not a valid IANA time zone';
    case 'taken':
      return zh ? '已被使用' : 'is already taken';
    case 'unknown':
      return zh ? '不存在' : 'does not exist';
    case 'duplicate':
      return zh ? '包含重复项' : 'contains duplicates';
    case 'notAllowed':
      return zh ? '不允许此值' : 'does not allow this value';
    case 'passwordTooShort':
      return zh ? `至少需要 ${problem.min} 个字符` : `must have at least ${problem.min} characters`;
    case 'timeFormat':
      return zh ? '须为 HH:MM 格式的时间（00:00–24:00）' : 'must be a time HH:MM (00:00–24:00)';
    case 'dateFormat':
      return zh ? '须为有效日期（YYYY-MM-DD）' : 'must be a valid date (YYYY-MM-DD)';
    case 'closesBeforeOpens':
      return zh ? '结束时间须晚于开始时间' : 'must close after it opens';
    case 'overlap':
      return zh ? '与同一天的其他时段重叠' : 'overlaps another period of the same day';
    case 'cycle':
      return zh ? '不能是本大厅或其下级大厅' : 'cannot be the hall itself or a hall below it';
    case 'fileFormat':
      return zh ? '无法读取此文件' : 'cannot be read as this kind of file';
    case 'phoneFormat':
      return zh ? '须为 11 位手机号码' : 'must be an 11-digit mobile number';
    case 'slotNotOffered':
      return zh ? '不是该业务当天的预约时段' : 'is not one of the service’s slots that day';
    case 'slotNotBookable':
      return zh
        ? '该时段已不能预约（已过或超出可预约天数）'
        : 'can no longer be booked (too soon, past, or too far ahead)';
    case 'checkInCodeExpired':
      return zh
        ? '不是大厅屏幕上当前的签到码，请重新扫描或输入'
        : 'is not the check-in code the hall screen shows now; scan or type it again';
  }
}

/**
 * What was wrong with a refused input, as a sentence of its own: for a form that shows it next to
 * the field, whose label already names it ("须为 1–3 个大写字母", "Must be 1–3 capital letters").
 */
export function describeInputProblem(locale: Locale, problem: InputProblem): string {
  const text = describeProblem(locale, problem);
  return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const zhCN: Catalogue = {
  UNAUTHENTICATED: () => '请先登录，或令牌已过期、已吊销',
  FORBIDDEN: () => '无权执行此操作',
  BAD_USER_INPUT: ({ field, problem }) =>
    field ? `字段 ${field} ${problem ? describeProblem('zh-CN', problem) : '无效'}` : '输入无效',
  NOT_FOUND: () => '未找到',
  INVALID_TRANSITION: ({ status }) =>
    status === 'NOT_CHECKED_IN'
      ? '该远程取号尚未到厅签到，不能呼叫'
      : `当前状态为 ${status ?? '未知'}，不能执行此操作`,
  COUNTER_BUSY: () => '窗口已有正在呼叫或办理的号码',
  COUNTER_NOT_OPEN: () => '窗口未开放',
  SERVICE_CLOSED: ({ opensAt }) => (opensAt ? '该业务现在不取号，请在开放时间再来' : '该业务暂停办理'),
  QUOTA_REACHED: ({ quota }) =>
    quota === 'onePerServiceAndDay'
      ? '该手机号当天已预约此业务'
      : quota === 'activeBookings'
        ? '该手机号的有效预约已达 3 个'
        : quota === 'missedAppointments'
          ? '该手机号 90 天内已 3 次预约未到，30 天内不能在线预约，请致电大厅'
          : quota === 'remotePerPhone'
            ? '该手机号在本大厅已有一个远程取号，请先办理或取消'
            : quota === 'remoteWaiting'
              ? '该业务远程取号人数已满，请稍后再试或到大厅取号'
              : '该业务今日号源已取完',
  SLOT_FULL: () => '该时段已约满，请选择其他时段',
  TOO_EARLY: () => '还未到签到时间，请在预约时段前再来签到',
  RATE_LIMITED: ({ retryAfterSeconds }) =>
    retryAfterSeconds ? `尝试次数过多，请 ${retryAfterSeconds} 秒后再试` : '尝试次数过多，请稍后再试',
  UNAVAILABLE: () => '服务暂时不可用，请稍后再试',
  NOT_IMPLEMENTED: ({ operation }) => `${operation ?? '此操作'} 尚未实现`,
  INTERNAL: () => '服务器内部错误',
};

const en: Catalogue = {
  UNAUTHENTICATED: () => 'Please log in; the token is missing, expired or revoked',
  FORBIDDEN: () => 'You are not allowed to do this',
  BAD_USER_INPUT: ({ field, problem }) =>
    field ? `Field ${field} ${problem ? describeProblem('en', problem) : 'is invalid'}` : 'Invalid input',
  NOT_FOUND: () => 'Not found',
  INVALID_TRANSITION: ({ status }) =>
    status === 'NOT_CHECKED_IN'
      ? 'This remote ticket has not checked in at the hall yet and cannot be called'
      : `Not possible while the status is ${status ?? 'unknown'}`,
  COUNTER_BUSY: () => 'The counter already has a ticket called or in service',
  COUNTER_NOT_OPEN: () => 'The counter is not open',
  SERVICE_CLOSED: ({ opensAt }) =>
    opensAt
      ? 'This service is not issuing tickets now; please come back when it opens'
      : 'This service is closed',
  QUOTA_REACHED: ({ quota }) =>
    quota === 'onePerServiceAndDay'
      ? 'This phone number already has a booking for this service that day'
      : quota === 'activeBookings'
        ? 'This phone number already has 3 active bookings'
        : quota === 'missedAppointments'
          ? 'This phone number missed 3 appointments in 90 days: online booking is closed to it for 30 days; please call the hall'
          : quota === 'remotePerPhone'
            ? 'This phone number already holds a remote ticket in this hall; finish or cancel it first'
            : quota === 'remoteWaiting'
              ? 'Remote places for this service are full; try again later or take a ticket at the hall'
              : "Today's tickets for this service are all taken",
  SLOT_FULL: () => 'This slot is full; please choose another',
  TOO_EARLY: () => 'Check-in is not open yet; please check in shortly before your slot',
  RATE_LIMITED: ({ retryAfterSeconds }) =>
    retryAfterSeconds
      ? `Too many attempts; try again in ${retryAfterSeconds} s`
      : 'Too many attempts; try again later',
  UNAVAILABLE: () => 'The service is unavailable; please try again shortly',
  NOT_IMPLEMENTED: ({ operation }) => `${operation ?? 'This operation'} is not implemented yet`,
  INTERNAL: () => 'Internal server error',
};

/** The human message for an error code in the given locale. */
export function errorMessage(code: ErrorCode, locale: Locale, details: ErrorDetails = {}): string {
  const catalogue = locale === 'en' ? en : zhCN;
  return catalogue[code](details);
}
