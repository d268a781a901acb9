import type { UiMessageKey } from '../ui.js';

/**
 * The public screens' texts in traditional Mongolian (mn-Mong, Unicode Mongolian script as written
 * in Inner Mongolia), for halls that show it. Only the keys the public surfaces use are here
 * (publicMessageKeys in public-text.ts); mongolian-catalogue.test.ts fails on a key the public app
 * uses and this file lacks, on one no public surface uses, and on a `{placeholder}` that differs
 * from the Chinese text. Each entry's comment is its Chinese source text (ui.ts, citizen.ts).
 *
 * This is the one place a hall's own translator reviews and corrects them (README, "Languages of
 * the public screens"). Ticket numbers and counter labels are not translated: they come in
 * through `{ticket}`, `{counter}` and `{label}`. Words that follow a noun as case suffixes are
 * joined to it with U+202F (narrow no-break space); a final -a/-e after U+180E (vowel separator).
 *
 * The type makes a key that is not a UiMessageKey an error.
 */
export const mongolianMessages: Readonly<Partial<Record<UiMessageKey, string>>> = {
  // 加载中…
  'common.loading': 'ᠠᠴᠢᠶᠠᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 重试
  'common.retry': 'ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠣᠬᠤ',
  // 页面不存在
  'common.pageNotFound': 'ᠬᠠᠭᠤᠳᠠᠰᠤ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 设备设置
  'device.setup.title': 'ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ',
  // 请输入本设备的令牌。令牌由管理员在系统管理中生成，只需输入一次。
  'device.setup.intro':
    'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ ᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ ᠢ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ ᠰᠢᠰᠲᠧᠮ ᠦᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠦᠢᠯᠡᠳᠬᠡᠳᠡᠭ᠂ ᠭᠠᠭᠴᠠᠬᠠᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠣᠷᠤᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭ ᠲᠡᠢ᠃',
  // 设备令牌
  'device.setup.tokenLabel': 'ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ',
  // 保存并连接
  'device.setup.submit': 'ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ',
  // 令牌无效、已过期或已被吊销，请重新输入。
  'device.setup.rejected':
    'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ ᠪᠤᠷᠤᠭᠤ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠳᠠᠬᠢᠨ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 此令牌属于{role}设备，不能用于本页面。
  'device.setup.wrongRole':
    'ᠡᠨᠡ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ {role} ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ ᠬᠠᠮᠠᠷᠠᠭᠳᠠᠬᠤ ᠲᠤᠯᠠ ᠡᠨᠡ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠳᠤᠷ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃',
  // 更换令牌
  'device.changeToken': 'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ ᠢ ᠰᠣᠯᠢᠬᠤ',
  // 未找到本设备所属的大厅。
  'device.hallNotFound': 'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠬᠠᠮᠠᠷᠠᠭᠳᠠᠬᠤ ᠲᠠᠩᠬᠢᠮ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃',
  // 本大厅暂停服务
  'device.hallInactive': 'ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠲᠦᠷ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 本设备所属的大厅已停用；大厅恢复服务后，本屏幕会自动恢复。
  'device.hallInactiveHint':
    'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠬᠠᠮᠠᠷᠠᠭᠳᠠᠬᠤ ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠢ ᠽᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ᠃ ᠲᠠᠩᠬᠢᠮ ᠳᠠᠬᠢᠨ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠶ᠎ᠡ ᠳᠦ ᠡᠨᠡ ᠳᠡᠯᠭᠡᠭᠡᠭ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠰᠡᠷᠭᠦᠨ᠎ᠡ᠃',
  // 设备：{name}
  'device.name': 'ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ᠄ {name}',
  // 综合屏
  'display.wall.title': 'ᠶᠡᠷᠦᠩᠬᠡᠢ ᠳᠡᠯᠭᠡᠭᠡᠭ',
  // 窗口屏
  'display.counter.title': 'ᠴᠣᠩᠬᠣᠨ ᠤ ᠳᠡᠯᠭᠡᠭᠡᠭ',
  // 正在呼叫
  'display.nowCalling': 'ᠳᠠᠭᠤᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 最近呼叫
  'display.recentCalls': 'ᠰᠠᠶᠢ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ',
  // 等候人数
  'display.waiting': 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ ᠬᠦᠮᠦᠨ',
  // 人等候
  'display.waitingUnit': 'ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 等候呼叫
  'display.noCall': 'ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 再次呼叫
  'display.recall': 'ᠳᠠᠬᠢᠨ ᠳᠠᠭᠤᠳᠠᠪᠠ',
  // 正在重新连接…
  'display.reconnecting': 'ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 启用声音
  'display.enableSound': 'ᠳᠠᠭᠤ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ',
  // 浏览器需要点击一次才能播放叫号语音。
  'display.enableSoundHint': 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠠᠭᠤ ᠶᠢ ᠰᠣᠨᠣᠰᠬᠠᠬᠤ ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ ᠬᠥᠲᠥᠴᠢ ᠶᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 第 {page}/{pages} 页
  'display.servicePage': '{page}/{pages} ᠬᠠᠭᠤᠳᠠᠰᠤ',
  // 当前号码
  'display.counter.current': 'ᠣᠳᠣ ᠶᠢᠨ ᠳᠤᠭᠠᠷ',
  // 等候叫号
  'display.counter.idle': 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 暂停服务
  'display.counter.paused': 'ᠲᠦᠷ ᠽᠣᠭᠰᠣᠪᠠ',
  // 窗口关闭
  'display.counter.closed': 'ᠴᠣᠩᠬᠣ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ',
  // 非办公时间
  'display.hallClosed': 'ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠪᠤᠰᠤ',
  // {when} 开始办公
  'display.opensAt': '{when} ᠠᠵᠢᠯ ᠡᠬᠢᠯᠡᠨᠡ',
  // 已取号的市民将继续叫号
  'display.stillCalling': 'ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ ᠢᠷᠭᠡᠨ ᠢ ᠦᠷᠭᠡᠯᠵᠢᠯᠡᠨ ᠳᠠᠭᠤᠳᠠᠨ᠎ᠠ',
  // 请 {ticket} 号 到 {counter} 号窗口办理
  'display.call.caption': '{ticket} ᠳᠤᠭᠠᠷ {counter} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ',
  // 自助取号
  'kiosk.title': 'ᠥᠪᠡᠰᠦᠪᠡᠨ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // {label} 号窗口
  'counter.label': '{label} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ',
  // 本大厅没有标为 {label} 的窗口。
  'counter.notFound': 'ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠳᠤ {label} ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠴᠣᠩᠬᠣ ᠦᠭᠡᠢ᠃',
  // 系统管理员
  'role.ADMIN': 'ᠰᠢᠰᠲᠧᠮ ᠦᠨ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ',
  // 大厅经理
  'role.MANAGER': 'ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠳᠠᠷᠤᠭ᠎ᠠ',
  // 窗口人员
  'role.CLERK': 'ᠴᠣᠩᠬᠣᠨ ᠤ ᠠᠵᠢᠯᠲᠠᠨ',
  // 取号机
  'role.KIOSK': 'ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ',
  // 显示屏
  'role.DISPLAY': 'ᠳᠡᠯᠭᠡᠭᠡᠭ',
  // 等待中
  'ticketStatus.WAITING': 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 已叫号
  'ticketStatus.CALLED': 'ᠳᠠᠭᠤᠳᠠᠭᠳᠠᠪᠠ',
  // 办理中
  'ticketStatus.SERVING': 'ᠠᠵᠢᠯ ᠪᠠᠷᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 暂挂
  'ticketStatus.PARKED': 'ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠯᠭᠡᠳᠡᠭᠰᠡᠨ',
  // 已办结
  'ticketStatus.DONE': 'ᠠᠵᠢᠯ ᠪᠦᠲᠦᠪᠡ',
  // 过号
  'ticketStatus.NO_SHOW': 'ᠳᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ',
  // 已取消
  'ticketStatus.CANCELLED': 'ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ',
  // 已转办
  'ticketStatus.TRANSFERRED': 'ᠥᠭᠡᠷ᠎ᠡ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠪᠡ',
  // 已过期
  'ticketStatus.EXPIRED': 'ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠪᠠ',
  // 中文
  'citizen.language.zh': 'ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ',
  // English
  'citizen.language.en': 'ᠠᠩᠭᠯᠢ ᠬᠡᠯᠡ',
  // 语言
  'citizen.language.choose': 'ᠬᠡᠯᠡ',
  // 请选择业务
  'citizen.kiosk.chooseService': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ',
  // {count} 人等候
  'citizen.kiosk.waiting': '{count} ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 预计等待 {range}
  'citizen.kiosk.wait': 'ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠭᠰᠠᠨ ᠬᠦᠯᠢᠶᠡᠯᠭᠡ {range}',
  // 暂无可办理的业务，请咨询工作人员。
  'citizen.kiosk.noServices': 'ᠣᠳᠣ ᠪᠠᠷᠢᠬᠤ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 优先服务
  'citizen.kiosk.priority': 'ᠲᠡᠷᠭᠡᠭᠦᠨ ᠡ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ',
  // 老年人、残疾人、孕妇、军人等请点此处
  'citizen.kiosk.priorityHint':
    'ᠨᠠᠰᠤᠲᠠᠨ᠂ ᠬᠥᠭᠵᠢᠯ ᠦᠨ ᠪᠡᠷᠬᠡᠰᠢᠶᠡᠯ ᠲᠡᠢ ᠬᠦᠮᠦᠨ᠂ ᠵᠢᠷᠡᠮᠰᠡᠨ ᠡᠮᠡᠭᠲᠡᠢ᠂ ᠴᠡᠷᠢᠭ ᠵᠡᠷᠭᠡ ᠡᠨᠳᠡ ᠳᠠᠷᠠᠨ᠎ᠠ ᠤᠤ',
  // 一次办多项
  'citizen.kiosk.oneStop': 'ᠣᠯᠠᠨ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ',
  // 按办理顺序点选业务，再点“取号”
  'citizen.kiosk.oneStopHint':
    'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠦᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠢᠶᠠᠷ ᠰᠣᠩᠭᠣᠵᠤ᠂ ᠳᠠᠷᠠᠭᠠ ᠨᠢ «ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ» ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠠᠨ᠎ᠠ ᠤᠤ',
  // 您的办理顺序
  'citizen.kiosk.route': 'ᠲᠠᠨ ᠤ ᠠᠵᠢᠯ ᠪᠠᠷᠢᠬᠤ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ',
  // 尚未选择业务
  'citizen.kiosk.routeEmpty': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠰᠣᠩᠭᠣᠭᠠ ᠦᠭᠡᠢ',
  // 移除 {name}
  'citizen.kiosk.removeFromRoute': 'ᠬᠠᠰᠤᠬᠤ᠄ {name}',
  // 取号
  'citizen.kiosk.take': 'ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // 正在出号，请稍候…
  'citizen.kiosk.issuing': 'ᠳᠤᠭᠠᠷ ᠭᠠᠷᠴᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ ᠦᠦ᠁',
  // 网络不稳定，正在重试（第 {attempt} 次）…
  'citizen.kiosk.retrying': 'ᠰᠦᠯᠵᠢᠶᠡ ᠲᠣᠭᠲᠠᠪᠠᠷᠢ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ ({attempt} ᠳᠠᠬᠢᠨ)᠁',
  // 请勿离开，号票不会重复打印。
  'citizen.kiosk.retryingHint': 'ᠡᠨᠳᠡ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠳᠠᠪᠬᠤᠷᠳᠠᠵᠤ ᠬᠡᠪᠯᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃',
  // 不取了
  'citizen.kiosk.giveUp': 'ᠠᠪᠬᠤ ᠦᠭᠡᠢ',
  // 未能取号
  'citizen.kiosk.failed': 'ᠳᠤᠭᠠᠷ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 返回首页
  'citizen.kiosk.back': 'ᠡᠬᠢᠨ ᠨᠢᠭᠤᠷ ᠲᠤ ᠪᠤᠴᠠᠬᠤ',
  // 取号机已离线，正在重新连接…
  'citizen.kiosk.offline': 'ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠰᠦᠯᠵᠢᠶᠡ ᠠᠴᠠ ᠰᠠᠯᠤᠭᠰᠠᠨ᠂ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 请取走您的号票
  'citizen.kiosk.takeTicket': 'ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠪᠠᠨ ᠠᠪᠤᠨ᠎ᠠ ᠤᠤ',
  // 重新打印
  'citizen.kiosk.printAgain': 'ᠳᠠᠬᠢᠨ ᠬᠡᠪᠯᠡᠬᠦ',
  // 完成
  'citizen.kiosk.done': 'ᠳᠠᠭᠤᠰᠪᠠ',
  // {seconds} 秒后返回首页
  'citizen.kiosk.returning': '{seconds} ᠰᠡᠬᠦᠨᠳ ᠦᠨ ᠳᠠᠷᠠᠭᠠ ᠡᠬᠢᠨ ᠨᠢᠭᠤᠷ ᠲᠤ ᠪᠤᠴᠠᠨ᠎ᠠ',
  // 继续使用 (built from 继续排队's first word; for a translator to check)
  'citizen.kiosk.keepUsing': 'ᠦᠷᠭᠡᠯᠵᠢᠯᠡᠨ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ',
  // 已停止取号
  'citizen.kiosk.serviceClosed': 'ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠶᠢ ᠽᠣᠭᠰᠣᠭᠠᠪᠠ',
  // 已停止取号 · {when} 开始取号
  'citizen.kiosk.serviceClosedUntil': 'ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠶᠢ ᠽᠣᠭᠰᠣᠭᠠᠪᠠ · {when} ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠵᠤ ᠡᠬᠢᠯᠡᠨᠡ',
  // 非办公时间
  'citizen.kiosk.hallClosed': 'ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠪᠤᠰᠤ',
  // 现在不取号
  'citizen.kiosk.notIssuing': 'ᠣᠳᠣ ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠦᠭᠡᠢ',
  // {when} 开始取号
  'citizen.kiosk.ticketsFrom': '{when} ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠵᠤ ᠡᠬᠢᠯᠡᠨᠡ',
  // 开放时间请咨询工作人员
  'citizen.kiosk.noOpening': 'ᠠᠵᠢᠯᠯᠠᠬᠤ ᠴᠠᠭ ᠢ ᠠᠵᠢᠯᠲᠠᠨ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠨ᠎ᠠ ᠤᠤ',
  // 我有预约
  'citizen.kiosk.appointment.have': 'ᠪᠢ ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ',
  // 输入预约码或扫描预约二维码签到
  'citizen.kiosk.appointment.haveHint': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠳ ᠢ ᠣᠷᠤᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠨ᠎ᠡ',
  // 请输入预约码
  'citizen.kiosk.appointment.enterCode': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠳ ᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ',
  // 预约码
  'citizen.kiosk.appointment.code': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠳ',
  // 也可将预约二维码对准扫码口
  'citizen.kiosk.appointment.scanHint': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠷ ᠲᠤ ᠬᠠᠷᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ',
  // 签到取号
  'citizen.kiosk.appointment.checkIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // 清除
  'citizen.kiosk.appointment.clear': 'ᠠᠷᠢᠯᠭᠠᠬᠤ',
  // 删除
  'citizen.kiosk.appointment.deleteDigit': 'ᠬᠠᠰᠤᠬᠤ',
  // 未能签到
  'citizen.kiosk.appointment.failed': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 预约签到 {when} 开始，请届时再来
  'citizen.kiosk.appointment.tooEarly': '{when} ᠡᠴᠡ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠡᠬᠢᠯᠡᠨᠡ᠂ ᠲᠡᠷᠡ ᠦᠶ᠎ᠡ ᠳᠦ ᠢᠷᠡᠭᠡᠷᠡᠢ',
  // 您的预约已过签到时间
  'citizen.kiosk.appointment.missed': 'ᠲᠠᠨ ᠤ ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠴᠠᠭ ᠥᠩᠭᠡᠷᠡᠪᠡ',
  // 该预约已取消
  'citizen.kiosk.appointment.cancelled': 'ᠡᠨᠡ ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ',
  // 该预约不能签到
  'citizen.kiosk.appointment.notCheckable': 'ᠡᠨᠡ ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ',
  // 改取普通号
  'citizen.kiosk.appointment.takeOrdinary': 'ᠡᠩ ᠦᠨ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // 未找到此预约码，请核对后重新输入
  'citizen.kiosk.appointment.notFound': 'ᠡᠨᠡ ᠬᠣᠳ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠠᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 重新输入
  'citizen.kiosk.appointment.tryAgain': 'ᠳᠠᠬᠢᠨ ᠣᠷᠤᠭᠤᠯᠬᠤ',
  // 预约
  'citizen.kiosk.appointment.mark': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ',
  // 预约 {time}
  'citizen.kiosk.appointment.markAt': 'ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ {time}',
  // 扫码预约
  'citizen.kiosk.appointment.book': 'ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠴᠠᠭ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ',
  // 您的号码
  'citizen.ticket.number': 'ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ',
  // 业务
  'citizen.ticket.service': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ',
  // 之后办理
  'citizen.ticket.then': 'ᠳᠠᠷᠠᠭᠠ ᠨᠢ',
  // 前面还有 {count} 人
  'citizen.ticket.peopleAhead': 'ᠡᠮᠦᠨᠡ ᠲᠠᠨ ᠤ {count} ᠬᠦᠮᠦᠨ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 预计等待
  'citizen.ticket.expectedWait': 'ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠭᠰᠠᠨ ᠬᠦᠯᠢᠶᠡᠯᠭᠡ',
  // 取号时间
  'citizen.ticket.issuedAt': 'ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠠᠭ',
  // 优先
  'citizen.ticket.priority': 'ᠲᠡᠷᠭᠡᠭᠦᠨ ᠡ',
  // 用手机扫码，实时查看排队进度
  'citizen.ticket.scan': 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ᠂ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠢ ᠱᠦᠤᠳ ᠦᠵᠡᠨ᠎ᠡ ᠦᠦ',
  // 请留意叫号，过号需重新排队。
  'citizen.ticket.keep': 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠃ ᠳᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠨ᠎ᠠ᠃',
  // 我的排队
  'citizen.phone.title': 'ᠮᠢᠨᠤ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ',
  // 大字模式
  'citizen.phone.largeText': 'ᠲᠣᠮ ᠦᠰᠡᠭ',
  // 状态
  'citizen.phone.status': 'ᠪᠠᠶᠢᠳᠠᠯ',
  // 前面还有 {count} 人
  'citizen.phone.peopleAhead': 'ᠡᠮᠦᠨᠡ ᠲᠠᠨ ᠤ {count} ᠬᠦᠮᠦᠨ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 下一位就是您
  'citizen.phone.nextUp': 'ᠳᠠᠷᠠᠭᠠ ᠨᠢ ᠲᠠ ᠪᠣᠯᠣᠨ᠎ᠠ',
  // 预计等待
  'citizen.phone.expectedWait': 'ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠭᠰᠠᠨ ᠬᠦᠯᠢᠶᠡᠯᠭᠡ',
  // 轮到您了
  'citizen.phone.calledTitle': 'ᠲᠠᠨ ᠤ ᠡᠭᠡᠯᠵᠢ ᠢᠷᠡᠪᠡ',
  // 请到 {label} 号窗口
  'citizen.phone.goToCounter': '{label} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ',
  // 第 {count} 次呼叫
  'citizen.phone.recalled': '{count} ᠳᠠᠬᠢᠨ ᠤ ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ',
  // 我知道了
  'citizen.phone.dismiss': 'ᠣᠵᠢᠭᠠᠪᠠ',
  // 正在 {label} 号窗口办理
  'citizen.phone.serving': '{label} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠠᠵᠢᠯ ᠪᠠᠷᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 您的业务暂挂，请留意再次呼叫。
  'citizen.phone.parked': 'ᠲᠠᠨ ᠤ ᠠᠵᠢᠯ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠯᠭᠡᠳᠡᠭᠰᠡᠨ᠂ ᠳᠠᠬᠢᠨ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 办理进度
  'citizen.phone.route': 'ᠠᠵᠢᠯ ᠪᠠᠷᠢᠬᠤ ᠶᠠᠪᠤᠴ',
  // 已办结
  'citizen.phone.routeDone': 'ᠪᠦᠲᠦᠪᠡ',
  // 当前
  'citizen.phone.routeNow': 'ᠣᠳᠣ',
  // 待办
  'citizen.phone.routeNext': 'ᠳᠠᠷᠠᠭᠠ',
  // 未办结
  'citizen.phone.routeOther': 'ᠪᠦᠲᠦᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ',
  // 取消排队
  'citizen.phone.cancel': 'ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠠᠴᠠ ᠭᠠᠷᠬᠤ',
  // 确定要取消排队吗？取消后此号码作废。
  'citizen.phone.cancelConfirm': 'ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠠᠴᠠ ᠭᠠᠷᠬᠤ ᠤᠤ? ᠭᠠᠷᠪᠠᠯ ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃',
  // 确定取消
  'citizen.phone.cancelYes': 'ᠲᠢᠶᠢᠮᠦ᠂ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ',
  // 继续排队
  'citizen.phone.cancelNo': 'ᠦᠷᠭᠡᠯᠵᠢᠯᠡᠨ ᠬᠦᠯᠢᠶᠡᠬᠦ',
  // 您的号码已取消。如需办理，请到取号机重新取号。
  'citizen.phone.cancelled':
    'ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠠᠵᠢᠯ ᠪᠠᠷᠢᠬᠤ ᠪᠣᠯ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠠᠴᠠ ᠳᠠᠬᠢᠨ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 您未在呼叫后到达窗口，号码已过号。如需办理，请咨询工作人员。
  'citizen.phone.noShow':
    'ᠲᠠ ᠳᠠᠭᠤᠳᠠᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭᠠ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠳᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 此号码已过期：号码仅在取号当日有效。
  'citizen.phone.expired': 'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠳᠤᠭᠠᠷ ᠭᠠᠭᠴᠠᠬᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠨ ᠬᠦᠴᠦᠨ ᠲᠡᠢ᠃',
  // 业务已办结，感谢您的耐心等候。
  'citizen.phone.done': 'ᠠᠵᠢᠯ ᠪᠦᠲᠦᠪᠡ᠃ ᠬᠦᠯᠢᠶᠡᠭᠰᠡᠨ ᠳᠦ ᠲᠠᠨ ᠤ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃',
  // 未找到此号码
  'citizen.phone.notFound': 'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 链接可能有误或已失效。请核对号票上的二维码，或到取号机重新取号。
  'citizen.phone.notFoundHint':
    'ᠬᠣᠯᠪᠣᠭᠤᠰ ᠪᠤᠷᠤᠭᠤ ᠪᠤᠶᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠪᠠᠶᠢᠵᠤ ᠮᠠᠭᠠᠳ᠃ ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠠᠭᠤᠳᠠᠰᠤᠨ ᠤ ᠬᠣᠳ ᠢ ᠰᠠᠯᠭᠠᠨ ᠦᠵᠡᠬᠦ ᠪᠤᠶᠤ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠠᠴᠠ ᠳᠠᠬᠢᠨ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 连接中断，正在重新连接…
  'citizen.phone.reconnecting': 'ᠬᠣᠯᠪᠣᠯᠲᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 开启叫号提醒音
  'citizen.phone.enableSound': 'ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠠᠨᠠᠭᠤᠯᠬᠤ ᠳᠠᠭᠤ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ',
  // 此业务现在不取号。
  'citizen.phone.serviceClosed': 'ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠣᠳᠣ ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠦᠭᠡᠢ᠃',
  // 此业务现在不取号，{when} 开始取号。
  'citizen.phone.serviceClosedUntil': 'ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠣᠳᠣ ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠦᠭᠡᠢ᠂ {when} ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠵᠤ ᠡᠬᠢᠯᠡᠨᠡ᠃',
  // 您的号码仍然有效，请继续等候叫号。
  'citizen.phone.stillServed': 'ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠦᠷᠭᠡᠯᠵᠢᠯᠡᠨ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ ᠦᠦ᠃',
  // 请评价本次服务
  'citizen.rating.title': 'ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ ᠳᠦ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠥᠭᠬᠦᠨ᠎ᠡ ᠦᠦ',
  // 业务：{service}
  'citizen.rating.forService': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ᠄ {service}',
  // 满意程度
  'citizen.rating.score': 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠯᠲᠠ',
  // 非常满意
  'citizen.rating.score5': 'ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠮᠵᠢ ᠲᠠᠢ',
  // 满意
  'citizen.rating.score4': 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠮᠵᠢ ᠲᠠᠢ',
  // 基本满意
  'citizen.rating.score3': 'ᠦᠨᠳᠦᠰᠦᠨ ᠳᠡᠭᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠮᠵᠢ ᠲᠠᠢ',
  // 不满意
  'citizen.rating.score2': 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠮᠵᠢ ᠦᠭᠡᠢ',
  // 非常不满意
  'citizen.rating.score1': 'ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠮᠵᠢ ᠦᠭᠡᠢ',
  // 意见或建议（选填）
  'citizen.rating.comment': 'ᠰᠠᠨᠠᠯ ᠰᠡᠳᠬᠢᠯ (ᠰᠣᠩᠭᠣᠬᠤ ᠨᠢ ᠴᠢᠯᠥᠭᠡᠲᠡᠢ)',
  // 提交评价
  'citizen.rating.submit': 'ᠦᠨᠡᠯᠡᠯᠲᠡ ᠢᠯᠡᠭᠡᠬᠦ',
  // 感谢您的评价！
  'citizen.rating.thanks': 'ᠦᠨᠡᠯᠡᠯᠲᠡ ᠥᠭᠴᠦ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ!',
  // 网上预约
  'citizen.booking.title': 'ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ',
  // 选择业务
  'citizen.booking.chooseService': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ',
  // 本大厅暂无可网上预约的业务。
  'citizen.booking.noServices': 'ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠣᠳᠣ ᠦᠭᠡᠢ᠃',
  // 每个时段 {minutes} 分钟
  'citizen.booking.slotLength': 'ᠨᠢᠭᠡ ᠴᠠᠭ {minutes} ᠮᠢᠨᠦ᠋ᠲ',
  // 选择日期
  'citizen.booking.chooseDay': 'ᠡᠳᠦᠷ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ',
  // 不可预约
  'citizen.booking.dayUnavailable': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠦᠭᠡᠢ',
  // 选择时段
  'citizen.booking.chooseSlot': 'ᠴᠠᠭ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ',
  // 当天没有可预约的时段，请选择其他日期。
  'citizen.booking.noSlots': 'ᠲᠡᠷᠡ ᠡᠳᠦᠷ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠴᠠᠭ ᠦᠭᠡᠢ᠂ ᠦᠭᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ᠃',
  // 余 {count} 个
  'citizen.booking.seatsLeft': '{count} ᠦᠯᠡᠳᠡᠪᠡ',
  // 已约满
  'citizen.booking.slotFull': 'ᠳᠦᠭᠦᠷᠴᠡᠢ',
  // 预约人信息
  'citizen.booking.yourDetails': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠴᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ',
  // 手机号
  'citizen.booking.phone': 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳᠤᠭᠠᠷ',
  // 请输入 11 位手机号，例如 13812345678。
  'citizen.booking.phoneInvalid': '11 ᠣᠷᠣᠨ ᠲᠠᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳᠤᠭᠠᠷ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 13812345678᠃',
  // 姓名（选填）
  'citizen.booking.name': 'ᠨᠡᠷ᠎ᠡ (ᠰᠣᠩᠭᠣᠯᠲᠠ ᠪᠠᠷ)',
  // 确认预约
  'citizen.booking.submit': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ',
  // 正在提交，请稍候…
  'citizen.booking.submitting': 'ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ ᠦᠦ᠁',
  // 网络不稳定，正在重试（第 {attempt} 次）…
  'citizen.booking.retrying': 'ᠰᠦᠯᠵᠢᠶᠡ ᠲᠣᠭᠲᠠᠪᠠᠷᠢ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ ({attempt} ᠳᠠᠬᠢᠨ)᠁',
  // 请勿离开，不会重复预约。
  'citizen.booking.retryingHint': 'ᠡᠨᠳᠡ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠳᠠᠪᠬᠤᠷᠳᠠᠵᠤ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠦᠭᠡᠢ᠃',
  // 停止
  'citizen.booking.stop': 'ᠵᠣᠭᠰᠣᠭᠠᠬᠤ',
  // 未能预约
  'citizen.booking.failed': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 您选的时段刚刚被约满，请另选一个时段。
  'citizen.booking.slotTaken': 'ᠲᠠᠨ ᠤ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠴᠠᠭ ᠰᠠᠶᠢ ᠳᠦᠭᠦᠷᠴᠡᠢ᠂ ᠦᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ᠃',
  // 该手机号当天已预约此业务：每个手机号每天每项业务只能预约一次。
  'citizen.booking.quota.onePerServiceAndDay':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠲᠡᠷᠡ ᠡᠳᠦᠷ ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠲᠦ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ᠄ ᠨᠢᠭᠡ ᠡᠳᠦᠷ ᠨᠢᠭᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠲᠦ ᠭᠠᠭᠴᠠ ᠤᠳᠠᠭ᠎ᠠ᠃',
  // 该手机号已有 3 个未办理的预约，请先办理或取消其中一个。
  'citizen.booking.quota.activeBookings':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠲᠤ 3 ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠨᠢᠭᠡ ᠶᠢ ᠨᠢ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠪᠠᠷᠢᠬᠤ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠨ᠎ᠠ ᠤᠤ᠃',
  // 90 天内 3 次预约未到：网上预约暂停 30 天，请致电大厅预约。
  'citizen.booking.quota.missedAppointments':
    '90 ᠡᠳᠦᠷ ᠲᠦ 3 ᠤᠳᠠᠭ᠎ᠠ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠶᠢ 30 ᠡᠳᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠂ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠤᠲᠠᠰᠤ ᠵᠠᠯᠠᠨ᠎ᠠ ᠤᠤ᠃',
  // 该手机号在本大厅已有一个远程取号，请先办理或取消。
  'citizen.booking.quota.remotePerPhone':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠨᠢᠭᠡ ᠵᠠᠢᠨ ᠡᠴᠡ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠷ ᠲᠠᠢ᠂ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠪᠠᠷᠢᠬᠤ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠨ᠎ᠠ ᠤᠤ᠃',
  // 该业务远程取号人数已满，请稍后再试或到大厅取号。
  'citizen.booking.quota.remoteWaiting':
    'ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠦᠨ ᠵᠠᠢᠨ ᠡᠴᠡ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠣᠷᠣᠨ ᠳᠦᠭᠦᠷᠴᠡᠢ᠂ ᠳᠠᠷᠤᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠤᠬᠤ ᠪᠤᠶᠤ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠵᠦ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 预约成功
  'citizen.booking.booked': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠠᠮᠵᠢᠯᠲᠠ ᠲᠠᠢ',
  // 签到码
  'citizen.booking.checkInCode': 'ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠤᠭᠠᠷ',
  // 请在预约时段前到大厅，在取号机输入签到码或扫描二维码。
  'citizen.booking.checkInHint':
    'ᠴᠠᠭ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠵᠦ᠂ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠤᠭᠠᠷ ᠢᠶᠡᠨ ᠣᠷᠤᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 时间
  'citizen.booking.when': 'ᠴᠠᠭ',
  // 业务
  'citizen.booking.service': 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ',
  // 大厅
  'citizen.booking.hall': 'ᠲᠠᠩᠬᠢᠮ',
  // 查看、改约或取消预约：
  'citizen.booking.manageLink': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠪᠠᠨ ᠦᠵᠡᠬᠦ᠂ ᠦᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ᠄',
  // 扫码查看您的预约
  'citizen.booking.manageQr': 'ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠪᠠᠨ ᠦᠵᠡᠨ᠎ᠡ ᠦᠦ',
  // 再约一个
  'citizen.booking.bookAnother': 'ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ',
  // 未找到此大厅
  'citizen.booking.hallNotFound': 'ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 链接可能有误，或该大厅暂停服务。请核对链接，或致电大厅。
  'citizen.booking.hallNotFoundHint':
    'ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠶᠢᠵᠤ ᠮᠠᠭᠠᠳ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠠᠩᠬᠢᠮ ᠲᠦᠷ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠠᠨ ᠰᠢᠯᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠤᠲᠠᠰᠤ ᠵᠠᠯᠠᠨ᠎ᠠ ᠤᠤ᠃',
  // 我的预约
  'citizen.booking.manageTitle': 'ᠮᠢᠨᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ',
  // 状态
  'citizen.booking.status': 'ᠪᠠᠶᠢᠳᠠᠯ',
  // 已预约
  'citizen.booking.status.BOOKED': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ',
  // 已签到
  'citizen.booking.status.CHECKED_IN': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠰᠡᠨ',
  // 未按时签到
  'citizen.booking.status.MISSED': 'ᠴᠠᠭ ᠲᠤ ᠪᠠᠨ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ',
  // 已取消
  'citizen.booking.status.CANCELLED': 'ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ',
  // 到大厅后，在取号机扫描此二维码即可签到。
  'citizen.booking.showAtKiosk': 'ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠭᠡᠳ᠂ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠳᠤ ᠡᠨᠡ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ ᠦᠦ᠃',
  // 改约
  'citizen.booking.move': 'ᠦᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠲᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ',
  // 改到此时段
  'citizen.booking.moveTo': 'ᠡᠨᠡ ᠴᠠᠭ ᠲᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ',
  // 不改了
  'citizen.booking.moveBack': 'ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠦᠭᠡᠢ',
  // 已改约到新的时段。
  'citizen.booking.moved': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠰᠢᠨ᠎ᠡ ᠴᠠᠭ ᠲᠤ ᠰᠢᠯᠵᠢᠪᠡ᠃',
  // 取消预约
  'citizen.booking.cancel': 'ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠶᠢ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ',
  // 确定要取消此预约吗？
  'citizen.booking.cancelConfirm': 'ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠶᠢ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ ᠤᠤ?',
  // 确定取消
  'citizen.booking.cancelYes': 'ᠲᠢᠶᠢᠮᠦ᠂ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ',
  // 保留预约
  'citizen.booking.cancelNo': 'ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ',
  // 此预约已取消。
  'citizen.booking.cancelled': 'ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃',
  // 预约时段已开始，不能再改约或取消。
  'citizen.booking.started': 'ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠡᠬᠢᠯᠡᠪᠡ᠄ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠬᠤ ᠦᠭᠡᠢ᠃',
  // 未找到此预约
  'citizen.booking.notFound': 'ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯᠲᠠ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 链接可能有误。请核对预约成功时保存的链接或二维码。
  'citizen.booking.notFoundHint':
    'ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠶᠢᠵᠤ ᠮᠠᠭᠠᠳ᠃ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠤᠶᠤ ᠬᠣᠳ ᠢᠶᠠᠨ ᠰᠢᠯᠭᠠᠨ᠎ᠠ ᠤᠤ᠃',

  // Remote join: the wall display and the kiosk
  // (remote-join-hall.ts; a first draft, for the hall's translator to review)
  // 远程取号请扫码签到
  'citizen.remoteHall.display.scanToCheckIn': 'ᠠᠯᠤᠰ ᠠᠴᠠ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠣᠯ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ ᠦᠦ',
  // 签到二维码，签到码 {code}
  'citizen.remoteHall.display.codeLabel': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠬᠣᠳ᠂ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠲᠣᠭ᠎ᠠ {code}',
  // 正在签到，请稍候…
  'citizen.remoteHall.kiosk.checkingIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ ᠦᠦ᠁',
  // 已签到，请留意叫号
  'citizen.remoteHall.kiosk.checkedIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠪᠡ᠂ ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ',
  // 此号无需签到，请留意叫号
  'citizen.remoteHall.kiosk.noCheckInNeeded':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠢ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ',
  // 您的号码
  'citizen.remoteHall.kiosk.yourNumber': 'ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ',
  // 未能签到
  'citizen.remoteHall.kiosk.failed': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 此号已不在等候中（已叫号、已办结或已取消）
  'citizen.remoteHall.kiosk.notWaiting':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠦᠭᠡᠢ (ᠳᠠᠭᠤᠳᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠬᠤᠴᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ)',
  // 未找到此号票，请核对后重新扫码
  'citizen.remoteHall.kiosk.notFound': 'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠠᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠤᠩᠰᠢᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 此号不属于本大厅，请到取号的大厅签到
  'citizen.remoteHall.kiosk.otherHall':
    'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠡᠨᠡ ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠪᠢᠰᠢ᠂ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠪᠠᠨ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ ᠦᠦ',

  // Remote join: the phone page
  // 立即远程取号
  'citizen.remote.joinTitle': 'ᠣᠳᠣ ᠠᠯᠤᠰ ᠠᠴᠠ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // 在家取号，快到您时再来大厅签到。
  'citizen.remote.joinIntro':
    'ᠭᠡᠷ ᠲᠡᠭᠡᠨ ᠳᠤᠭᠠᠷ ᠠᠪᠴᠤ᠂ ᠲᠠᠨ ᠤ ᠡᠬᠡᠯᠵᠢ ᠣᠶᠢᠷᠠᠳᠠᠬᠤ ᠦᠶ᠎ᠡ ᠳᠦ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠵᠦ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠨ᠎ᠡ ᠦᠦ᠃',
  // {count} 人等候
  'citizen.remote.waiting': '{count} ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ',
  // 现在不能远程取号
  'citizen.remote.notIssuingNow': 'ᠣᠳᠣ ᠠᠯᠤᠰ ᠠᠴᠠ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ',
  // 手机号码
  'citizen.remote.phone': 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳᠤᠭᠠᠷ',
  // 请输入 11 位手机号
  'citizen.remote.phoneInvalid': '11 ᠣᠷᠣᠨ ᠲᠠᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳᠤᠭᠠᠷ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ',
  // 取号
  'citizen.remote.take': 'ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ',
  // 正在取号…
  'citizen.remote.taking': 'ᠳᠤᠭᠠᠷ ᠠᠪᠴᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 网络不稳定，正在重试（第 {attempt} 次）…
  'citizen.remote.retrying': 'ᠰᠦᠯᠵᠢᠶᠡ ᠲᠣᠭᠲᠠᠪᠠᠷᠢ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ ({attempt} ᠳᠠᠬᠢᠨ)᠁',
  // 不取了
  'citizen.remote.stop': 'ᠠᠪᠬᠤ ᠦᠭᠡᠢ',
  // 未能取号
  'citizen.remote.failed': 'ᠳᠤᠭᠠᠷ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  // 该业务现在不取号，请在开放时间再来。
  'citizen.remote.serviceClosed': 'ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠣᠳᠣ ᠳᠤᠭᠠᠷ ᠣᠯᠭᠣᠬᠤ ᠦᠭᠡᠢ᠂ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠴᠠᠭ ᠲᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ᠃',
  // 您已远程取号，号码为您保留。请先不要来，快到您时本页会提醒您来大厅签到。
  'citizen.remote.holdingPlace':
    'ᠲᠠ ᠠᠯᠤᠰ ᠠᠴᠠ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ᠂ ᠲᠠᠨ ᠤ ᠣᠷᠣᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠣᠳᠣ ᠢᠷᠡᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠲᠠᠨ ᠤ ᠡᠬᠡᠯᠵᠢ ᠣᠶᠢᠷᠠᠳᠠᠬᠤ ᠦᠶ᠎ᠡ ᠳᠦ ᠡᠨᠡ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠰᠠᠨᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃',
  // 尚未签到：签到前不会叫到您的号。
  'citizen.remote.notCheckedIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠡᠭᠡ ᠦᠭᠡᠢ᠄ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ ᠢ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃',
  // 请到大厅签到
  'citizen.remote.comeTitle': 'ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠵᠦ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠨ᠎ᠡ ᠦᠦ',
  // 再过 {count} 人就轮到您。请现在到大厅签到，签到后才会叫到您的号。
  'citizen.remote.comeHint':
    'ᠡᠮᠦᠨᠡ ᠲᠠᠨ ᠤ {count} ᠬᠦᠮᠦᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠣᠳᠣ ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠢᠷᠡᠵᠦ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠨ᠎ᠡ ᠦᠦ᠂ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ ᠳᠤᠭᠠᠷ ᠢ ᠳᠠᠭᠤᠳᠠᠨ᠎ᠠ᠃',
  // 签到
  'citizen.remote.checkIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ',
  // 扫描大厅屏幕上的二维码
  'citizen.remote.scan': 'ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠳᠡᠯᠭᠡᠴᠡ ᠡᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ',
  // 请将摄像头对准大厅屏幕上的签到二维码。
  'citizen.remote.scanning': 'ᠺᠠᠮᠧᠷ ᠢ ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠳᠡᠯᠭᠡᠴᠡ ᠡᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠬᠣᠳ ᠲᠤ ᠬᠠᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 关闭摄像头
  'citizen.remote.stopScan': 'ᠺᠠᠮᠧᠷ ᠢ ᠬᠠᠭᠠᠬᠤ',
  // 无法使用摄像头。请输入屏幕二维码下方的 6 位数字。
  'citizen.remote.cameraRefused':
    'ᠺᠠᠮᠧᠷ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠳᠡᠯᠭᠡᠴᠡ ᠡᠨ ᠬᠣᠳ ᠤᠨ ᠳᠣᠣᠷᠠᠬᠢ 6 ᠣᠷᠣᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 或输入屏幕二维码下方的 6 位数字
  'citizen.remote.codeLabel': 'ᠡᠰᠡᠪᠡᠯ ᠳᠡᠯᠭᠡᠴᠡ ᠡᠨ ᠬᠣᠳ ᠤᠨ ᠳᠣᠣᠷᠠᠬᠢ 6 ᠣᠷᠣᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ',
  // 请输入 6 位数字
  'citizen.remote.codeInvalid': '6 ᠣᠷᠣᠨ ᠲᠣᠭ᠎ᠠ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ',
  // 签到码不正确或已过期（每分钟更换）。请输入屏幕上现在显示的数字。
  'citizen.remote.codeRefused':
    'ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠤᠭᠠᠷ ᠪᠤᠷᠤᠭᠤ ᠪᠤᠶᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠪᠠ (ᠮᠢᠨᠦ᠋ᠲ ᠪᠦᠷᠢ ᠰᠣᠯᠢᠭᠳᠠᠨ᠎ᠠ)᠃ ᠳᠡᠯᠭᠡᠴᠡ ᠡᠨ ᠳᠡᠭᠡᠷᠡ ᠣᠳᠣ ᠬᠠᠷᠠᠭᠳᠠᠵᠤ ᠪᠤᠢ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 确认签到
  'citizen.remote.submitCode': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠪᠠᠲᠤᠯᠠᠬᠤ',
  // 正在签到…
  'citizen.remote.checkingIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 或在自助取号机上扫描此码
  'citizen.remote.kioskLine': 'ᠡᠰᠡᠪᠡᠯ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠡᠨᠡ ᠬᠣᠳ ᠢ ᠤᠩᠰᠢᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ',
  // 本号票的二维码
  'citizen.remote.ticketQr': 'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠣᠳ',
  // 已签到
  'citizen.remote.checkedIn': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠦᠭᠰᠡᠨ',
  // 请在大厅等候叫号。
  'citizen.remote.checkedInHint': 'ᠲᠠᠩᠬᠢᠮ ᠳᠤ ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ ᠦᠦ᠃',
  // 快到您了
  'citizen.remote.almostTitle': 'ᠲᠠᠨ ᠤ ᠡᠬᠡᠯᠵᠢ ᠣᠶᠢᠷᠠᠳᠠᠪᠠ',
  // 再过 {count} 人就轮到您，请留意叫号。
  'citizen.remote.almostHint': 'ᠡᠮᠦᠨᠡ ᠲᠠᠨ ᠤ {count} ᠬᠦᠮᠦᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ ᠳᠤ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 马上就轮到您，请留意叫号。
  'citizen.remote.almostNext': 'ᠳᠠᠷᠠᠭᠠ ᠨᠢ ᠲᠠ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ ᠳᠤ ᠠᠩᠬᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 远程取号签到
  'citizen.remote.checkInPageTitle': 'ᠠᠯᠤᠰ ᠠᠴᠠ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠷ ᠢ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ',
  // 正在签到…
  'citizen.remote.checkInPageWorking': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠁',
  // 本手机上没有需要签到的远程号票
  'citizen.remote.checkInPageNone': 'ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ ᠠᠯᠤᠰ ᠠᠴᠠ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠷ ᠦᠭᠡᠢ',
  // 请打开您远程取号后的号票页面，点“签到”；或在自助取号机上扫描号票页面上的二维码。
  'citizen.remote.checkInPageHowTo':
    'ᠠᠯᠤᠰ ᠠᠴᠠ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠭᠡᠳ “ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ” ᠶᠢ ᠳᠠᠷᠤᠨ᠎ᠠ ᠤᠤ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠡᠷᠡ ᠬᠠᠭᠤᠳᠠᠰᠤᠨ ᠤ ᠬᠣᠳ ᠢ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠤᠩᠰᠢᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ᠃',
  // 签到未成功
  'citizen.remote.checkInPageFailed': 'ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
};

