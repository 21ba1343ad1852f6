/**
 * The real-draft corpus measured against what a reviewer expects (test/corpus/expected/NN.json,
 * format in CORPUS-FORMAT). Shared by the jest test (test/corpus/corpus.test.ts) and the
 * ACCURACY.md generator (scripts/accuracy.js), so both count hits, misses and false alarms the
 * same way. Of the code under test it imports types only: the caller hands in the engine's and
 * the Word adapter's functions (from src/ under jest, from build/cli/ in the script).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { DocumentModel } from "../../src/engine/model";
import type { Finding, OutlineNode, RequestProfile } from "../../src/engine/types";

export interface ExpectedEntry {
  rule: string;
  text: string;
  why: string;
}

/** "ok", "legacy-tcvn3", "legacy-vni", or the reader's refusal code ("not-docx", …). */
export type ReadState = string;

export interface Expectation {
  file: string;
  what: string;
  genre: string;
  draft: { numberPending: boolean; dayPending: boolean };
  read: ReadState;
  check: { expected: ExpectedEntry[]; allowed: ExpectedEntry[] };
  request: ExpectedRequest | null;
  notes?: string;
}

export interface ExpectedRequest {
  number: string | null;
  type: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  deadline: string | null;
  period: { from: string | null; to: string | null } | null;
  outline: string[];
}

/** A finding as `vanban check --format json` reports it (only what is compared). */
export interface ReportedFinding {
  rule: string;
  message: string;
  excerpt: string;
}

/**
 * What a file needs from the code under test (src/ under jest, build/cli/ in the script). The
 * file is read once and checked as `vanban check FILE` and `vanban request FILE` do: the same
 * reader, check and extraction, the same refusals (see `recognizedRequest`); corpus.test.ts
 * holds the two ways to the same answers on one file.
 */
export interface CorpusDeps {
  /** The engine's reader (src/engine/read): bytes in, model out; throws InputError. */
  readDocument(bytes: Uint8Array, name: string): DocumentModel;
  checkDocument(draft: DocumentModel, request: RequestProfile | null): { findings: Finding[] };
  /** The engine's one way to put a finding into words (src/engine/format). */
  formatFinding(finding: Finding, language: "vi"): string;
  extractRequest(model: DocumentModel): RequestProfile;
  /** Whether the document is a request at all, as `vanban request` decides before reading it. */
  requestVerdict(model: DocumentModel): { request: boolean };
  /** The Word simulator holding `model` (as the preview loads a file) and the production adapter reading it back. */
  readThroughWord(model: DocumentModel): Promise<DocumentModel>;
}

/** `vanban request` refuses a document the engine judges no request (src/cli/request.ts). */
export function recognizedRequest(profile: RequestProfile, verdict: { request: boolean }): RequestProfile | null {
  return verdict.request ? profile : null;
}

// ---------------------------------------------------------------- text matching

