/**
 * The sentences of rule `expires-format` (./rules/expires-format.ts) in English: one per reason of parseDateTime
 * (./standards/rfc3339.ts), with or without the corrected value, and one per reason after a space or an underscore
 * for "T" (core/messages/txt/expires/shape.ts builds them, in every language alike).
 */
import { expiresMessages, MONTH_IDS, type ExpiresWords } from '../../core/messages/txt/expires/shape';
import type { MessageValues } from '../../core/message-text';

const ENGLISH: ExpiresWords = {
  reasons: {
    dateShape: 'the date is not YYYY-MM-DD (a four-digit year, "-", month, "-", day)',
    monthShape: 'the month is not two digits followed by "-"',
    monthRange: 'month {month} does not exist, expected 01 to 12',
    dayShape: 'the day is not two digits',
    dayLeap: 'day {day} does not exist in February {year}, not a leap year',
    noTime: 'there is a date but no time, expected "T", the time and an offset such as T23:59:59Z',
    afterDate: '"{char}" follows the date, expected "T" and the time',
    timeShape: 'the time is not hh:mm:ss',
    hourRange: 'hour {hour} does not exist, expected 00 to 23',
    hour24: 'hour 24 does not exist, expected 00 to 23 (midnight is 00:00:00 of the next day)',
    minuteShape: 'the minutes are not two digits',
    minuteRange: 'minute {minute} does not exist, expected 00 to 59',
    noSeconds: 'the time has no seconds, expected hh:mm:ss',
    secondShape: 'the seconds are not two digits',
    secondRange: 'second {second} does not exist, expected 00 to 59 (60 only for a leap second)',
    comma: 'the fraction of a second follows ",", expected "."',
    fractionDigit: '"." is not followed by a digit',
    noOffset: 'there is no time offset, expected "Z" for UTC or an offset such as +02:00',
    spaceBeforeOffset: 'a space comes before the time offset, expected it right after the time',
    trailing: '"{rest}" follows the offset, expected nothing',
    zoneName: '"{zone}" is a time zone name, expected "Z" or a numeric offset such as +02:00',
    notOffset: '"{rest}" is not a time offset, expected "Z" or an offset such as +02:00',
    offsetHoursShape: 'the offset hours are not two digits',
    offsetNoMinutes: 'the offset has no minutes, expected ±hh:mm',
    offsetNoColon: 'the offset has no colon, expected ±hh:mm',
    offsetShape: 'the offset is not ±hh:mm',
    offsetHourRange: 'offset hour {hour} does not exist, expected 00 to 23',
    offsetMinuteRange: 'offset minute {minute} does not exist, expected 00 to 59',
    leapSecond: 'second 60 is a leap second, which only exists at 23:59:60 UTC',
  },
  dayInMonth: (month) => `day {day} does not exist in ${month}`,
  months: MONTH_IDS,
  separators: {
    space: 'a space separates the date and the time where RFC 3339 requires "T"',
    underscore: 'an underscore separates the date and the time where RFC 3339 requires "T"',
  },
  and: (separator, reason) => `${separator}, and ${reason}`,
  notDateTime: (reason) =>
    `"{value}" is not an RFC 3339 date-time (${reason}), expected a value such as 2027-01-31T23:59:59Z.`,
  notDateTimeFixed: (reason) => `"{value}" is not an RFC 3339 date-time (${reason}), expected "{corrected}".`,
  rfc5322: '"{value}" is an RFC 5322 date, not an RFC 3339 date-time, expected "{corrected}".',
};

export const EXPIRES_FORMAT_MESSAGES = expiresMessages(ENGLISH);

/** Why an Expires value is not RFC 3339, as readExpires (./expires.ts) says it. */
export interface ExpiresProblem {
  what: string;
  /** The reason's id (./standards/rfc3339.ts, or `rfc5322`) and its values. */
  id?: string;
  values?: MessageValues;
  reason?: string;
  corrected?: string;
}

/** The message of an Expires value that is not an RFC 3339 date-time, and its values. */
export function expiresMessage(value: string, problem: ExpiresProblem): { messageId: string; values: MessageValues } {
  const corrected = problem.corrected;
  // An RFC 5322 date is always converted: its one sentence names the correction.
  const plain = corrected === undefined || problem.id === 'rfc5322';
  const id = problem.id === undefined ? undefined : plain ? problem.id : `${problem.id}Fixed`;
  if (id !== undefined && Object.hasOwn(EXPIRES_FORMAT_MESSAGES, id))
    return { messageId: id, values: { value, ...problem.values, ...(corrected !== undefined && { corrected }) } };
  const reason = problem.reason ?? problem.what;
  return corrected === undefined
    ? { messageId: 'other', values: { value, reason } }
    : { messageId: 'otherFixed', values: { value, reason, corrected } };
}
