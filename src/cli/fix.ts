/**
 * `vanban fix`: a corrected copy of a .docx with the formatting the check finds wrong set
 * right (page, fonts, sizes, alignment, spacing). The input is never written. Text changes
 * (a misspelt Quốc hiệu) are made only with `--text`. The copy is checked again afterwards.
 */
import { existsSync, writeFileSync } from "fs";
import { basename } from "path";
import { checkDocument } from "../engine/check";
import { InputError } from "../engine/errors";
import { describeFix } from "../engine/fix/describe";
import { applyDocxFixes } from "../engine/fix/docx";
import { fixableFindings, ruleMatches } from "../engine/fix/select";
import type { FormatFix } from "../engine/fix/types";
import { formatFinding } from "../engine/format";
import type { DocumentModel } from "../engine/model";
import { readDocx } from "../engine/read/docx";
import { requireUnicode } from "../engine/read";
import { allRules } from "../engine/rules";
import type { Finding } from "../engine/types";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { readInputBytes, sameFile } from "./files";
import { clip } from "./text";
import { COMMAND_HELP } from "./usage";

const USAGE = "Cách dùng: vanban fix DRAFT.docx -o FIXED.docx [--only page,fonts,…] [--text] [--force]";

/** Rules whose findings are about formatting (thể thức). */
export function formatRuleIds(): string[] {
  return allRules.map((rule) => rule.meta.id).filter((id) => id.startsWith("format-"));
}

function onlyList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const ids = allRules.map((rule) => rule.meta.id);
  const known = formatRuleIds();
  if (items.length === 0) throw new CliError(`--only cần ít nhất một mã quy tắc hoặc nhóm, ví dụ --only page. ${USAGE}`);
  for (const item of items) {
    if (!ids.some((id) => ruleMatches(id, item))) {
      const list = known.length > 0 ? `các quy tắc thể thức: ${known.join(", ")}` : "chưa có quy tắc thể thức nào";
      throw new CliError(`--only: không có quy tắc hay nhóm "${item}" (${list}).`);
    }
  }
  return items;
}

function readModel(input: string, bytes: Uint8Array): DocumentModel {
  try {
    return requireUnicode(readDocx(bytes, basename(input)));
  } catch (error) {
    if (error instanceof InputError) throw new CliError(`${input}: ${error.message}`);
    throw new CliError(`${input}: không đọc được văn bản (${(error as Error).message}).`);
  }
}

function where(fix: FormatFix, model: DocumentModel): string {
  if (fix.kind === "page") return "trang";
  const text = model.paragraphs[fix.paragraph]?.text ?? "";
  return `đoạn ${fix.paragraph + 1} «${clip(text.trim(), 40)}»`;
}

/** Formatting findings of the chosen rules (the ones a fix is meant to leave none of). */
function formattingFindings(findings: readonly Finding[], only: readonly string[] | undefined): Finding[] {
  return findings.filter((f) => f.rule.startsWith("format-") && (!only || only.some((item) => ruleMatches(f.rule, item))));
}

