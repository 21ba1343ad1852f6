/**
 * The texts of the header lines: number and symbol, place and date. Kept apart from the
 * block builders so the checker and the command line can print the same forms.
 */
import { daysInMonth } from "../engine/calendar";
import { InputError } from "../engine/errors";
import { typeAbbreviation, type DraftType } from "./doctypes";
import type { LayoutPack } from "./layout";

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** Accepted wherever a date is asked for: a Date (its local calendar day), an ISO string, or nothing. */
export type DateInput = Date | string | null | undefined;

/** Reads a date; null when none is given. ISO strings are read as written, never through a time zone. */
export function toCalendarDate(input: DateInput): CalendarDate | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw badDate(String(input));
    return { year: input.getFullYear(), month: input.getMonth() + 1, day: input.getDate() };
  }
  const text = input.trim();
  if (text === "") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!match) throw badDate(text);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw badDate(text);
  return { year, month, day };
}

function badDate(text: string): InputError {
  return new InputError(
    "bad-request",
    `Ngày "${text}" không hợp lệ. Ghi ngày theo dạng năm-tháng-ngày, ví dụ 2023-09-05.`,
    `Date "${text}" is not valid. Write it as year-month-day, e.g. 2023-09-05.`,
  );
}

/** NĐ 30: days below 10 and the months January and February take a leading zero. */
export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2023". */
export function longDate(date: CalendarDate): string {
  return `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** "05/01/2023", "29/8/2023": the same leading-zero rule in the numeric form used in citations. */
export function shortDate(date: CalendarDate): string {
  return `${dayText(date.day)}/${monthText(date.month)}/${date.year}`;
}

/** "Kiên Giang, ngày 05 tháng 01 năm 2023", or with blanks to fill by hand. */
export function dateLineText(place: string, input: DateInput, layout: LayoutPack): string {
  const date = toCalendarDate(input);
  const blank = layout.header.dateBlank;
  const when = date ? longDate(date) : `ngày${blank}tháng${blank}năm 20..`;
  return place === "" ? capitalizeFirst(when) : `${place}, ${when}`;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface NumberParts {
  /** The number once registered; blank space to fill when absent. */
  number?: string | number | null;
  agencyCode: string;
  unitCode: string;
}

/** Registered numbers below 10 carry a leading zero: 5 → "05". */
function numberText(value: string | number | null | undefined, blank: string): string {
  if (value === null || value === undefined) return blank;
  const text = String(value).trim();
  if (text === "") return blank;
  if (/^\d+$/.test(text) && Number(text) < 10) return text.padStart(2, "0");
  return text;
}

/**
 * State: "Số: 05/BC-SNgV", công văn "Số: 12/SNgV-VP".
 * Party: "Số 05-BC/VPTU", công văn "Số 1702-CV/BNCTU".
 */
export function numberLineText(type: DraftType, parts: NumberParts, layout: LayoutPack): string {
  const header = layout.header;
  const number = numberText(parts.number, header.numberBlank);
  const abbreviation = typeAbbreviation(type, layout.system);
  if (header.numberPattern === "party") {
    const symbol = abbreviation ? `${abbreviation}/${parts.agencyCode}` : parts.agencyCode;
    return `${header.numberLabel} ${number}-${symbol}`;
  }
  const symbol = abbreviation ? `${abbreviation}-${parts.agencyCode}` : `${parts.agencyCode}-${parts.unitCode}`;
  return `${header.numberLabel} ${number}/${symbol}`;
}
