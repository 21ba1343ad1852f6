import { readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";
import { readDocument } from "../../src/engine/read";
import { extractRequest } from "../../src/engine/understand/request";
import type { RequestProfile } from "../../src/engine/types";
import { examineDocument, unreadable, type DocumentOutcome } from "../../src/report/examine";
import { escapeHtml, reviewHtml } from "../../src/report/html";
import { SECTION_LABEL, buildReviewTable, outlineColumns, requestTitle } from "../../src/report/table";
import { asText, replyLines } from "./replies";
import { buildDocx } from "../support/docx-builder";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const encoder = new TextEncoder();

function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(seeds, name)));
}

const request: RequestProfile = extractRequest(readDocument(seedBytes("002_2b77b3d6864b3803.txt"), "002.txt"));

function reply(file: string, change: Parameters<typeof replyLines>[0] = {}): DocumentOutcome {
  return examineDocument(encoder.encode(asText(replyLines(change))), file, request);
}

describe("outline columns", () => {
  it("key seed 002's outline by its numbering path", () => {
    expect(outlineColumns(request.outline).map((c) => c.key)).toEqual([
      "I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "III", "III.1", "III.2", "III.3", "III.4", "III.5", "IV",
    ]);
    expect(outlineColumns(request.outline)[5]).toEqual({ key: "II.1", title: "Nguyên nhân khách quan", level: 2 });
  });

  it("keep a child's own dotted number and key unnumbered entries by position", () => {
    const columns = outlineColumns([
      { number: "1", title: "Kết quả", children: [{ number: "1.1", title: "Số liệu", children: [] }, { number: "", title: "Ghi chú", children: [] }] },
      { number: "", title: "Phụ lục", children: [] },
    ]);
    expect(columns.map((c) => [c.key, c.level])).toEqual([["1", 1], ["1.1", 2], ["1.(2)", 2], ["(2)", 1]]);
  });

  it("give a repeated number a key of its own", () => {
    const leaf = (number: string, title: string) => ({ number, title, children: [] });
    const columns = outlineColumns([leaf("1", "Kết quả"), leaf("1", "Hạn chế"), leaf("1", "Kiến nghị"), leaf("2", "Khác")]);
    expect(columns.map((c) => c.key)).toEqual(["1", "1 (2)", "1 (3)", "2"]);
  });
});

describe("examining one document", () => {
  it("takes the reply's own number and date from its header", () => {
    const outcome = reply("du.txt");
    expect(outcome).toMatchObject({ readable: true, file: "du.txt", number: "215/BC-SNV", date: "2023-09-05", findings: [] });
  });

  it("turns unreadable bytes into a reason instead of throwing", () => {
    const outcome = examineDocument(new Uint8Array(0), "rong.txt", request);
    expect(outcome.readable).toBe(false);
    expect(outcome.readable === false && outcome.reason).toMatch(/trống/i);
    const corrupt = examineDocument(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9]), "hong.docx", request);
    expect(corrupt.readable === false && corrupt.reason).toMatch(/hỏng/);
  });

  it("lists a .docx typed in a TCVN3 font as unreadable rather than checking nonsense", () => {
    // "Báo cáo tình hình" as a TCVN3 editor stores it, in the .VnTime font.
    const docx = buildDocx({ paragraphs: [{ text: "B¸o c¸o t×nh h×nh", font: ".VnTime" }, { text: "I. T×nh h×nh", font: ".VnTime" }] });
    const outcome = examineDocument(docx, "cu.docx", request);
    expect(outcome.readable).toBe(false);
    expect(outcome.readable === false && outcome.reason).toMatch(/TCVN3/);
  });
});

describe("the review table", () => {
  const outcomes = [
    reply("du.txt"),
    reply("thieu.txt", { drop: /^2\. Nguyên nhân chủ quan/ }),
    reply("sai-ngay.txt", { citeDate: "28/8/2023" }),
    reply("tre.txt", { ownDay: 12 }),
    reply("trong.txt", { emptyLast: true, swapIIandIII: true }),
    examineDocument(seedBytes("000_b28154c4db1fc991.txt"), "000.txt", request),
    unreadable("hong.docx", "Tệp .docx bị hỏng."),
  ];
  const table = buildReviewTable(request, outcomes);

  it("marks citation, lateness, sections and completeness per row", () => {
    const rows = table.rows.map((row) =>
      row.readable ? [row.file, row.citation, row.late, row.complete, row.errors] : [row.file, "unreadable"],
    );
    expect(rows).toEqual([
      ["du.txt", "correct", false, true, 0],
      ["thieu.txt", "correct", false, false, 1],
      ["sai-ngay.txt", "wrong", false, true, 1],
      ["tre.txt", "correct", true, true, 1],
      ["trong.txt", "correct", false, false, 0],
      ["000.txt", "missing", null, false, 1],
      ["hong.docx", "unreadable"],
    ]);
    const keys = table.columns.map((c) => c.key);
    const state = (file: string, key: string) => {
      const row = table.rows.find((r) => r.file === file);
      return row?.readable ? row.sections[keys.indexOf(key)] : undefined;
    };
    expect(state("thieu.txt", "II.2")).toBe("missing");
    expect(state("trong.txt", "IV")).toBe("empty");
    expect(state("trong.txt", "II")).toBe("out-of-order");
    expect(state("du.txt", "III.5")).toBe("present");
    // Seed 000 has no heading for I.1: its parent's text may cover it, which is not "Có".
    expect(state("000.txt", "I.1")).toBe("in-parent");
    expect(SECTION_LABEL["in-parent"]).not.toBe(SECTION_LABEL.present);
  });

  it("sums the rows up", () => {
    expect(table.summary).toEqual({
      documents: 7,
      complete: 3,
      incomplete: 3,
      late: 1,
      citingWrongly: 1,
      notCiting: 1,
      unreadable: 1,
      withErrors: 4,
    });
  });

  it("names the request as documents cite it", () => {
    expect(requestTitle(request)).toBe("Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ");
  });
});