export async function fixCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("fix", args, {
    output: { type: "string", short: "o", value: "FIXED.docx" },
    only: { type: "string", value: "page,fonts,…" },
    text: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.fix());
    return 0;
  }
  if (positionals.length !== 1 || !values.output) throw new CliError(USAGE);
  const input = positionals[0];
  const output = values.output;
  const only = onlyList(values.only);
  if (sameFile(input, output)) {
    throw new CliError(`Không ghi đè tệp gốc ${input}: hãy chọn tên khác cho tệp kết quả (-o), ví dụ ${basename(input, ".docx")}-da-sua.docx.`);
  }
  if (existsSync(output) && !values.force) throw new CliError(`${output} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  const bytes = readInputBytes(input);
  const model = readModel(input, bytes);
  const findings = checkDocument(model, null).findings;
  const chosen = fixableFindings(findings, { only, text: values.text });
  const pending = values.text ? [] : fixableFindings(findings, { only, text: true }).flatMap((c) => c.fixes.filter((fix) => fix.kind === "text"));

  const lines: string[] = [];
  if (chosen.length === 0) {
    lines.push(`${input}: không có gì về thể thức cần sửa${only ? ` (theo --only ${only.join(",")})` : ""}; không tạo tệp ${output}.`);
  }
  let result;
  if (chosen.length > 0) {
    try {
      result = applyDocxFixes(bytes, chosen.flatMap((c) => c.fixes));
    } catch (error) {
      if (error instanceof InputError) throw new CliError(`${input}: ${error.message}`);
      throw new CliError(`${input}: không sửa được văn bản (${(error as Error).message}).`);
    }
    const applied = new Set(result.applied);
    const done = chosen.filter((c) => c.fixes.some((fix) => applied.has(fix)));
    if (done.length === 0) {
      lines.push(`${input}: không sửa được chỗ nào; không tạo tệp ${output}.`);
    } else {
      writeFileSync(output, result.bytes);
      lines.push(`Đã sửa ${done.length} chỗ trong ${input}, ghi vào ${output} (tệp gốc giữ nguyên):`);
      // One line per element (the page, then each paragraph in order), whatever rules asked.
      const elements = new Map<number, { where: string; rules: Set<string>; changes: string[] }>();
      for (const { finding, fixes } of done) {
        for (const fix of fixes.filter((f) => applied.has(f))) {
          const key = fix.kind === "page" ? -1 : fix.paragraph;
          const element = elements.get(key) ?? { where: where(fix, model), rules: new Set<string>(), changes: [] };
          element.rules.add(finding.rule);
          element.changes.push(describeFix(fix, "vi", fix.kind === "page" ? undefined : model.paragraphs[fix.paragraph]?.text));
          elements.set(key, element);
        }
      }
      for (const [, element] of [...elements].sort(([a], [b]) => a - b)) {
        lines.push(`  ${element.where}: ${element.changes.join("; ")} [${[...element.rules].join(", ")}]`);
      }
    }
    for (const { fix, reason } of result.skipped) {
      const why = reason === "no-paragraph" ? "không còn đoạn này" : "chữ nằm qua dấu tab, ngắt dòng hoặc trường (field)";
      lines.push(`  bỏ qua ${fix.kind === "page" ? "trang" : `đoạn ${fix.paragraph + 1}`}: ${why}.`);
    }
  }
  if (pending.length > 0) {
    lines.push(`Có ${pending.length} chỗ cần sửa chữ, chưa sửa (thêm --text để thay):`);
    for (const fix of pending) {
      if (fix.kind === "text") lines.push(`  đoạn ${fix.paragraph + 1}: ${describeFix(fix, "vi", model.paragraphs[fix.paragraph]?.text)}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (!result || result.applied.length === 0) return 0;

  // The copy is read and checked as any other file: the formatting fixed must not be found again.
  const fixed = readDocx(result.bytes, basename(output));
  // Every formatting finding is listed; only those of the chosen rules that a fix could have
  // dealt with make the exit code 1 (the others were left out on purpose, or need the clerk).
  const remaining = formattingFindings(checkDocument(fixed, null).findings, undefined);
  const stillFixable = formattingFindings(remaining, only).filter((f) => f.fix?.some((fix) => fix.kind !== "text"));
  if (remaining.length === 0) {
    process.stdout.write(`Kiểm tra lại ${output}: không còn lỗi thể thức.\n`);
    return 0;
  }
  const out = [`Kiểm tra lại ${output}: còn ${remaining.length} chỗ về thể thức:`];
  for (const f of remaining) out.push(`  [${f.rule}] ${f.span ? `đoạn ${f.span.paragraph + 1}` : "toàn văn bản"}: ${formatFinding(f, "vi")}`);
  process.stdout.write(`${out.join("\n")}\n`);
  return stillFixable.length > 0 ? 1 : 0;
}
