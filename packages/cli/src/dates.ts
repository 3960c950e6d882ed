/** ISO date `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether `value` is an ISO calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** Today's ISO date in UTC at `now`. */
export function isoDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
