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
