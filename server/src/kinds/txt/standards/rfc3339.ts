/**
 * RFC 3339 §5.6 `date-time`, to the letter: `full-date "T" full-time`, an optional fraction of any length, "Z" or
 * a `±hh:mm` offset, "t" and "z" in either case (§5.6 NOTE), the day checked against the month and leap years
 * (§5.7), and second 60 only where a leap second can be (23:59:60 in UTC).
 *
 * A value that misses is explained: the first place it leaves the grammar and, for the common near misses (a space
 * for "T", no offset, a time zone name, an offset without its colon), what was meant.
 */
import { MONTH_IDS } from '../../../core/messages/txt/expires/shape';

export interface DateTimeOk {
  ok: true;
  date: Date;
}

export interface DateTimeMiss {
  ok: false;
  /** Why, in words that finish "…is not an RFC 3339 date-time: <reason>". */
  reason: string;
  /**
   * Which reason it is, for a message of its own (core/messages/txt/expires/shape.ts): a date or time reason, or
   * `space` or `underscore` for "T" followed by the time reason that comes after it (`spaceZoneName`); and the
   * values its sentence needs, only parts of the value and numbers (the words of `reason` left out).
   */
  id: string;
  values: Readonly<Record<string, string>>;
  /** Where the value leaves the grammar (0-based, in the value). */
  at: number;
  /** The value corrected, where the intent is certain. */
  corrected?: string;
}

export type DateTimeResult = DateTimeOk | DateTimeMiss;