/** NFC, lower case, whitespace collapsed: the form both sides are compared in. */
export function normalize(text: string | null | undefined): string {
  return (text ?? "").normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

function entryMatches(entry: ExpectedEntry, finding: ReportedFinding): boolean {
  if (entry.rule !== finding.rule) return false;
  const wanted = normalize(entry.text);
  return wanted === "" || normalize(finding.excerpt).includes(wanted) || normalize(finding.message).includes(wanted);
}

export interface CheckComparison {
  /** False when the tool refused a file the reviewer reads (or read one that should be refused). */
  readOk: boolean;
  readActual: ReadState;
  hits: { entry: ExpectedEntry; finding: ReportedFinding }[];
  allowedHits: { entry: ExpectedEntry; finding: ReportedFinding }[];
  misses: ExpectedEntry[];
  falseAlarms: ReportedFinding[];
}

/**
 * One finding per slip: every entry takes at most one finding; a second finding of the same
 * slip is a false alarm. Entries with a text are tried before catch-all ones (text ""), so a
 * specific finding does not use up an entry another finding needs.
 */
export function compareFindings(check: Expectation["check"], findings: readonly ReportedFinding[]): Omit<CheckComparison, "readOk" | "readActual"> {
  const bySpecificity = (entries: readonly ExpectedEntry[]): ExpectedEntry[] =>
    [...entries].sort((a, b) => normalize(b.text).length - normalize(a.text).length);
  const expected = bySpecificity(check.expected);
  const allowed = bySpecificity(check.allowed);
  const used = new Set<ExpectedEntry>();
  const hits: CheckComparison["hits"] = [];
  const allowedHits: CheckComparison["allowedHits"] = [];
  const falseAlarms: ReportedFinding[] = [];
  for (const finding of findings) {
    const entry = expected.find((e) => !used.has(e) && entryMatches(e, finding));
    if (entry) {
      used.add(entry);
      hits.push({ entry, finding });
      continue;
    }
    const allowance = allowed.find((e) => !used.has(e) && entryMatches(e, finding));
    if (allowance) {
      used.add(allowance);
      allowedHits.push({ entry: allowance, finding });
      continue;
    }
    falseAlarms.push(finding);
  }
  const misses = check.expected.filter((e) => !used.has(e));
  return { hits, allowedHits, misses, falseAlarms };
}

// ---------------------------------------------------------------- request fields

export const REQUEST_FIELDS = ["number", "type", "date", "issuer", "subject", "deadline", "period", "outline"] as const;

export interface FieldResult {
  field: string;
  ok: boolean;
  expected: string;
  actual: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** "V/v …", "Về việc …" and closing punctuation are presentation, not the subject. */
function subjectKey(text: string | null): string {
  return normalize(text)
    .replace(/^(v\/v|về việc)\s*/u, "")
    .replace(/[\s.,;:]+$/u, "");
}

/** Leading numbering ("I.", "1-", "a)") and punctuation are not part of a heading's title. */
function titleKey(text: string): string {
  return normalize(text)
    .replace(/^(?:[ivxlcdm]+|\d+(?:\.\d+)*|[a-zđ])[.)\-:]\s*/u, "")
    .replace(/[\s.,;:]+$/u, "");
}

/** Titles agree when one starts or contains the other (a long heading may be cut short). */
function sameTitle(expected: string, actual: string): boolean {
  const a = titleKey(expected);
  const b = titleKey(actual);
  if (a === "" || b === "") return a === b;
  return a === b || a.startsWith(b) || b.startsWith(a) || a.includes(b) || b.includes(a);
}

function sameOutline(expected: readonly string[], actual: readonly OutlineNode[]): boolean {
  return expected.length === actual.length && expected.every((title, i) => sameTitle(title, actual[i].title));
}

function sameValue(field: (typeof REQUEST_FIELDS)[number], expected: ExpectedRequest, actual: RequestProfile): boolean {
  switch (field) {
    case "number":
      return (expected.number ?? "").replace(/\s+/g, "") === (actual.number ?? "").replace(/\s+/g, "");
    case "subject":
      return subjectKey(expected.subject) === subjectKey(actual.subject);
    case "type":
    case "issuer":
      return normalize(expected[field]) === normalize(actual[field]);
    case "date":
    case "deadline":
      return (expected[field] ?? null) === (actual[field] ?? null);
    case "period":
      if (!expected.period || !actual.period) return !expected.period && !actual.period;
      return expected.period.from === actual.period.from && expected.period.to === actual.period.to;
    case "outline":
      return sameOutline(expected.outline, actual.outline);
  }
}

/**
 * Field by field. A document that is no request should be refused by `vanban request`: that
 * is one field ("request"), right or wrong. A request the command refuses gets every field wrong.
 */
export function compareRequest(expected: ExpectedRequest | null, actual: RequestProfile | null): FieldResult[] {
  if (expected === null) {
    return [{ field: "request", ok: actual === null, expected: "không phải văn bản yêu cầu", actual: actual === null ? "từ chối" : "trích ra một yêu cầu" }];
  }
  return REQUEST_FIELDS.map((field) => {
    const wanted = field === "outline" ? expected.outline.join(" | ") : show(expected[field]);
    if (actual === null) return { field, ok: false, expected: wanted, actual: "(từ chối)" };
    const got = field === "outline" ? actual.outline.map((node) => node.title).join(" | ") : show(actual[field]);
    return { field, ok: sameValue(field, expected, actual), expected: wanted, actual: got };
  });
}

// ---------------------------------------------------------------- Word reading

export interface WordComparison {
  /** False when the file could not be loaded at all (nothing reaches the simulator either). */
  loaded: boolean;
  onlyFile: ReportedFinding[];
  onlyWord: ReportedFinding[];
}

function multisetDifference(a: readonly ReportedFinding[], b: readonly ReportedFinding[]): ReportedFinding[] {
  const left = new Map<string, number>();
  for (const f of b) {
    const key = `${f.rule}\u0000${f.excerpt}`;
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const out: ReportedFinding[] = [];
  for (const f of a) {
    const key = `${f.rule}\u0000${f.excerpt}`;
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    else out.push(f);
  }
  return out;
}

export function compareWord(fileFindings: readonly ReportedFinding[], wordFindings: readonly ReportedFinding[]): Omit<WordComparison, "loaded"> {
  return { onlyFile: multisetDifference(fileFindings, wordFindings), onlyWord: multisetDifference(wordFindings, fileFindings) };
}

// ---------------------------------------------------------------- one file

export interface FileResult {
  id: string;
  expectation: Expectation;
  check: CheckComparison;
  request: FieldResult[];
  word: WordComparison;
  format: FormatComparison;
}

// ---------------------------------------------------------------- formatting findings

/** Formatting (thể thức) rules: their findings are judged one by one, not against expected/NN.json. */
export function isFormatRule(rule: string): boolean {
  return rule.startsWith("format-");
}

/** A reviewer's verdict on one formatting finding, after reading the file's XML or rendered text. */
export interface FormatJudgement {
  rule: string;
  messageId: string;
  /** The finding's excerpt (start of it). */
  excerpt: string;
  verdict: "right" | "wrong";
  why: string;
}

export interface FormatFinding {
  rule: string;
  messageId: string;
  message: string;
  excerpt: string;
}

export interface FormatComparison {
  right: { finding: FormatFinding; judgement: FormatJudgement }[];
  wrong: { finding: FormatFinding; judgement: FormatJudgement }[];
  unjudged: FormatFinding[];
}

export function judgeFormat(findings: readonly FormatFinding[], judgements: readonly FormatJudgement[]): FormatComparison {
  const used = new Set<FormatJudgement>();
  const result: FormatComparison = { right: [], wrong: [], unjudged: [] };
  for (const finding of findings) {
    const judgement = judgements.find(
      (j) => !used.has(j) && j.rule === finding.rule && j.messageId === finding.messageId && normalize(finding.excerpt).startsWith(normalize(j.excerpt)),
    );
    if (!judgement) {
      result.unjudged.push(finding);
      continue;
    }
    used.add(judgement);
    (judgement.verdict === "right" ? result.right : result.wrong).push({ finding, judgement });
  }
  return result;
}

/** What is wrong with the formatting findings, one line each: a finding judged wrong or not judged. */
export function formatProblems(result: FileResult): string[] {
  return [
    ...result.format.wrong.map((w) => `formatting false alarm ${w.finding.rule}: «${clip(w.finding.message)}» (${w.judgement.why})`),
    ...result.format.unjudged.map((f) => `unjudged formatting finding ${f.rule}/${f.messageId}: «${clip(f.excerpt || f.message)}»`),
  ];
}

export function loadFormatJudgements(path: string): Record<string, FormatJudgement[]> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, FormatJudgement[]>) : {};
}

