/** Phrases several rules put into their messages, in both languages. */
import { formatIsoDate } from "../calendar";
import type { Localized } from "../types";

export const NOTHING: Localized = { vi: "", en: "" };

/** "Công văn số 4874/BNV-CCVC", or "văn bản số …" when the type is not known. */
export function documentLabel(type: string | null, number: string): Localized {
  return type ? { vi: `${type} số ${number}`, en: `${type} No. ${number}` } : { vi: `văn bản số ${number}`, en: `document No. ${number}` };
}

/** A date for messages: "29/8/2023". */
export const showDate = formatIsoDate;

/** The draft's own date for messages: "29/8/2023", or "tháng 8/2023" when the day is left blank. */
export function showOwnDate(own: { iso: string | null; earliest: string; precision: "day" | "month" | "year" }): Localized {
  if (own.iso) return { vi: formatIsoDate(own.iso), en: formatIsoDate(own.iso) };
  const [year, month] = own.earliest.split("-");
  if (own.precision === "month") return { vi: `tháng ${Number(month)}/${year}`, en: `${Number(month)}/${year}` };
  return { vi: `năm ${year}`, en: year };
}
