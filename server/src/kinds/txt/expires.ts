/**
 * What an `Expires` value means, whatever its format: every date rule reads it here, so that a date in the past is
 * expired whether or not it is written as RFC 9116 requires (RFC 3339), and the format is a finding of its own.
 */
import type { ExpiresProblem } from './expires-messages';
import { formatUtc, parseDateTime } from './standards/rfc3339';

/** The date format of the old drafts: "Thu, 31 Dec 2026 18:37:07 -0800". */
const RFC5322 =
  /^(?:[A-Za-z]{3},\s{1,3})?\d{1,2}\s[A-Za-z]{3}\s\d{4}\s\d{2}:\d{2}(?::\d{2})?\s(?:[+-]\d{4}|GMT|UTC|Z)$/;

/** A calendar date at the start of a value that is not RFC 3339 ("2026-12-31", "2026-12-31 23:59", …). */
const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** A calendar day anywhere on Earth: it starts in the easternmost time zone (UTC+14), ends in the westernmost (UTC−12). */
const EARLIEST_OFFSET_MS = 14 * 60 * 60 * 1000;
const LATEST_OFFSET_MS = 12 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExpiresReading {
  /** The instant meant, where it is certain: the value itself, an RFC 5322 date, or a certain correction. */
  date?: Date;
  /**
   * The latest instant the value can mean: `date` when certain, else the end of its calendar day in the
   * westernmost time zone (a date without a time or an offset). A value past even this has expired.
   */
  latest?: Date;
  /** The earliest instant the value can mean: `date` when certain, else the start of its day in the easternmost zone. */
  earliest?: Date;
  /** Why the value is not an RFC 3339 date-time, and the value corrected where the intent is certain. */
  problem?: ExpiresProblem;
}

export function readExpires(value: string): ExpiresReading {
  const result = parseDateTime(value);
  if (result.ok) return { date: result.date, latest: result.date, earliest: result.date };
  const old = RFC5322.test(value) ? Date.parse(value) : NaN;
  if (!Number.isNaN(old)) {
    const date = new Date(old);
    return {
      date,
      latest: date,
      earliest: date,
      problem: { what: 'is an RFC 5322 date, not an RFC 3339 date-time', id: 'rfc5322', corrected: formatUtc(date) },
    };
  }
  const problem: ExpiresProblem = {
    what: `is not an RFC 3339 date-time (${result.reason})`,
    id: result.id,
    values: result.values,
    reason: result.reason,
    corrected: result.corrected,
  };
  const corrected = result.corrected === undefined ? undefined : parseDateTime(result.corrected);
  if (corrected?.ok) return { date: corrected.date, latest: corrected.date, earliest: corrected.date, problem };
  const day = dayOf(value);
  return {
    latest: day === undefined ? undefined : new Date(day + DAY_MS + LATEST_OFFSET_MS),
    earliest: day === undefined ? undefined : new Date(day - EARLIEST_OFFSET_MS),
    problem,
  };
}

/** The start (UTC) of the calendar day a value begins with, or undefined. */
function dayOf(value: string): number | undefined {
  const m = LEADING_DATE.exec(value);
  if (!m) return undefined;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const check = new Date(start);
  // A day that does not exist (2027-02-29) names no instant.
  if (check.getUTCMonth() !== Number(m[2]) - 1 || check.getUTCDate() !== Number(m[3])) return undefined;
  return start;
}
