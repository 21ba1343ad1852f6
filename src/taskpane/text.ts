/** The pane's messages are templates with {name} placeholders (i18n.ts). */

/** Replaces {name} placeholders of a message with values. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
