/**
 * Days off in Vietnam: Saturdays and Sundays, the public holidays of Bộ luật Lao động 2019
 * Điều 112 (1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9
 * and one day next to it), the day given back when a holiday falls on a weekly day off
 * (Điều 111), and the days swapped each year by the Government's notice.
 *
 * Where the five Tết days and the Quốc khánh day fall, and the swaps, are announced each year:
 * the years below are the ones announced for cán bộ, công chức, viên chức (Thủ tướng Chính phủ's
 * decision each year, published in the notices of Bộ Lao động – Thương binh và Xã hội). Other
 * years take the usual placement and are marked estimated; an organization adds its own in
 * org/config.json ("holidays").
 */
import { toIsoDate } from "../calendar";
import { fromJulianDay, hungKingsDate, julianDay, tetDate } from "./lunar";

export interface HolidayYear {
  /** Every day off that is not a plain Saturday or Sunday (yyyy-mm-dd). */
  daysOff: readonly string[];
  /** Saturdays or Sundays worked in exchange for a day off. */
  workingDays: readonly string[];
}

/** Extra days from an organization's configuration, on top of the law and the notices. */
export interface HolidayOverrides {
  daysOff?: readonly string[];
  workingDays?: readonly string[];
  /** Years whose days the organization has entered as announced (no longer estimated). */
  announcedYears?: readonly number[];
}

function span(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = isoToJdn(from); d <= isoToJdn(to); d++) days.push(jdnToIso(d));
  return days;
}

/** Announced years, as the notices give them (days off beyond plain weekends). */
const ANNOUNCED: Readonly<Record<number, HolidayYear>> = {
  2023: {
    // Tết Dương lịch 1/1 (Sunday) → 2/1; Tết 20–26/1; Giỗ Tổ 29/4 (Saturday), 30/4 (Sunday),
    // 1/5, given back 2/5 and 3/5; Quốc khánh 2/9 (Saturday) with 1/9, given back 4/9.
    daysOff: ["2023-01-01", "2023-01-02", ...span("2023-01-20", "2023-01-26"), ...span("2023-04-29", "2023-05-03"), ...span("2023-09-01", "2023-09-04")],
    workingDays: [],
  },
  2024: {
    // Tết 8–14/2; Giỗ Tổ 18/4; 27/4–1/5 with 29/4 swapped for Saturday 4/5; Quốc khánh 31/8–3/9.
    daysOff: ["2024-01-01", ...span("2024-02-08", "2024-02-14"), "2024-04-18", ...span("2024-04-27", "2024-05-01"), ...span("2024-08-31", "2024-09-03")],
    workingDays: ["2024-05-04"],
  },
  2025: {
    // Tết 25/1–2/2 with 27/1 swapped for Saturday 8/2; Giỗ Tổ 7/4; 30/4–4/5 with 2/5 swapped for
    // Saturday 26/4; Quốc khánh 30/8–2/9 (1/9 the day next to it).
    daysOff: ["2025-01-01", ...span("2025-01-25", "2025-02-02"), "2025-04-07", ...span("2025-04-30", "2025-05-04"), ...span("2025-08-30", "2025-09-02")],
    workingDays: ["2025-02-08", "2025-04-26"],
  },
  2026: {
    // Tết Dương lịch 1/1 (Thursday) with 2/1 swapped for Saturday 10/1 (Văn phòng Chính phủ
    // 12729/VPCP-KGVX of 25/12/2025); Tết 14–22/2, the five days 16–20/2 (the Prime Minister's
    // agreement conveyed by Văn phòng Chính phủ in October 2025, reported 13/10/2025 by
    // Thanh Niên and Kiến Thức); Giỗ Tổ 26/4 (Sunday) given back on 27/4; 30/4 and 1/5; Quốc
    // khánh 2/9 (Wednesday) with 1/9, and 31/8 swapped for Saturday 22/8 (same agreement).
    // Ngày Văn hóa Việt Nam 24/11 is chosen as a day off by Nghị quyết 80-NQ/TW but waits for
    // an amendment of Bộ luật Lao động Điều 112: not counted; an office that has it adds it in
    // org/config.json.
    daysOff: ["2026-01-01", "2026-01-02", ...span("2026-02-16", "2026-02-20"), "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", ...span("2026-08-31", "2026-09-02")],
    workingDays: ["2026-01-10", "2026-08-22"],
  },
};

