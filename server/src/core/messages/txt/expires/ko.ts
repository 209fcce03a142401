/** Korean: expires-format's sentences (./shape.ts), spread into ../ko.ts. */
import type { MessageCatalog } from '../../types';
import { expiresMessages, ruleKeys } from './shape';

export const koTxtExpires: MessageCatalog = ruleKeys(
  'expires-format',
  expiresMessages({
    reasons: {
      dateShape: '날짜가 YYYY-MM-DD(네 자리 연도, "-", 월, "-", 일)가 아닙니다',
      monthShape: '월이 "-"가 뒤따르는 두 자리 숫자가 아닙니다',
      monthRange: '{month}월은 없습니다. 01에서 12 사이여야 합니다',
      dayShape: '일이 두 자리 숫자가 아닙니다',
      dayLeap: '{year}년은 윤년이 아니어서 2월 {day}일은 없습니다',
      noTime: '날짜만 있고 시간이 없습니다. "T", 시간, T23:59:59Z 같은 오프셋이 있어야 합니다',
      afterDate: '날짜 뒤에 "{char}"이(가) 있습니다. "T"와 시간이 있어야 합니다',
      timeShape: '시간이 hh:mm:ss가 아닙니다',
      hourRange: '{hour}시는 없습니다. 00에서 23 사이여야 합니다',
      hour24: '24시는 없습니다. 00에서 23 사이여야 합니다(자정은 다음 날 00:00:00입니다)',
      minuteShape: '분이 두 자리 숫자가 아닙니다',
      minuteRange: '{minute}분은 없습니다. 00에서 59 사이여야 합니다',
      noSeconds: '시간에 초가 없습니다. hh:mm:ss여야 합니다',
      secondShape: '초가 두 자리 숫자가 아닙니다',
      secondRange: '{second}초는 없습니다. 00에서 59 사이여야 합니다(60은 윤초에만 허용)',
      comma: '초의 소수 부분이 ","로 구분되어 있습니다. "."여야 합니다',
      fractionDigit: '"." 뒤에 숫자가 없습니다',
      noOffset: '시간대 오프셋이 없습니다. UTC를 뜻하는 "Z"나 +02:00 같은 오프셋이 있어야 합니다',
      spaceBeforeOffset: '시간대 오프셋 앞에 공백이 있습니다. 오프셋은 시간 바로 뒤에 와야 합니다',
      trailing: '오프셋 뒤에 "{rest}"이(가) 있습니다. 아무것도 없어야 합니다',
      zoneName: '"{zone}"은(는) 시간대 이름입니다. "Z"나 +02:00 같은 숫자 오프셋이어야 합니다',
      notOffset: '"{rest}"은(는) 시간대 오프셋이 아닙니다. "Z"나 +02:00 같은 오프셋이어야 합니다',
      offsetHoursShape: '오프셋의 시가 두 자리 숫자가 아닙니다',
      offsetNoMinutes: '오프셋에 분이 없습니다. ±hh:mm이어야 합니다',
      offsetNoColon: '오프셋에 콜론이 없습니다. ±hh:mm이어야 합니다',
      offsetShape: '오프셋이 ±hh:mm이 아닙니다',
      offsetHourRange: '오프셋 {hour}시는 없습니다. 00에서 23 사이여야 합니다',
      offsetMinuteRange: '오프셋 {minute}분은 없습니다. 00에서 59 사이여야 합니다',
      leapSecond: '60초는 윤초이며 UTC 23:59:60에만 있습니다',
    },
    dayInMonth: (month) => `${month} {day}일은 없습니다`,
    months: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
    separators: {
      space: '날짜와 시간이 공백으로 구분되어 있지만 RFC 3339는 "T"를 요구합니다',
      underscore: '날짜와 시간이 밑줄로 구분되어 있지만 RFC 3339는 "T"를 요구합니다',
    },
    and: (separator, reason) => `${separator}. 또한 ${reason}`,
    notDateTime: (reason) =>
      `"{value}"은(는) RFC 3339 날짜-시간이 아닙니다(${reason}). 2027-01-31T23:59:59Z 같은 값이어야 합니다.`,
    notDateTimeFixed: (reason) => `"{value}"은(는) RFC 3339 날짜-시간이 아닙니다(${reason}). "{corrected}"여야 합니다.`,
    rfc5322: '"{value}"은(는) RFC 5322 날짜이며 RFC 3339 날짜-시간이 아닙니다. "{corrected}"여야 합니다.',
  }),
);
