/** Small formatting helpers for the command line's Vietnamese text output. */

/** ISO yyyy-mm-dd → d/m/yyyy as Vietnamese documents write it. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "(không nêu)";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])}/${Number(match[2])}/${match[1]}`;
}

/** Shortens an excerpt for one line of a terminal report. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