export function reported(findings: readonly Finding[], format: CorpusDeps["formatFinding"]): ReportedFinding[] {
  return findings.map((f) => ({ rule: f.rule, message: format(f, "vi"), excerpt: f.excerpt }));
}

/** How the reader takes the file: read, or refused and why. */
function readState(deps: CorpusDeps, bytes: Uint8Array, name: string): { state: ReadState; model: DocumentModel | null } {
  try {
    const model = deps.readDocument(bytes, name);
    if (model.legacyEncoding) return { state: `legacy-${model.legacyEncoding}`, model };
    return { state: "ok", model };
  } catch (error) {
    return { state: (error as { code?: string }).code ?? "unreadable", model: null };
  }
}

export async function evaluateFile(deps: CorpusDeps, id: string, name: string, bytes: Uint8Array, expectation: Expectation, judgements: FormatJudgement[] = []): Promise<FileResult> {
  const { state, model } = readState(deps, bytes, name);

  // `vanban check FILE` (no request) and `vanban request FILE`: the command line refuses files
  // in a legacy encoding, so they have no findings and no request. Formatting findings are
  // judged apart (format-judgements.json): expected/NN.json describe the content.
  const all = model && state === "ok" ? deps.checkDocument(model, null).findings : [];
  const findings = reported(all.filter((f) => !isFormatRule(f.rule)), deps.formatFinding);
  const format = judgeFormat(
    all.filter((f) => isFormatRule(f.rule)).map((f) => ({ rule: f.rule, messageId: f.messageId, message: deps.formatFinding(f, "vi"), excerpt: f.excerpt })),
    judgements,
  );
  const profile = model && state === "ok" ? recognizedRequest(deps.extractRequest(model), deps.requestVerdict(model)) : null;
  const check: CheckComparison = {
    readOk: state === expectation.read,
    readActual: state,
    ...compareFindings(expectation.check, findings),
  };
  const request = compareRequest(expectation.request, profile);

  // The Word adapter's reading of the same file in the simulator, as the preview loads it.
  let word: WordComparison = { loaded: false, onlyFile: [], onlyWord: [] };
  if (model) {
    // Formatting is compared on content findings only: Word's API gives no page setup.
    const content = (list: readonly Finding[]): Finding[] => list.filter((f) => !isFormatRule(f.rule));
    const fromFile = state === "ok" ? findings : reported(content(deps.checkDocument(model, null).findings), deps.formatFinding);
    const fromWord = reported(content(deps.checkDocument(await deps.readThroughWord(model), null).findings), deps.formatFinding);
    word = { loaded: true, ...compareWord(fromFile, fromWord) };
  }
  return { id, expectation, check, request, word, format };
}

