/** Japanese: expires-format's sentences (./shape.ts), spread into ../ja.ts. */
import type { MessageCatalog } from '../../types';
import { expiresMessages, ruleKeys } from './shape';

export const jaTxtExpires: MessageCatalog = ruleKeys(
  'expires-format',
  expiresMessages({
    reasons: {
      dateShape: '日付が YYYY-MM-DD（4 桁の年、「-」、月、「-」、日）ではありません',
      monthShape: '月が「-」の前の 2 桁の数字ではありません',
      monthRange: '{month} 月は存在しません。01 から 12 が必要です',
      dayShape: '日が 2 桁の数字ではありません',
      dayLeap: '{year} 年はうるう年ではないため、2 月 {day} 日は存在しません',
      noTime: '日付はありますが時刻がありません。「T」、時刻、T23:59:59Z のようなオフセットが必要です',
      afterDate: '日付の後に「{char}」があります。「T」と時刻が必要です',
      timeShape: '時刻が hh:mm:ss ではありません',
      hourRange: '{hour} 時は存在しません。00 から 23 が必要です',
      hour24: '24 時は存在しません。00 から 23 が必要です（午前 0 時は翌日の 00:00:00 です）',
      minuteShape: '分が 2 桁の数字ではありません',
      minuteRange: '{minute} 分は存在しません。00 から 59 が必要です',
      noSeconds: '時刻に秒がありません。hh:mm:ss が必要です',
      secondShape: '秒が 2 桁の数字ではありません',
      secondRange: '{second} 秒は存在しません。00 から 59 が必要です（60 はうるう秒のみ）',
      comma: '秒の小数部が「,」の後にあります。「.」が必要です',
      fractionDigit: '「.」の後に数字がありません',
      noOffset: 'タイムゾーンのオフセットがありません。UTC を表す「Z」か +02:00 のようなオフセットが必要です',
      spaceBeforeOffset: 'タイムゾーンのオフセットの前に空白があります。オフセットは時刻の直後に必要です',
      trailing: 'オフセットの後に「{rest}」があります。何も続かないことが必要です',
      zoneName: '「{zone}」はタイムゾーン名です。「Z」か +02:00 のような数値オフセットが必要です',
      notOffset: '「{rest}」はタイムゾーンのオフセットではありません。「Z」か +02:00 のようなオフセットが必要です',
      offsetHoursShape: 'オフセットの時が 2 桁の数字ではありません',
      offsetNoMinutes: 'オフセットに分がありません。±hh:mm が必要です',
      offsetNoColon: 'オフセットにコロンがありません。±hh:mm が必要です',
      offsetShape: 'オフセットが ±hh:mm ではありません',
      offsetHourRange: 'オフセットの {hour} 時は存在しません。00 から 23 が必要です',
      offsetMinuteRange: 'オフセットの {minute} 分は存在しません。00 から 59 が必要です',
      leapSecond: '60 秒はうるう秒で、UTC の 23:59:60 にしか存在しません',
    },
    dayInMonth: (month) => `${month} {day} 日は存在しません`,
    months: ['1 月', '2 月', '3 月', '4 月', '5 月', '6 月', '7 月', '8 月', '9 月', '10 月', '11 月', '12 月'],
    separators: {
      space: '日付と時刻が空白で区切られていますが、RFC 3339 では「T」が必要です',
      underscore: '日付と時刻がアンダースコアで区切られていますが、RFC 3339 では「T」が必要です',
    },
    and: (separator, reason) => `${separator}。また、${reason}`,
    notDateTime: (reason) =>
      `「{value}」は RFC 3339 の日時ではありません（${reason}）。2027-01-31T23:59:59Z のような値が必要です。`,
    notDateTimeFixed: (reason) =>
      `「{value}」は RFC 3339 の日時ではありません（${reason}）。「{corrected}」が必要です。`,
    rfc5322: '「{value}」は RFC 5322 の日付で、RFC 3339 の日時ではありません。「{corrected}」が必要です。',
  }),
);
