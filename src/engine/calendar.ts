/**
 * Calendar dates as the engine keeps them (ISO yyyy-mm-dd, read as written, never through a
 * time zone) and the two ways they are shown: d/m/yyyy in running text, dd/mm/yyyy in fields.
 */

export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(day: number, month: number, year: number): boolean {
  return (
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    Number.isInteger(year) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function toIsoDate(day: number, month: number, year: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads a yyyy-mm-dd string; null when it is not one or the date does not exist. */
export function parseIsoDate(iso: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(day, month, year) ? { day, month, year } : null;
}

/** "2023-08-29" → "29/8/2023", the way the documents write dates in running text. */
export function formatIsoDate(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : iso;
}

/** "2023-09-08" → "08/09/2023", the form a date field shows; "" for none. */
export function formatIsoDateField(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Today in the user's own calendar (local time), as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getDate(), now.getMonth() + 1, now.getFullYear());
}
