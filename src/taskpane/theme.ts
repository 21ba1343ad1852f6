/** Office passes its theme colours; a dark body background means Word is in a dark theme. */
export function isDarkColor(hex: string | undefined): boolean {
  if (!hex) return false;
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  // Relative luminance, as perceived, below the midpoint.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** The task pane's theme for Office's body background colour. */
export function themeOf(bodyBackgroundColor: string | undefined): "light" | "dark" {
  return isDarkColor(bodyBackgroundColor) ? "dark" : "light";
}
