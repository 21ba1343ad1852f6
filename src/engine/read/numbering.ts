/**
 * Automatic list numbers of a .docx (`word/numbering.xml`): the "I.", "1.", "a)" Word
 * draws before a numbered paragraph. They are not part of the paragraph's text (Word's own
 * paragraph text leaves them out too), so they are reported apart as `listLabel`.
 *
 * Counting follows Word: lists that share an abstract definition continue each other, a
 * `w:startOverride` restarts its level the first time its list is used, and a number on
 * one level restarts all deeper levels.
 */
import { attr, isWord, parseXml, type XmlHandlers } from "./xml";

export interface ListLevel {
  start: number;
  /** `w:numFmt`: "decimal", "upperRoman", "lowerLetter", "bullet", "none"… */
  format: string;
  /** `w:lvlText`: "%1.", "%1.%2.", "-"… */
  text: string;
}

interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, ListLevel>;
}

export class ListNumbering {
  private readonly abstracts = new Map<string, Map<number, ListLevel>>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  defineLevel(abstractId: string, level: number, definition: ListLevel): void {
    let levels = this.abstracts.get(abstractId);
    if (!levels) this.abstracts.set(abstractId, (levels = new Map()));
    levels.set(level, bounded(definition));
  }

  defineList(numId: string, abstractId: string): void {
    this.instances.set(numId, { abstractId, startOverrides: new Map(), levelOverrides: new Map() });
  }

  overrideStart(numId: string, level: number, start: number): void {
    this.instances.get(numId)?.startOverrides.set(level, start);
  }

  overrideLevel(numId: string, level: number, definition: ListLevel): void {
    this.instances.get(numId)?.levelOverrides.set(level, bounded(definition));
  }

  /** Counts one more paragraph of list `numId` at `level` and returns its label ("" when none is drawn). */
  next(numId: string, level: number): string | undefined {
    const list = this.instances.get(numId);
    if (!list) return undefined;
    const levelOf = (n: number): ListLevel | undefined =>
      list.levelOverrides.get(n) ?? this.abstracts.get(list.abstractId)?.get(n);
    const definition = levelOf(level);
    if (!definition) return undefined;
    let counters = this.counters.get(list.abstractId);
    if (!counters) this.counters.set(list.abstractId, (counters = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [n, start] of list.startOverrides) {
        counters[n] = start - 1;
        counters.length = Math.min(counters.length, n + 1);
      }
    }
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    counters.length = level + 1;
    if (definition.format === "none") return "";
    if (definition.format === "bullet") return bulletLabel(definition.text);
    const values = counters;
    return definition.text.replace(/%([1-9])/g, (_all, digit: string) => {
      const n = Number(digit) - 1;
      const nested = levelOf(n);
      return formatNumber(values[n] ?? nested?.start ?? 1, nested?.format ?? "decimal");
    });
  }
}

/**
 * Real level texts are short ("%1.%2.%3."); a file may hold millions of "%1", and every
 * numbered paragraph would repeat them. Kept to what any real list uses.
 */
const MAX_LEVEL_TEXT = 64;

function bounded(definition: ListLevel): ListLevel {
  return definition.text.length > MAX_LEVEL_TEXT ? { ...definition, text: definition.text.slice(0, MAX_LEVEL_TEXT) } : definition;
}

/** Bullets drawn from symbol fonts sit in the private use area; they are shown as "•". */
function bulletLabel(text: string): string {
  if (text === "") return "•";
  const code = text.charCodeAt(0);
  return code >= 0xe000 && code <= 0xf8ff ? "•" : text;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let rest = Math.max(1, Math.min(value, 3999));
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** Letters never repeat more than this: a start of two billion would otherwise be 77 million letters long. */
const MAX_LETTER_VALUE = 26 * 30;

/** Word's letter numbering repeats the letter: A…Z, AA…ZZ, AAA… */
function letters(value: number): string {
  const n = Math.max(1, Math.min(value, MAX_LETTER_VALUE));
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return roman(value);
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "upperLetter":
      return letters(value);
    case "lowerLetter":
      return letters(value).toLowerCase();
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/** Fills `numbering` from the numbering part: abstract list definitions, lists and their overrides. */
export function numberingHandlers(numbering: ListNumbering): XmlHandlers {
  let abstractId: string | undefined;
  let numId: string | undefined;
  let overrideLevel: number | undefined;
  let level: { index: number; definition: ListLevel } | undefined;
  return {
    open(tag) {
      if (!isWord(tag)) return;
      const value = attr(tag, "val");
      switch (tag.local) {
        case "abstractNum":
          abstractId = attr(tag, "abstractNumId");
          return;
        case "num":
          numId = attr(tag, "numId");
          return;
        case "abstractNumId":
          if (numId !== undefined && value !== undefined) numbering.defineList(numId, value);
          return;
        case "lvlOverride":
          overrideLevel = Number(attr(tag, "ilvl") ?? "0");
          return;
        case "startOverride":
          if (numId !== undefined && overrideLevel !== undefined) numbering.overrideStart(numId, overrideLevel, Number(value ?? "1") || 0);
          return;
        case "lvl":
          level = { index: Number(attr(tag, "ilvl") ?? "0"), definition: { start: 1, format: "decimal", text: "" } };
          return;
        case "start":
          if (level && value !== undefined && Number.isFinite(Number(value))) level.definition.start = Number(value);
          return;
        case "numFmt":
          if (level && value !== undefined) level.definition.format = value;
          return;
        case "lvlText":
          if (level && value !== undefined) level.definition.text = value;
          return;
      }
    },
    close(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "lvl":
          if (level) {
            if (numId !== undefined && overrideLevel !== undefined) numbering.overrideLevel(numId, level.index, level.definition);
            else if (abstractId !== undefined) numbering.defineLevel(abstractId, level.index, level.definition);
          }
          level = undefined;
          return;
        case "abstractNum":
          abstractId = undefined;
          return;
        case "num":
          numId = undefined;
          return;
        case "lvlOverride":
          overrideLevel = undefined;
          return;
      }
    },
  };
}

export function parseNumbering(bytes: Uint8Array | undefined, part: string): ListNumbering {
  const numbering = new ListNumbering();
  if (bytes) parseXml(bytes, part, numberingHandlers(numbering));
  return numbering;
}
