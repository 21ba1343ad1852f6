/** Small formatting helpers for the command line's Vietnamese text output. */
import { formatIsoDate } from "../engine/calendar";

/** ISO yyyy-mm-dd → d/m/yyyy as Vietnamese documents write it. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso) : "(không nêu)";
}

/** Shortens an excerpt for one line of a terminal report. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
