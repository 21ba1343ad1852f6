/**
 * Replies as clerks write them, against outlines as requests write them: headings shortened,
 * without the request's lead words, reworded, in capitals, in bold without numbers, in table
 * cells. Each case says which outline entries the reply answers and with which heading.
 */
import type { DocumentModel, Paragraph } from "../../../src/engine/model";
import { modelFromParagraphs } from "../../../src/engine/model";
import { compareSections } from "../../../src/engine/understand/match";
import type { OutlineNode, SectionState } from "../../../src/engine/types";
import { requestOutline, seedLines } from "./seeds";

const node = (number: string, title: string, children: OutlineNode[] = []): OutlineNode => ({ number, title, children });

/** An outline in the shape of a provincial People's Committee's request for a year-end report. */
const yearEnd = [
  node("1", "Tình hình triển khai thực hiện Nghị quyết của Hội đồng nhân dân tỉnh"),
  node("2", "Đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2023"),
  node("3", "Tồn tại, hạn chế và nguyên nhân"),
  node("4", "Phương hướng, nhiệm vụ và giải pháp năm 2024"),
  node("5", "Đề xuất, kiến nghị"),
];

const intro = ["Kính gửi: Ủy ban nhân dân tỉnh", "Thực hiện Công văn số 1234/UBND-TH ngày 10/11/2023 của Ủy ban nhân dân tỉnh, Sở Công Thương báo cáo như sau:"];
const closing = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, KHTC."];
const body = "Trong năm, đơn vị đã triển khai đầy đủ các nhiệm vụ được giao, kết quả cụ thể như sau.";

/** Paragraphs with heading emphasis: `**…**` lines become bold paragraphs. */
function draft(lines: readonly (string | Paragraph)[]): DocumentModel {
  const paragraphs = [...intro, ...lines, ...closing].map((line, index): Paragraph => {
    if (typeof line !== "string") return { ...line, index };
    const bold = /^\*\*.*\*\*$/.test(line);
    return { index, text: bold ? line.slice(2, -2) : line, format: bold ? { bold: true } : {} };
  });
  return { source: "word", notices: [], paragraphs };
}

/** Rows of a table: each row's cells, one paragraph a cell. */
function table(rows: readonly (readonly string[])[]): Paragraph[] {
  return rows.flatMap((cells, row) => cells.map((text, cell) => ({ index: 0, text, format: {}, cell: { table: 0, row, cell, depth: 1 } })));
}

type Expect = Array<[string, SectionState, string | null, "number" | "meaning" | "parent" | null]>;

function outcome(model: DocumentModel, outline: OutlineNode[]): Expect {
  return compareSections(model, outline).statuses.map((s) => [s.number, s.status, s.match?.heading ?? null, s.match?.via ?? null]);
}