/**
 * The words the Mongolian wait ranges and dates are built from (public-format.ts), kept here so
 * that the translator corrects them in the same one place as the messages above. Figures stay
 * Arabic digits, as the zh-CN and en texts have them.
 */
export const mongolianWords = {
  // 约 {range} 分钟
  aboutMinutes: 'ᠪᠠᠷᠤᠭ {range} ᠮᠢᠨᠦ᠋ᠲ',
  // 不到 1 分钟
  underOneMinute: '1 ᠮᠢᠨᠦ᠋ᠲ ᠡᠴᠡ ᠳᠣᠣᠷ᠎ᠠ',
  // 暂无预计
  noEstimate: 'ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠯ ᠠᠯᠠ ᠦᠭᠡᠢ',
  // 今天
  today: 'ᠥᠨᠥᠳᠥᠷ',
  // 明天
  tomorrow: 'ᠮᠠᠷᠭᠠᠰᠢ',
  // {month}月{day}日
  monthDay: '{month} ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ {day}',
  // {year}年{month}月{day}日
  yearMonthDay: '{year} ᠣᠨ ᠤ {month} ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ {day}',
  // 星期一 … 星期日, Monday first
  weekdays: [
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠭᠤᠷᠪᠠᠨ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠳᠥᠷᠪᠡᠨ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤᠨ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠵᠢᠷᠭᠤᠭᠠᠨ',
    'ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ',
  ],
} as const;