/** The years whose days off come from a Government notice rather than the usual placement. */
export const ANNOUNCED_YEARS: readonly number[] = Object.keys(ANNOUNCED).map(Number);

export function isoToJdn(iso: string): number {
  return julianDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function jdnToIso(jdn: number): string {
  const date = fromJulianDay(jdn);
  return toIsoDate(date.day, date.month, date.year);
}

/** Saturday or Sunday. */
export function isWeekend(iso: string): boolean {
  const weekday = (isoToJdn(iso) + 1) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * The usual placement in a year not announced: each holiday on its day, the five Tết days from
 * the last day of the old year to mùng 4, Quốc khánh's second day next to the nearer weekend,
 * and for every holiday on a Saturday or Sunday a day given back on the next working day.
 */
export function usualHolidays(year: number): HolidayYear {
  const tet = isoToJdn(tetDate(year));
  const national = isoToJdn(toIsoDate(2, 9, year));
  const weekday = (national + 1) % 7;
  // Monday: 1/9 is a Sunday, so 3/9; Thursday: 3/9 makes a long weekend; otherwise 1/9.
  const adjacent = weekday === 1 || weekday === 4 || weekday === 0 ? national + 1 : national - 1;
  const holidays = [
    isoToJdn(toIsoDate(1, 1, year)),
    tet - 1,
    tet,
    tet + 1,
    tet + 2,
    tet + 3,
    isoToJdn(hungKingsDate(year)),
    isoToJdn(toIsoDate(30, 4, year)),
    isoToJdn(toIsoDate(1, 5, year)),
    national,
    adjacent,
  ];
  const off = new Set(holidays);
  for (const day of [...holidays].sort((a, b) => a - b)) {
    if (!isWeekend(jdnToIso(day))) continue;
    let back = day + 1;
    while (off.has(back) || isWeekend(jdnToIso(back))) back++;
    off.add(back);
  }
  return { daysOff: [...off].sort((a, b) => a - b).map(jdnToIso), workingDays: [] };
}

/** Which days are off, for counting deadlines. */
export class HolidayCalendar {
  private readonly off = new Map<number, Set<string>>();
  private readonly working = new Map<number, Set<string>>();
  private readonly announced: Set<number>;

  constructor(private readonly overrides: HolidayOverrides = {}) {
    this.announced = new Set([...ANNOUNCED_YEARS, ...(overrides.announcedYears ?? [])]);
  }

  private load(year: number): void {
    if (this.off.has(year)) return;
    const base = ANNOUNCED[year] ?? usualHolidays(year);
    const inYear = (iso: string): boolean => iso.startsWith(`${year}-`);
    this.off.set(year, new Set([...base.daysOff, ...(this.overrides.daysOff ?? []).filter(inYear)]));
    this.working.set(year, new Set([...base.workingDays, ...(this.overrides.workingDays ?? []).filter(inYear)]));
  }

  /** A holiday, a day given back or swapped, or a local day off (not a plain weekend). */
  isHoliday(iso: string): boolean {
    const year = Number(iso.slice(0, 4));
    this.load(year);
    return this.off.get(year)?.has(iso) === true && this.working.get(year)?.has(iso) !== true;
  }

  isWorkingDay(iso: string): boolean {
    const year = Number(iso.slice(0, 4));
    this.load(year);
    if (this.working.get(year)?.has(iso)) return true;
    return !isWeekend(iso) && !this.isHoliday(iso);
  }

  /** The year's days off are the usual placement, not yet announced. */
  isEstimated(year: number): boolean {
    return !this.announced.has(year);
  }
}