describe("the HTML report", () => {
  const hostile = "<img src=x onerror=\"alert(1)\">&amp;</script>";
  const outcomes: DocumentOutcome[] = [
    reply("b.txt"),
    reply(`a${hostile}.txt`, { citeDate: "28/8/2023" }),
    reply("c.txt", { drop: /^2\. Nguyên nhân chủ quan/ }),
    unreadable(`d${hostile}.docx`, `Hỏng ${hostile}`),
  ];
  // The excerpt of a finding is document text: make one hostile too.
  const first = outcomes[1];
  if (first.readable) first.findings[0] = { ...first.findings[0], excerpt: hostile, data: Object.fromEntries(Object.keys(first.findings[0].data).map((key) => [key, hostile])) };
  const html = reviewHtml(buildReviewTable(request, outcomes), { generatedAt: "1/9/2023 08:00" });

  it("escapes every piece of document text", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const document = new JSDOM(html).window.document;
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    const files = [...document.querySelectorAll("#review-table tbody th")].map((th) => th.textContent);
    expect(files).toEqual(["b.txt", `a${hostile}.txt`, "c.txt", `d${hostile}.docx`]);
    const excerpts = [...document.querySelectorAll("#doc-2 blockquote")].map((q) => q.textContent);
    expect(excerpts).toContain(hostile);
    expect(document.querySelector("#doc-4")!.textContent).toContain(`Hỏng ${hostile}`);
  });

  it("sorts the table when a header button is clicked, unreadable rows staying last", () => {
    const dom = new JSDOM(html, { runScripts: "dangerously" });
    const document = dom.window.document;
    const files = () => [...document.querySelectorAll("#review-table tbody tr")].map((tr) => tr.querySelector("th")!.textContent);
    const header = (label: string) => [...document.querySelectorAll("#review-table thead th")].find((th) => th.getAttribute("data-label") === label)!;
    header("Tệp").querySelector("button")!.click();
    expect(files()).toEqual([`a${hostile}.txt`, "b.txt", "c.txt", `d${hostile}.docx`]);
    expect(header("Tệp").getAttribute("aria-sort")).toBe("ascending");
    header("II.2").querySelector("button")!.click();
    expect(files()).toEqual([`a${hostile}.txt`, "b.txt", "c.txt", `d${hostile}.docx`]);
    header("II.2").querySelector("button")!.click();
    expect(files()).toEqual(["c.txt", `a${hostile}.txt`, "b.txt", `d${hostile}.docx`]);
    expect(header("II.2").getAttribute("aria-sort")).toBe("descending");
    expect(header("Tệp").getAttribute("aria-sort")).toBe("none");
    expect(document.getElementById("sort-status")!.textContent).toBe("Đã sắp xếp theo cột II.2, giảm dần.");
  });

  it("is in Vietnamese, with the request, the summary and a print style", () => {
    const document = new JSDOM(html).window.document;
    expect(document.documentElement.lang).toBe("vi");
    expect(document.title).toBe("Tổng hợp báo cáo theo Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ");
    expect(document.querySelector(".request")!.textContent).toContain("Hạn gửi báo cáo8/9/2023");
    const summary = [...document.querySelectorAll(".summary li")].map((li) => li.textContent);
    expect(summary).toEqual([
      "4văn bản",
      "2đủ các mục đề cương",
      "1thiếu hoặc trống mục",
      "0trễ hạn",
      "1trích dẫn sai văn bản yêu cầu",
      "0không trích dẫn văn bản yêu cầu",
      "2có lỗi",
      "1không đọc được",
    ]);
    expect(html).toMatch(/@media print \{\s*@page \{ size: A4 landscape/);
    expect(document.querySelector(".generated")!.textContent).toBe("Lập lúc 1/9/2023 08:00");
  });
});