/** Zone names people write for an offset; UTC's names mean "Z" for certain. */
const UTC_NAMES = new Set(['UTC', 'GMT', 'UT']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function digitsAt(value: string, at: number, count: number): number | undefined {
  for (let i = 0; i < count; i++) if (!isDigit(value[at + i])) return undefined;
  return Number(value.slice(at, at + count));
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const miss = (
  id: string,
  reason: string,
  at: number,
  corrected?: string,
  values: Readonly<Record<string, string>> = {},
): DateTimeMiss => ({ ok: false, reason, id, values, at, corrected });

function checkDate(value: string): DateTimeMiss | { year: number; month: number; day: number } {
  const year = digitsAt(value, 0, 4);
  if (year === undefined || value[4] !== '-')
    return miss('dateShape', 'the date is not YYYY-MM-DD (a four-digit year, "-", month, "-", day)', 0);
  const month = digitsAt(value, 5, 2);
  if (month === undefined || value[7] !== '-')
    return miss('monthShape', 'the month is not two digits followed by "-"', 5);
  if (month < 1 || month > 12) {
    const written = value.slice(5, 7);
    return miss('monthRange', `month ${written} does not exist, expected 01 to 12`, 5, undefined, { month: written });
  }
  const day = digitsAt(value, 8, 2);
  if (day === undefined) return miss('dayShape', 'the day is not two digits', 8);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const leap = month === 2 && day === 29;
    const where = leap ? `February ${year}, not a leap year` : MONTH_IDS[month - 1];
    const values = { day: value.slice(8, 10), year: String(year) };
    return miss(
      leap ? 'dayLeap' : `day${MONTH_IDS[month - 1]}`,
      `day ${values.day} does not exist in ${where}`,
      8,
      undefined,
      values,
    );
  }
  return { year, month, day };
}

function checkSeparator(value: string): DateTimeMiss | undefined {
  if (value.length === 10)
    return miss('noTime', 'there is a date but no time, expected "T", the time and an offset such as T23:59:59Z', 10);
  const c = value[10];
  if (c === 'T' || c === 't') return undefined;
  if (c === ' ' || c === '_') {
    const withT = `${value.slice(0, 10)}T${value.slice(11)}`;
    const separator = c === ' ' ? 'space' : 'underscore';
    const reason = `${c === ' ' ? 'a space' : 'an underscore'} separates the date and the time where RFC 3339 requires "T"`;
    const next = parseDateTime(withT);
    if (next.ok) return miss(separator, reason, 10, withT);
    // A second near miss after the "T" ("2026-12-31 23:59:59 UTC") is named too, and fixed with it where certain.
    const id = `${separator}${next.id.charAt(0).toUpperCase()}${next.id.slice(1)}`;
    return miss(id, `${reason}, and ${next.reason}`, 10, next.corrected, next.values);
  }
  return miss('afterDate', `"${c}" follows the date, expected "T" and the time`, 10, undefined, { char: c });
}

interface Time {
  hour: number;
  minute: number;
  second: number;
  /** Where the offset starts. */
  end: number;
}

function checkTime(value: string, at: number): Time | DateTimeMiss {
  const hour = digitsAt(value, at, 2);
  if (hour === undefined || value[at + 2] !== ':') return miss('timeShape', 'the time is not hh:mm:ss', at);
  if (hour > 23) {
    const written = value.slice(at, at + 2);
    const midnight = hour === 24 ? ' (midnight is 00:00:00 of the next day)' : '';
    const reason = `hour ${written} does not exist, expected 00 to 23${midnight}`;
    return miss(hour === 24 ? 'hour24' : 'hourRange', reason, at, undefined, { hour: written });
  }
  const minute = digitsAt(value, at + 3, 2);
  if (minute === undefined) return miss('minuteShape', 'the minutes are not two digits', at + 3);
  if (minute > 59) {
    const written = value.slice(at + 3, at + 5);
    return miss('minuteRange', `minute ${written} does not exist, expected 00 to 59`, at + 3, undefined, {
      minute: written,
    });
  }
  if (value[at + 5] !== ':') {
    const secondsAdded = `${value.slice(0, at + 5)}:00${value.slice(at + 5)}`;
    const certain = value[at + 5] === undefined ? undefined : parseDateTime(secondsAdded).ok ? secondsAdded : undefined;
    return miss('noSeconds', 'the time has no seconds, expected hh:mm:ss', at + 5, certain);
  }
  const second = digitsAt(value, at + 6, 2);
  if (second === undefined) return miss('secondShape', 'the seconds are not two digits', at + 6);
  if (second > 60) {
    const written = value.slice(at + 6, at + 8);
    const reason = `second ${written} does not exist, expected 00 to 59 (60 only for a leap second)`;
    return miss('secondRange', reason, at + 6, undefined, { second: written });
  }
  let end = at + 8;
  if (value[end] === ',')
    return miss(
      'comma',
      'the fraction of a second follows ",", expected "."',
      end,
      `${value.slice(0, end)}.${value.slice(end + 1)}`,
    );
  if (value[end] === '.') {
    end++;
    if (!isDigit(value[end])) return miss('fractionDigit', '"." is not followed by a digit', end);
    while (isDigit(value[end])) end++;
  }
  return { hour, minute, second, end };
}

/** The offset in minutes east of UTC, or why it is not one. */
function checkOffset(value: string, at: number): number | DateTimeMiss {
  const rest = value.slice(at);
  if (rest === '')
    return miss('noOffset', 'there is no time offset, expected "Z" for UTC or an offset such as +02:00', at);
  if (rest === 'Z' || rest === 'z') return 0;
  const trimmed = rest.trimStart();
  if (trimmed !== rest) {
    const withoutSpace = value.slice(0, at) + trimmed;
    const inner = checkOffset(withoutSpace, at);
    if (typeof inner !== 'number') return inner;
    return miss(
      'spaceBeforeOffset',
      'a space comes before the time offset, expected it right after the time',
      at,
      withoutSpace,
    );
  }
  if ((rest[0] === 'Z' || rest[0] === 'z') && !/^[A-Za-z]{2,5}$/.test(rest))
    return miss('trailing', `"${rest.slice(1)}" follows the offset, expected nothing`, at + 1, undefined, {
      rest: rest.slice(1),
    });
  if (/^[A-Za-z]{2,5}$/.test(rest)) {
    const utc = UTC_NAMES.has(rest.toUpperCase());
    return miss(
      'zoneName',
      `"${rest}" is a time zone name, expected "Z" or a numeric offset such as +02:00`,
      at,
      utc ? `${value.slice(0, at)}Z` : undefined,
      { zone: rest },
    );
  }
  return checkNumericOffset(value, at, rest);
}

/** A `±hh:mm` offset (`rest`, at `at` in the value) in minutes east of UTC, or why it is not one. */
function checkNumericOffset(value: string, at: number, rest: string): number | DateTimeMiss {
  const sign = rest[0];
  if (sign !== '+' && sign !== '-')
    return miss(
      'notOffset',
      `"${rest}" is not a time offset, expected "Z" or an offset such as +02:00`,
      at,
      undefined,
      {
        rest,
      },
    );
  const hours = digitsAt(rest, 1, 2);
  if (hours === undefined) return miss('offsetHoursShape', 'the offset hours are not two digits', at + 1);
  if (rest.length === 3)
    return miss('offsetNoMinutes', 'the offset has no minutes, expected ±hh:mm', at, `${value}:00`);
  if (/^[+-]\d{4}$/.test(rest))
    return miss(
      'offsetNoColon',
      'the offset has no colon, expected ±hh:mm',
      at,
      `${value.slice(0, at + 3)}:${rest.slice(3)}`,
    );
  const minutes = digitsAt(rest, 4, 2);
  if (rest[3] !== ':' || minutes === undefined) return miss('offsetShape', 'the offset is not ±hh:mm', at);
  if (hours > 23) {
    const hour = rest.slice(1, 3);
    return miss('offsetHourRange', `offset hour ${hour} does not exist, expected 00 to 23`, at + 1, undefined, {
      hour,
    });
  }
  if (minutes > 59) {
    const minute = rest.slice(4, 6);
    const reason = `offset minute ${minute} does not exist, expected 00 to 59`;
    return miss('offsetMinuteRange', reason, at + 4, undefined, { minute });
  }
  if (rest.length > 6) {
    const after = rest.slice(6);
    return miss('trailing', `"${after}" follows the offset, expected nothing`, at + 6, undefined, { rest: after });
  }
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** An instant as an RFC 3339 date-time in UTC, to the second (2027-01-31T23:59:59Z). */
export function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Checks `value` against RFC 3339 §5.6 `date-time` and, when it matches, gives the instant it names. */
export function parseDateTime(value: string): DateTimeResult {
  const date = checkDate(value);
  if ('ok' in date) return date;
  const separator = checkSeparator(value);
  if (separator) return separator;
  const time = checkTime(value, 11);
  if ('ok' in time) return time;
  const offset = checkOffset(value, time.end);
  if (typeof offset !== 'number') return offset;
  const utcMinutes = time.hour * 60 + time.minute - offset;
  if (time.second === 60 && ((utcMinutes % 1440) + 1440) % 1440 !== 23 * 60 + 59) {
    return miss('leapSecond', 'second 60 is a leap second, which only exists at 23:59:60 UTC', 17);
  }
  const fraction = value.slice(19, time.end);
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99 as they are.
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  instant.setUTCHours(
    time.hour,
    time.minute - offset,
    time.second,
    fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0,
  );
  return { ok: true, date: instant };
}
