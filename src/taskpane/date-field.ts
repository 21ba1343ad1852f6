/**
 * A date field as a clerk types it (dd/mm/yyyy) read into the engine's form (yyyy-mm-dd);
 * the calendar itself is the engine's (src/engine/calendar.ts).
 */
import { daysInMonth, toIsoDate } from "../engine/calendar";

/**
 * Reads "8/9/2023", "08-09-2023", "08.09.2023" or "2023-09-08". Returns null for an empty
 * field, undefined for text that is not a real date.
 */
export function displayToIso(text: string): string | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (vietnamese) {
    day = Number(vietnamese[1]);
    month = Number(vietnamese[2]);
    year = Number(vietnamese[3]);
  } else {
    return undefined;
  }
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toIsoDate(day, month, year);
}
