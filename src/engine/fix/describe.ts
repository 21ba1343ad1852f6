/**
 * A fix in words, for the fronts to say what they changed ("phông Times New Roman, cỡ chữ 13,
 * căn giữa"). Vietnamese first; English where the front speaks English.
 */
import type { Language } from "../format";
import type { FormatFix, PageFormatFix, ParagraphFormatChange } from "./types";

function number(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === "vi" ? text.replace(".", ",") : text;
}

const ALIGNMENT = {
  vi: { left: "căn trái", right: "căn phải", center: "căn giữa", justify: "căn đều hai bên" },
  en: { left: "align left", right: "align right", center: "centre", justify: "justify" },
} as const;

function paragraphWords(set: ParagraphFormatChange, language: Language): string[] {
  const vi = language === "vi";
  const n = (value: number) => number(value, language);
  const words: string[] = [];
  if (set.font !== undefined) words.push(vi ? `phông ${set.font}` : `font ${set.font}`);
  if (set.size !== undefined) words.push(vi ? `cỡ chữ ${n(set.size)}` : `size ${n(set.size)} pt`);
  if (set.bold !== undefined) words.push(vi ? (set.bold ? "chữ đậm" : "bỏ chữ đậm") : set.bold ? "bold" : "not bold");
  if (set.italic !== undefined) words.push(vi ? (set.italic ? "chữ nghiêng" : "bỏ chữ nghiêng") : set.italic ? "italic" : "not italic");
  if (set.color !== undefined) {
    const black = set.color.toLowerCase() === "000000";
    words.push(vi ? (black ? "màu chữ đen" : `màu chữ #${set.color}`) : black ? "black text" : `text colour #${set.color}`);
  }
  if (set.alignment !== undefined) words.push(ALIGNMENT[language][set.alignment]);
  if (set.firstLineIndent !== undefined) {
    const cm = n((set.firstLineIndent * 2.54) / 72);
    words.push(set.firstLineIndent === 0 ? (vi ? "bỏ thụt đầu dòng" : "no first-line indent") : vi ? `thụt đầu dòng ${cm} cm` : `first-line indent ${cm} cm`);
  }
  if (set.spaceBefore !== undefined) words.push(vi ? `cách đoạn trên ${n(set.spaceBefore)} pt` : `${n(set.spaceBefore)} pt before`);
  if (set.spaceAfter !== undefined) words.push(vi ? `cách đoạn dưới ${n(set.spaceAfter)} pt` : `${n(set.spaceAfter)} pt after`);
  if (set.lineSpacing !== undefined) words.push(vi ? `giãn dòng ${n(set.lineSpacing)} dòng` : `line spacing ${n(set.lineSpacing)}`);
  if (set.borderBottom !== undefined) {
    words.push(vi ? (set.borderBottom ? "kẻ đường dưới" : "bỏ đường kẻ dưới") : set.borderBottom ? "rule below" : "no rule below");
  }
  return words;
}

function pageWords(set: PageFormatFix["set"], language: Language): string[] {
  const vi = language === "vi";
  const n = (value: number) => number(value, language);
  const words: string[] = [];
  if (set.width !== undefined && set.height !== undefined) words.push(vi ? `khổ giấy ${n(set.width)} × ${n(set.height)} mm` : `paper ${n(set.width)} × ${n(set.height)} mm`);
  else if (set.width !== undefined) words.push(vi ? `chiều rộng trang ${n(set.width)} mm` : `page width ${n(set.width)} mm`);
  else if (set.height !== undefined) words.push(vi ? `chiều cao trang ${n(set.height)} mm` : `page height ${n(set.height)} mm`);
  const margins: [number | undefined, string, string][] = [
    [set.marginTop, "trên", "top"],
    [set.marginBottom, "dưới", "bottom"],
    [set.marginLeft, "trái", "left"],
    [set.marginRight, "phải", "right"],
  ];
  for (const [value, viName, enName] of margins) {
    if (value !== undefined) words.push(vi ? `lề ${viName} ${n(value)} mm` : `${enName} margin ${n(value)} mm`);
  }
  if (set.orientation !== undefined) {
    const portrait = set.orientation === "portrait";
    words.push(vi ? (portrait ? "trang dọc" : "trang ngang") : portrait ? "portrait" : "landscape");
  }
  return words;
}

/** What the fix changes, as one phrase; `paragraphText` lets a text replacement name what it replaces. */
export function describeFix(fix: FormatFix, language: Language, paragraphText?: string): string {
  if (fix.kind === "paragraph") return paragraphWords(fix.set, language).join(", ");
  if (fix.kind === "page") return pageWords(fix.set, language).join(", ");
  const old = paragraphText?.slice(fix.start, fix.end);
  if (language === "vi") return old === undefined ? `thay bằng «${fix.replacement}»` : `thay «${old}» bằng «${fix.replacement}»`;
  return old === undefined ? `replace with «${fix.replacement}»` : `replace «${old}» with «${fix.replacement}»`;
}
