/** "Today" as the date rules and generators see it: the local calendar date, at 00:00 UTC. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