// ---------------------------------------------------------------- verdicts

export function clip(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** What is wrong with the check, one line each; [] when it is right. */
export function checkProblems(result: FileResult): string[] {
  const c = result.check;
  const out: string[] = [];
  if (!c.readOk) out.push(`read: expected ${result.expectation.read}, got ${c.readActual}`);
  for (const miss of c.misses) out.push(`miss ${miss.rule}: «${miss.text}»`);
  for (const f of c.falseAlarms) out.push(`false alarm ${f.rule}: «${clip(f.excerpt || f.message)}»`);
  return out;
}

export function requestProblems(result: FileResult): string[] {
  return result.request.filter((f) => !f.ok).map((f) => `${f.field}: expected «${clip(f.expected)}», got «${clip(f.actual)}»`);
}

export function wordProblems(result: FileResult): string[] {
  return [
    ...result.word.onlyFile.map((f) => `only in the .docx reading: ${f.rule} «${clip(f.excerpt)}»`),
    ...result.word.onlyWord.map((f) => `only in the Word reading: ${f.rule} «${clip(f.excerpt)}»`),
  ];
}

export type Aspect = "check" | "request" | "word";

export const PROBLEMS: Record<Aspect, (result: FileResult) => string[]> = {
  check: checkProblems,
  request: requestProblems,
  word: wordProblems,
};

/** Known gaps file: { "NN": { "check"?: why, "request"?: why, "word"?: why } }. */
export type KnownGaps = Record<string, Partial<Record<Aspect, string>>>;

/** A short reason for a known-gaps entry, from the actual mismatch. */
export function gapReason(aspect: Aspect, result: FileResult): string {
  if (aspect === "check") {
    const c = result.check;
    if (!c.readOk) return `refused to read (${c.readActual}) a file a reviewer reads`;
    const parts: string[] = [];
    const alarms = new Map<string, string[]>();
    for (const f of c.falseAlarms) alarms.set(f.rule, [...(alarms.get(f.rule) ?? []), clip(f.excerpt || f.message, 40)]);
    for (const [rule, excerpts] of alarms) parts.push(`false alarm ${rule}: ${[...new Set(excerpts)].join("; ")}`);
    for (const miss of c.misses) parts.push(`miss ${miss.rule} «${miss.text}»`);
    return parts.join(" / ");
  }
  if (aspect === "request") {
    const wrong = result.request.filter((f) => !f.ok);
    if (wrong.length === 1 && wrong[0].field === "request") return "extracts a request from a document that asks for no reply";
    if (wrong.every((f) => f.actual === "(từ chối)")) return "refuses a request letter";
    return `wrong ${wrong.map((f) => f.field).join(", ")}`;
  }
  return `Word reading differs: ${wordProblems(result).slice(0, 3).join("; ")}`;
}

// ---------------------------------------------------------------- files

/** Every expected/NN.json present, by NN in order: whoever adds a file adds it to the run. */
export function loadExpectations(dir: string): [string, Expectation][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.json$/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, name), "utf8")) as Expectation]);
}

export function loadKnownGaps(path: string): KnownGaps {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as KnownGaps) : {};
}
