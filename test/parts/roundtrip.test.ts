/**
 * What the parts insert, the checker must read back: the header and closing of drafts made
 * here go through the engine's own header and closing readers.
 */
import { checkDocument } from "../../src/engine/check";
import type { DocumentModel } from "../../src/engine/model";
import { DRAFT_TYPES } from "../../src/parts/doctypes";
import { extractClosing } from "../../src/engine/understand/closing";
import { extractHeader } from "../../src/engine/understand/header";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { bodyParagraph, buildClosing, buildHeader, type Block } from "../../src/parts/blocks";
import { buildNewDraftBlocks, type NewDraftOptions } from "../../src/parts/new-draft";
import { readBlocks } from "./read-ooxml";

/** The draft as a reader of the .docx would see it: paragraphs in document order, with their table cells. */
function modelOf(options: NewDraftOptions | Block[]): DocumentModel {
  const document = readBlocks(Array.isArray(options) ? options : buildNewDraftBlocks(options));
  return {
    source: "docx",
    notices: [],
    paragraphs: document.paragraphs.map((paragraph, index) => ({
      index,
      text: paragraph.text,
      format: { style: paragraph.style === "BodyText" ? "Body Text" : paragraph.style?.replace(/^Heading(\d)$/, "Heading $1") ?? "Normal" },
      ...(paragraph.cell ? { cell: { table: paragraph.cell.table, row: paragraph.cell.row, cell: paragraph.cell.column, depth: 1 } } : {}),
    })),
  };
}

describe("the engine reads back the parts", () => {
  it("state báo cáo: agency, number, date, type and subject", () => {
    const header = extractHeader(modelOf({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-01-05", number: 7 }));
    expect(header.system).toBe("state");
    expect(header.parentAgency?.text).toBe("UBND TỈNH KIÊN GIANG");
    expect(header.agency?.text).toBe("SỞ NGOẠI VỤ");
    expect(header.number?.number).toBe("07/BC-SNgV");
    expect(header.number?.colon).toBe(true);
    expect(header.placeDate?.place).toBe("Kiên Giang");
    expect(header.placeDate?.date).toBe("2023-01-05");
    expect(header.typeName?.type).toBe("Báo cáo");
    expect(header.typeSubject?.text).toBe("Thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm");
  });

  it("state công văn: blank number, V/v subject, urgency, Kính gửi", () => {
    const header = extractHeader(modelOf({ profile: EXAMPLE_STATE_PROFILE, type: "cong-van", request: EXAMPLE_REQUEST, urgency: "HỎA TỐC" }));
    expect(header.number?.number).toBe("");
    expect(header.subject?.text).toBe(EXAMPLE_REQUEST.subject);
    expect(header.urgency?.text).toBe("HỎA TỐC");
    expect(header.salutation?.text).toContain("Kính gửi");
    expect(header.placeDate?.date ?? null).toBeNull();
  });

  it("Party báo cáo: ĐẢNG CỘNG SẢN VIỆT NAM, Party number without colon", () => {
    const header = extractHeader(modelOf({ profile: EXAMPLE_PARTY_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-09-05", number: 12 }));
    expect(header.system).toBe("party");
    expect(header.nationalTitle?.text).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(header.agency?.text).toBe("VĂN PHÒNG");
    expect(header.number?.number).toBe("12-BC/VPTU");
    expect(header.number?.colon).toBe(false);
    expect(header.placeDate?.date).toBe("2023-09-05");
  });

  it.each([
    [EXAMPLE_STATE_PROFILE, "KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"],
    [EXAMPLE_PARTY_PROFILE, "KT", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Trần Thị Bình"],
  ] as const)("closing of %#: Nơi nhận, authority, title and signer", (profile, code, on, title, signer) => {
    const closing = extractClosing(modelOf({ profile, type: "bao-cao", request: EXAMPLE_REQUEST }));
    expect(closing.recipientsLabel?.text).toBe("Nơi nhận:");
    expect(closing.recipients.map((line) => line.text)[0]).toBe("- Như trên;");
    expect(closing.recipients.map((line) => line.text).pop()).toBe(`- Lưu: VT, ${profile.unitCode}.`);
    expect(closing.authority?.code).toBe(code);
    expect(closing.authority?.on).toBe(on);
    expect(closing.title?.text).toBe(title);
    expect(closing.signer?.text).toBe(signer);
  });
});

describe("the checker does not complain about the parts' own output", () => {
  const ownRules = new Set(["header-missing", "header-wording", "closing-missing"]);
  const complaints = (options: NewDraftOptions): string[] =>
    checkDocument(modelOf(options), null)
      .findings.filter((finding) => ownRules.has(finding.rule))
      .map((finding) => `${finding.rule}: ${finding.excerpt}`);

  for (const type of DRAFT_TYPES) {
    it(`${type.key}: number and date left for the văn thư, state and Party`, () => {
      expect(complaints({ profile: EXAMPLE_STATE_PROFILE, type: type.key, request: EXAMPLE_REQUEST })).toEqual([]);
      expect(complaints({ profile: EXAMPLE_PARTY_PROFILE, type: type.key, request: EXAMPLE_REQUEST })).toEqual([]);
    });
  }

  it("a header and closing inserted by the task pane, the date left for the văn thư", () => {
    for (const profile of [EXAMPLE_STATE_PROFILE, EXAMPLE_PARTY_PROFILE]) {
      const blocks = [
        ...buildHeader(profile, { type: "bao-cao", subject: "Kết quả thực hiện", number: null, date: null }),
        bodyParagraph("Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở báo cáo như sau."),
        ...buildClosing(profile, { type: "bao-cao" }),
      ];
      const findings = checkDocument(modelOf(blocks), null).findings.filter((f) => ownRules.has(f.rule));
      expect(findings.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    }
  });

  it("reads the blank day as pending, with no year yet", () => {
    const header = extractHeader(modelOf({ profile: EXAMPLE_STATE_PROFILE, type: "cong-van", request: EXAMPLE_REQUEST }));
    expect(header.number?.number).toBe("");
    expect(header.placeDate).toMatchObject({ place: "Kiên Giang", date: null, dayPending: true, month: null });
  });
});
