import { defineCatalogue } from './define-catalogue.js';

/**
 * Remote join (远程取号) on the citizen's phone (docs/domain.md, "Remote join"): taking a number on
 * the booking page (/book/:hallCode), the ticket page's reminders and check-in (/t/:accessCode) and
 * the page the wall display's check-in QR opens (/checkin/:code). Keys start with `citizen.remote.`.
 */
export const remoteJoinCitizenMessages = defineCatalogue(
  {
    'citizen.remote.joinTitle': '立即远程取号',
    'citizen.remote.joinIntro': '在家取号，快到您时再来大厅签到。',
    'citizen.remote.waiting': '{count} 人等候',
    'citizen.remote.notIssuingNow': '现在不能远程取号',
    'citizen.remote.phone': '手机号码',
    'citizen.remote.phoneInvalid': '请输入 11 位手机号',
    'citizen.remote.take': '取号',
    'citizen.remote.taking': '正在取号…',
    'citizen.remote.retrying': '网络不稳定，正在重试（第 {attempt} 次）…',
    'citizen.remote.stop': '不取了',
    'citizen.remote.failed': '未能取号',
    'citizen.remote.serviceClosed': '该业务现在不取号，请在开放时间再来。',

    'citizen.remote.holdingPlace': '您已远程取号，号码为您保留。请先不要来，快到您时本页会提醒您来大厅签到。',
    'citizen.remote.notCheckedIn': '尚未签到：签到前不会叫到您的号。',
    'citizen.remote.comeTitle': '请到大厅签到',
    // Worded apart from the ticket's own "前面还有 {count} 人" / "下一位就是您" line below it, so that
    // each text on the page is found once.
    'citizen.remote.comeHint': '再过 {count} 人就轮到您。请现在到大厅签到，签到后才会叫到您的号。',
    'citizen.remote.checkIn': '签到',
    'citizen.remote.scan': '扫描大厅屏幕上的二维码',
    'citizen.remote.scanning': '请将摄像头对准大厅屏幕上的签到二维码。',
    'citizen.remote.stopScan': '关闭摄像头',
    'citizen.remote.cameraRefused': '无法使用摄像头。请输入屏幕二维码下方的 6 位数字。',
    'citizen.remote.codeLabel': '或输入屏幕二维码下方的 6 位数字',
    'citizen.remote.codeInvalid': '请输入 6 位数字',
    'citizen.remote.codeRefused': '签到码不正确或已过期（每分钟更换）。请输入屏幕上现在显示的数字。',
    'citizen.remote.submitCode': '确认签到',
    'citizen.remote.checkingIn': '正在签到…',
    'citizen.remote.kioskLine': '或在自助取号机上扫描此码',
    'citizen.remote.ticketQr': '本号票的二维码',
    'citizen.remote.checkedIn': '已签到',
    'citizen.remote.checkedInHint': '请在大厅等候叫号。',
    'citizen.remote.almostTitle': '快到您了',
    'citizen.remote.almostHint': '再过 {count} 人就轮到您，请留意叫号。',
    'citizen.remote.almostNext': '马上就轮到您，请留意叫号。',

    'citizen.remote.checkInPageTitle': '远程取号签到',
    'citizen.remote.checkInPageWorking': '正在签到…',
    'citizen.remote.checkInPageNone': '本手机上没有需要签到的远程号票',
    'citizen.remote.checkInPageHowTo':
      '请打开您远程取号后的号票页面，点“签到”；或在自助取号机上扫描号票页面上的二维码。',
    'citizen.remote.checkInPageFailed': '签到未成功',
  },
  {
    'citizen.remote.joinTitle': 'Take a number now',
    'citizen.remote.joinIntro':
      'Take a number from home and come to the hall to check in when your turn is near.',
    'citizen.remote.waiting': '{count} waiting',
    'citizen.remote.notIssuingNow': 'Not available now',
    'citizen.remote.phone': 'Mobile number',
    'citizen.remote.phoneInvalid': 'Enter an 11-digit mobile number',
    'citizen.remote.take': 'Take a number',
    'citizen.remote.taking': 'Taking a number…',
    'citizen.remote.retrying': 'Network trouble, trying again (attempt {attempt})…',
    'citizen.remote.stop': 'Stop',
    'citizen.remote.failed': 'No number was taken',
    'citizen.remote.serviceClosed':
      'This service is not issuing tickets now; please come back when it opens.',

    'citizen.remote.holdingPlace':
      'You hold a place in line. No need to come yet: this page will tell you when to come and check in.',
    'citizen.remote.notCheckedIn': 'Not checked in: you will not be called before you check in.',
    'citizen.remote.comeTitle': 'Come to the hall and check in',
    'citizen.remote.comeHint':
      '{count} ahead of you. Please come to the hall now and check in: you are called only after check-in.',
    'citizen.remote.checkIn': 'Check in',
    'citizen.remote.scan': 'Scan the QR code on the hall screen',
    'citizen.remote.scanning': 'Point the camera at the check-in QR code on the hall screen.',
    'citizen.remote.stopScan': 'Close the camera',
    'citizen.remote.cameraRefused':
      'The camera cannot be used. Type the six digits under the QR code on the screen.',
    'citizen.remote.codeLabel': 'Or type the six digits under the QR code on the screen',
    'citizen.remote.codeInvalid': 'Enter six digits',
    'citizen.remote.codeRefused':
      'This check-in code is wrong or expired (it changes every minute). Type the digits the screen shows now.',
    'citizen.remote.submitCode': 'Check in',
    'citizen.remote.checkingIn': 'Checking in…',
    'citizen.remote.kioskLine': 'or scan this code at the kiosk',
    'citizen.remote.ticketQr': 'QR code of this ticket',
    'citizen.remote.checkedIn': 'Checked in',
    'citizen.remote.checkedInHint': 'Please wait in the hall for your call.',
    'citizen.remote.almostTitle': 'Almost your turn',
    'citizen.remote.almostHint': '{count} ahead of you. Please listen for your call.',
    'citizen.remote.almostNext': 'You are next. Please listen for your call.',

    'citizen.remote.checkInPageTitle': 'Remote ticket check-in',
    'citizen.remote.checkInPageWorking': 'Checking in…',
    'citizen.remote.checkInPageNone': 'No remote ticket on this phone needs checking in',
    'citizen.remote.checkInPageHowTo':
      'Open the page of the ticket you took remotely and tap “Check in”, or scan the QR code on that page at the kiosk.',
    'citizen.remote.checkInPageFailed': 'Check-in did not go through',
  },
);
