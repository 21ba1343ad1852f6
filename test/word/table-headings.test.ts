/**
 * A reply written as a table, each heading's number in one cell and its title in the next, is
 * read in Word with the rows and cells the .docx gives: the pane finds the same sections as
 * `vanban check` instead of reporting every one of them missing.
 */
import { readDocument } from "../../src/engine/read";
import type { OutlineNode } from "../../src/engine/types";
import { compareSections } from "../../src/engine/understand/match";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWordFromOoxml, ooxmlPackageOfDocx } from "../../src/word/simulator";
import { buildDocx } from "../support/docx-builder";

const node = (number: string, title: string): OutlineNode => ({ number, title, children: [] });
const outline = [
  node("1", "Tình hình triển khai thực hiện Nghị quyết của Hội đồng nhân dân tỉnh"),
  node("2", "Đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2023"),
  node("3", "Tồn tại, hạn chế và nguyên nhân"),
];
const body = "Trong năm, đơn vị đã triển khai đầy đủ các nhiệm vụ được giao, kết quả cụ thể như sau.";

const reply = buildDocx({
  paragraphs: [
    "Kính gửi: Ủy ban nhân dân tỉnh",
    "Thực hiện Công văn số 1234/UBND-TH ngày 10/11/2023 của Ủy ban nhân dân tỉnh, Sở Công Thương báo cáo như sau:",
    {
      table: [
        ["STT", "Nội dung", "Kết quả"],
        ["1", "Tình hình triển khai thực hiện", body],
        ["2", "Kết quả thực hiện các chỉ tiêu", [body, { table: [["Chỉ tiêu", "Kết quả"], ["Tăng trưởng", "7,2%"]] }]],
        ["3", "Tồn tại, hạn chế", body],
      ],
    },
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, KHTC.",
  ],
});

const statuses = (model: Parameters<typeof compareSections>[0]) =>
  compareSections(model, outline).statuses.map((s) => [s.number, s.status, s.match?.heading ?? null]);

describe.each([3, 4])("a reply written as a table, in Word (WordApi 1.%i)", (apiMinorVersion) => {
  test("has each paragraph's row and cell as the .docx gives them, the innermost cell's in a nested table", async () => {
    const fromFile = readDocument(reply, "bao-cao.docx");
    const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(reply), { apiMinorVersion });
    const fromWord = await createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
    const place = (cell: { row: number; cell: number; depth: number } | undefined) => cell && [cell.row, cell.cell, cell.depth];
    expect(fromWord.paragraphs.map((p) => place(p.cell))).toEqual(fromFile.paragraphs.map((p) => place(p.cell)));
    // The nested table's "7,2%": second row, second cell, depth 2.
    expect(place(fromWord.paragraphs.find((p) => p.text === "7,2%")?.cell)).toEqual([1, 1, 2]);
  });

  test("finds the sections the .docx gives, each heading with its number from the cell before", async () => {
    const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(reply), { apiMinorVersion });
    const fromWord = await createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
    expect(statuses(fromWord)).toEqual([
      ["1", "present", "1. Tình hình triển khai thực hiện"],
      ["2", "present", "2. Kết quả thực hiện các chỉ tiêu"],
      ["3", "present", "3. Tồn tại, hạn chế"],
    ]);
    expect(statuses(fromWord)).toEqual(statuses(readDocument(reply, "bao-cao.docx")));
  });
});
