import { defineCatalogue } from './define-catalogue.js';

/**
 * Remote join (远程取号) in the hall: the wall display's check-in QR code (/display) and the
 * kiosk's check-in of a remote ticket by its QR code (/kiosk). Keys start with
 * `citizen.remoteHall.`; every one is public, so each has a Mongolian text (mongolian.ts).
 */
export const remoteJoinHallMessages = defineCatalogue(
  {
    'citizen.remoteHall.display.scanToCheckIn': '远程取号请扫码签到',
    'citizen.remoteHall.display.codeLabel': '签到二维码，签到码 {code}',
    'citizen.remoteHall.kiosk.checkingIn': '正在签到，请稍候…',
    'citizen.remoteHall.kiosk.checkedIn': '已签到，请留意叫号',
    'citizen.remoteHall.kiosk.noCheckInNeeded': '此号无需签到，请留意叫号',
    'citizen.remoteHall.kiosk.yourNumber': '您的号码',
    'citizen.remoteHall.kiosk.failed': '未能签到',
    'citizen.remoteHall.kiosk.notWaiting': '此号已不在等候中（已叫号、已办结或已取消）',
    'citizen.remoteHall.kiosk.notFound': '未找到此号票，请核对后重新扫码',
    'citizen.remoteHall.kiosk.otherHall': '此号不属于本大厅，请到取号的大厅签到',
  },
  {
    'citizen.remoteHall.display.scanToCheckIn': 'Remote tickets: scan to check in',
    'citizen.remoteHall.display.codeLabel': 'Check-in QR code, check-in code {code}',
    'citizen.remoteHall.kiosk.checkingIn': 'Checking in…',
    'citizen.remoteHall.kiosk.checkedIn': 'Checked in — watch for your number',
    'citizen.remoteHall.kiosk.noCheckInNeeded': 'This ticket needs no check-in — watch for your number',
    'citizen.remoteHall.kiosk.yourNumber': 'Your number',
    'citizen.remoteHall.kiosk.failed': 'Could not check in',
    'citizen.remoteHall.kiosk.notWaiting': 'This ticket is no longer waiting (called, done or cancelled)',
    'citizen.remoteHall.kiosk.notFound': 'No ticket has this code; please check it and scan again',
    'citizen.remoteHall.kiosk.otherHall':
      'This ticket is for another hall; please check in at the hall you joined',
  },
);