describe("replies to a year-end report request", () => {
  const cases: Array<[string, (string | Paragraph)[], Expect]> = [
    [
      "shortened, the request's lead words dropped",
      ["1. Về triển khai thực hiện Nghị quyết", body, "2. Về kết quả thực hiện các chỉ tiêu", body, "3. Hạn chế và nguyên nhân", body, "4. Nhiệm vụ năm 2024", body, "5. Kiến nghị", body],
      [
        ["1", "present", "1. Về triển khai thực hiện Nghị quyết", "number"],
        ["2", "present", "2. Về kết quả thực hiện các chỉ tiêu", "number"],
        ["3", "present", "3. Hạn chế và nguyên nhân", "number"],
        ["4", "present", "4. Nhiệm vụ năm 2024", "number"],
        ["5", "present", "5. Kiến nghị", "number"],
      ],
    ],
    [
      "in capitals with Roman numbers",
      ["I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", body, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI", body, "III. NHỮNG TỒN TẠI, HẠN CHẾ", body, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", body, "V. ĐỀ XUẤT, KIẾN NGHỊ", body],
      [
        ["1", "present", "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "number"],
        ["2", "present", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI", "number"],
        ["3", "present", "III. NHỮNG TỒN TẠI, HẠN CHẾ", "number"],
        ["4", "present", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "number"],
        ["5", "present", "V. ĐỀ XUẤT, KIẾN NGHỊ", "number"],
      ],
    ],
    [
      "bold without numbers",
      ["**Kết quả thực hiện các chỉ tiêu năm 2023**", body, "**Hạn chế, tồn tại**", body, "**Nhiệm vụ, giải pháp năm 2024**", body, "**Kiến nghị**", body],
      [
        ["1", "missing", null, null],
        ["2", "present", "Kết quả thực hiện các chỉ tiêu năm 2023", "meaning"],
        ["3", "present", "Hạn chế, tồn tại", "meaning"],
        ["4", "present", "Nhiệm vụ, giải pháp năm 2024", "meaning"],
        ["5", "present", "Kiến nghị", "meaning"],
      ],
    ],
    [
      "a section skipped: the numbers shift and meaning decides",
      ["1. Tình hình triển khai", body, "2. Những tồn tại, hạn chế", body, "3. Phương hướng, nhiệm vụ năm 2024", body, "4. Đề xuất, kiến nghị", body],
      [
        ["1", "present", "1. Tình hình triển khai", "number"],
        ["2", "missing", null, null],
        ["3", "present", "2. Những tồn tại, hạn chế", "meaning"],
        ["4", "present", "3. Phương hướng, nhiệm vụ năm 2024", "meaning"],
        ["5", "present", "4. Đề xuất, kiến nghị", "meaning"],
      ],
    ],
    [
      "headings with nothing under them are empty, not missing",
      ["1. Tình hình triển khai thực hiện", body, "2. Kết quả thực hiện các chỉ tiêu", "…", "3. Tồn tại, hạn chế", "", "4. Nhiệm vụ năm 2024", body, "5. Kiến nghị"],
      [
        ["1", "present", "1. Tình hình triển khai thực hiện", "number"],
        ["2", "empty", "2. Kết quả thực hiện các chỉ tiêu", "number"],
        ["3", "empty", "3. Tồn tại, hạn chế", "number"],
        ["4", "present", "4. Nhiệm vụ năm 2024", "number"],
        ["5", "empty", "5. Kiến nghị", "number"],
      ],
    ],
    [
      "in table cells: the number in one cell, the title in the next",
      table([
        ["STT", "Nội dung", "Kết quả"],
        ["1", "Tình hình triển khai thực hiện", body],
        ["2", "Kết quả thực hiện các chỉ tiêu", body],
        ["3", "Tồn tại, hạn chế", body],
        ["4", "Nhiệm vụ năm 2024", "…"],
        ["5", "Kiến nghị", body],
      ]),
      [
        ["1", "present", "1. Tình hình triển khai thực hiện", "number"],
        ["2", "present", "2. Kết quả thực hiện các chỉ tiêu", "number"],
        ["3", "present", "3. Tồn tại, hạn chế", "number"],
        ["4", "empty", "4. Nhiệm vụ năm 2024", "number"],
        ["5", "present", "5. Kiến nghị", "number"],
      ],
    ],
    [
      "in table cells: numbered headings in a one-column table",
      table([["I. Về tình hình triển khai"], [body], ["II. Về kết quả thực hiện chỉ tiêu"], [body], ["III. Đề xuất, kiến nghị"], [body]]),
      [
        ["1", "present", "I. Về tình hình triển khai", "number"],
        ["2", "present", "II. Về kết quả thực hiện chỉ tiêu", "number"],
        ["3", "missing", null, null],
        ["4", "missing", null, null],
        ["5", "present", "III. Đề xuất, kiến nghị", "meaning"],
      ],
    ],
  ];

  it.each(cases)("%s", (_name, lines, expected) => {
    expect(outcome(draft(lines), yearEnd)).toEqual(expected);
  });

  it("does not take a numbered heading whose words are another section's", () => {
    // "2." stands where 2 would, but its words are those of 4: the number alone does not decide.
    const model = draft(["1. Tình hình triển khai", body, "2. Nhiệm vụ, giải pháp năm 2024", body]);
    const statuses = compareSections(model, yearEnd).statuses;
    expect(statuses.map((s) => s.status)).toEqual(["present", "missing", "missing", "present", "missing"]);
    expect(statuses[1].candidate).toEqual({ heading: "2. Nhiệm vụ, giải pháp năm 2024", paragraph: 4, reason: "taken", takenBy: "4" });
  });

  it("lets a clearly better match by words win over the number at its place", () => {
    const outline = [node("1", "Kết quả đạt được"), node("2", "Hạn chế"), node("3", "Nguyên nhân của hạn chế")];
    const model = draft(["1. Kết quả", body, "2. Nguyên nhân của hạn chế", body]);
    expect(outcome(model, outline)).toEqual([
      ["1", "present", "1. Kết quả", "number"],
      ["2", "missing", null, null],
      ["3", "present", "2. Nguyên nhân của hạn chế", "meaning"],
    ]);
  });

  it("does not take a heading numbered at the place that shares only a generic word (công tác)", () => {
    const outline = [node("1", "Công tác tuyên truyền, phổ biến"), node("2", "Công tác thanh tra, kiểm tra")];
    const model = draft(["1. Tuyên truyền, phổ biến", body, "2. Công tác khác", body]);
    expect(outcome(model, outline).map(([number, status]) => [number, status])).toEqual([
      ["1", "present"],
      ["2", "missing"],
    ]);
  });

  it("names a nearest heading that shares too few words, and why", () => {
    const model = draft(["1. Tình hình triển khai", body, "2. Công tác thông tin về chỉ tiêu", body]);
    const statuses = compareSections(model, yearEnd).statuses;
    expect(statuses[1].status).toBe("missing");
    expect(statuses[1].candidate).toMatchObject({ heading: "2. Công tác thông tin về chỉ tiêu", reason: "words" });
  });

  it("does not read a data table's numbered rows as sections or as the writer's sub-headings", () => {
    const outline = [node("I", "Kết quả thực hiện", [node("1", "Công tác tuyên truyền"), node("2", "Công tác kiểm tra")])];
    const model = draft([
      "I. Kết quả thực hiện",
      body,
      ...table([
        ["STT", "Đơn vị", "Số cuộc"],
        ["1", "Phòng Kinh tế", "12"],
        ["2", "Phòng Tư pháp", "8"],
      ]),
    ]);
    expect(outcome(model, outline).map(([number, status]) => [number, status])).toEqual([
      ["I", "present"],
      ["1", "in-parent"],
      ["2", "in-parent"],
    ]);
  });
});

describe("sub-sections answered by a passage of the parent's text", () => {
  const causes = [node("II", "Nguyên nhân", [node("1", "Nguyên nhân khách quan"), node("2", "Nguyên nhân chủ quan")])];

  it("finds a run-in label as the answer, and leaves the other sub-section inferred", () => {
    const model = draft(["II. Nguyên nhân", "- Nguyên nhân khách quan: do cơ chế, chính sách còn chồng chéo.", "Ngoài ra, khối lượng công việc lớn."]);
    expect(outcome(model, causes)).toEqual([
      ["II", "present", "II. Nguyên nhân", "number"],
      ["1", "present", "Nguyên nhân khách quan", "meaning"],
      ["2", "in-parent", "II. Nguyên nhân", "parent"],
    ]);
    expect(compareSections(model, causes).statuses[1].paragraph).toBe(intro.length + 1);
  });

  it("takes each passage for one sub-section only", () => {
    const model = draft(["II. Nguyên nhân", "Chủ quan: một bộ phận cán bộ còn sợ trách nhiệm.", "Khách quan: quy định chưa rõ."]);
    expect(outcome(model, causes).map(([number, status, heading]) => [number, status, heading])).toEqual([
      ["II", "present", "II. Nguyên nhân"],
      ["1", "present", "Khách quan"],
      ["2", "present", "Chủ quan"],
    ]);
  });
});

describe("sections written as plain label lines", () => {
  it("takes a label line as the answer, empty when nothing follows it", () => {
    const model = modelFromParagraphs([
      ...intro,
      "1. Tình hình triển khai thực hiện",
      body,
      "Kết quả thực hiện các chỉ tiêu: đạt và vượt 18/20 chỉ tiêu.",
      "Đề xuất, kiến nghị:",
      ...closing,
    ]);
    expect(outcome(model, yearEnd)).toEqual([
      ["1", "present", "1. Tình hình triển khai thực hiện", "number"],
      ["2", "present", "Kết quả thực hiện các chỉ tiêu", "meaning"],
      ["3", "missing", null, null],
      ["4", "missing", null, null],
      ["5", "empty", "Đề xuất, kiến nghị", "meaning"],
    ]);
  });

  it("shows the sub-sections of a label line as inferred from it", () => {
    const outline = [node("I", "Kết quả", [node("1", "Công tác chỉ đạo")]), node("II", "Kiến nghị")];
    const model = modelFromParagraphs([...intro, "Kết quả đạt được:", body, "Kiến nghị: sớm ban hành hướng dẫn.", ...closing]);
    expect(outcome(model, outline).map(([number, status]) => [number, status])).toEqual([
      ["I", "present"],
      ["1", "in-parent"],
      ["II", "present"],
    ]);
  });
});

describe("the seeds keep their known results", () => {
  const outline = requestOutline();
  const seed = (prefix: string) => modelFromParagraphs(seedLines(prefix));

  it("reply 000: II missing, I/III/IV present; their sub-sections only inferred from the parent", () => {
    const statuses = compareSections(seed("000"), outline).statuses;
    expect(statuses.filter((s) => s.level === 1).map((s) => [s.number, s.status, s.match?.heading ?? null])).toEqual([
      ["I", "present", "1. Tình hình thực trạng"],
      ["II", "missing", null],
      ["III", "present", "2. Nhiệm vụ và giải pháp trong thời gian tới"],
      ["IV", "present", "3. Đề xuất, kiến nghị"],
    ]);
    const children = statuses.filter((s) => s.level === 2);
    expect(children.map((s) => s.status)).toEqual([...Array(3).fill("in-parent"), "missing", "missing", ...Array(5).fill("in-parent")]);
    expect(statuses[4].candidate).toMatchObject({ heading: "2. Nhiệm vụ và giải pháp trong thời gian tới", reason: "taken", takenBy: "III" });
  });

  it("reply 001: II and IV missing", () => {
    const statuses = compareSections(seed("001"), outline).statuses;
    expect(statuses.filter((s) => s.level === 1).map((s) => [s.number, s.status])).toEqual([
      ["I", "present"],
      ["II", "missing"],
      ["III", "present"],
      ["IV", "missing"],
    ]);
    expect(statuses.filter((s) => s.status === "present").map((s) => s.match?.via)).toEqual(["number", "meaning"]);
  });
});
