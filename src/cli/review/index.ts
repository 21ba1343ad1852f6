/**
 * `vanban review`: many submitted reports checked at once against one request, as a table
 * on the terminal, JSON, a self-contained HTML page or a spreadsheet. Inputs are only read.
 */
import type { DocumentOutcome } from "../../report/examine";
import { reviewHtml } from "../../report/html";
import { buildReviewTable } from "../../report/table";
import { parseCommandArgs } from "../args";
import { CliError } from "../errors";
import { loadRequest, RECEIVED_OPTIONS, requestOptions } from "../request";
import { RULE_OPTIONS, narrowTable, ruleSelection } from "../rules";
import { COMMAND_HELP } from "../usage";
import { collectInputs } from "./collect";
import { reviewDocuments } from "./pool";
import { formatReviewText, nowLabel, refuseOverwritingInputs, reviewReportJson, stderrProgress, writeReport } from "./output";

export { collectInputs, folderDocuments, type ReviewInput } from "./collect";
export { MIN_FILES_FOR_WORKERS, defaultWorkerScript, reviewDocuments, type ReviewOptions, type ReviewOutcomes, type ReviewProgress } from "./pool";
export { formatReviewText, reviewReportJson, stderrProgress } from "./output";

const USAGE = "Cách dùng: vanban review THƯ-MỤC|TỆP… --request REQUEST [--html report.html] [--xlsx report.xlsx] [--json] [--jobs N]";

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`--jobs phải là số nguyên từ 1 đến 64, không phải "${value}".`);
  return jobs;
}

export async function reviewCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("review", args, {
    request: { type: "string", short: "r", value: "REQUEST" },
    html: { type: "string", value: "report.html" },
    xlsx: { type: "string", value: "report.xlsx" },
    json: { type: "boolean", default: false },
    jobs: { type: "string", short: "j", value: "N" },
    ...RECEIVED_OPTIONS,
    ...RULE_OPTIONS,
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.review());
    return 0;
  }
  if (!values.request) {
    throw new CliError("lệnh review cần --request REQUEST: văn bản yêu cầu mà các báo cáo trả lời (.docx, .txt hoặc .json).");
  }
  if (positionals.length === 0) throw new CliError(USAGE);
  const jobs = parseJobs(values.jobs);
  const rules = ruleSelection(values);
  const request = loadRequest(values.request, requestOptions(values));
  const inputs = collectInputs(positionals, values.request);
  const outputs = [values.html, values.xlsx].filter((p): p is string => Boolean(p));
  refuseOverwritingInputs(outputs, [...inputs.map((input) => input.path), values.request]);

  const progress = stderrProgress();
  let outcomes: DocumentOutcome[];
  try {
    ({ outcomes } = await reviewDocuments(inputs, request, { jobs, progress }));
  } finally {
    progress.end();
  }
  // Every rule runs (in the workers too); the choice narrows what is reported.
  const table = narrowTable(buildReviewTable(request, outcomes, { waivers: !values["no-waivers"] }), rules);

  if (values.html) writeReport(values.html, reviewHtml(table, { generatedAt: nowLabel() }));
  if (values.xlsx) {
    // exceljs is large: loaded only when a spreadsheet is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { reviewWorkbook } = require("../../report/xlsx") as typeof import("../../report/xlsx");
    writeReport(values.xlsx, await reviewWorkbook(table));
  }
  if (values.json) process.stdout.write(`${JSON.stringify(reviewReportJson(table), null, 2)}\n`);
  else if (outputs.length) process.stdout.write(formatReviewText(table, { summaryOnly: true }));
  else process.stdout.write(formatReviewText(table));

  if (table.summary.unreadable === table.rows.length) {
    process.stderr.write("vanban: không đọc được tệp nào.\n");
    return 2;
  }
  return table.rows.some((row) => row.readable && row.errors > 0) ? 1 : 0;
}
