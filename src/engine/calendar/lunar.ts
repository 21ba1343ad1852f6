/**
 * The Vietnamese lunar calendar, computed: months begin on the day of the new moon in Hà Nội
 * time (UTC+7), month 11 is the one holding the winter solstice, and in a year of 13 months
 * the leap month is the first with no major solar term (trung khí). The new moon and the sun's
 * longitude come from the usual low-precision astronomical series (Meeus), good to minutes,
 * which is enough to name the day for the years a deadline can fall in.
 *
 * Written here rather than taken from npm: the lunar packages there are young or made for other
 * calendars (Chinese, Korean, UTC+8), and a holiday is only right with Vietnam's time zone.
 */
import { toIsoDate } from "../calendar";

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the count k = 0 starts there. */
const EPOCH_NEW_MOON = 2415021.076998695;
const DEG = Math.PI / 180;

/** Julian day number of a Gregorian date (noon of that day). */
export function julianDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86400000) + 2440588;
}

/** The Gregorian date of a Julian day number. */
export function fromJulianDay(jdn: number): { year: number; month: number; day: number } {
  const date = new Date((jdn - 2440588) * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The moment (Julian day, UT) of the k-th new moon after that of 1900-01-01. */
function newMoonMoment(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const node = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sun) +
    0.0021 * Math.sin(2 * sun) -
    0.4068 * Math.sin(moon) +
    0.0161 * Math.sin(2 * moon) -
    0.0004 * Math.sin(3 * moon) +
    0.0104 * Math.sin(2 * node) -
    0.0051 * Math.sin(sun + moon) -
    0.0074 * Math.sin(sun - moon) +
    0.0004 * Math.sin(2 * node + sun) -
    0.0004 * Math.sin(2 * node - sun) -
    0.0006 * Math.sin(2 * node + moon) +
    0.001 * Math.sin(2 * node - moon) +
    0.0005 * Math.sin(2 * moon + sun);
  // Terrestrial time to universal time.
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The day (Julian day number, Hà Nội time) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonMoment(k) + 0.5 + TIME_ZONE / 24);
}

/** Which twelfth of the ecliptic (0–11, 30° each) the sun is in at the start of a Hà Nội day. */
function sunSector(jdn: number): number {
  const t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly);
  let longitude = (mean + centre) * DEG;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** The first day of lunar month 11 (the month of the winter solstice) in Gregorian year `year`. */
function month11Start(year: number): number {
  const k = Math.floor((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const day = newMoonDay(k);
  // The solstice (longitude 270°) must not come before this month starts.
  return sunSector(day) >= 9 ? newMoonDay(k - 1) : day;
}

/** Months after month 11 at which the leap month falls, in a 13-month year starting at `start`. */
function leapMonthOffset(start: number): number {
  const k = Math.floor((start - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian date (ISO) of a day of the lunar year `lunarYear` (the year Tết opens), month
 * 1–12, not a leap month. "Mùng 1 Tết 2024" is lunarToIso(2024, 1, 1).
 */
export function lunarToIso(lunarYear: number, month: number, day: number): string {
  const [from, to] = month < 11 ? [month11Start(lunarYear - 1), month11Start(lunarYear)] : [month11Start(lunarYear), month11Start(lunarYear + 1)];
  const k = Math.floor(0.5 + (from - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  // A 13-month year: months from the leap month on come one later.
  if (to - from > 365 && offset >= leapMonthOffset(from)) offset += 1;
  const date = fromJulianDay(newMoonDay(k + offset) + day - 1);
  return toIsoDate(date.day, date.month, date.year);
}

/** Mùng 1 Tết Nguyên Đán of a Gregorian year. */
export function tetDate(year: number): string {
  return lunarToIso(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch, of a Gregorian year. */
export function hungKingsDate(year: number): string {
  return lunarToIso(year, 3, 10);
}
