import { agencyDisplayName } from "../../../src/engine/understand/agency-name";
import { extractHeader } from "../../../src/engine/understand/header";
import { modelFromParagraphs, type DocumentModel } from "../../../src/engine/model";
import { seed } from "./seeds";

describe("extractHeader on the seeds", () => {
  it("002: agency, glued Quốc hiệu and Tiêu ngữ, number, V/v, place and date, recipients", () => {
    const h = extractHeader(seed("request"));
    expect(h.system).toBe("state");
    expect(h.agency?.text).toBe("BỘ NỘI VỤ");
    expect(h.parentAgency).toBeNull();
    expect(h.nationalTitle?.paragraph).toBe(1);
    expect(h.motto?.paragraph).toBe(1);
    expect(h.number?.number).toBe("4874/BNV-CCVC");
    expect(h.number?.colon).toBe(true);
    expect(h.subject?.text).toBe("báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm");
    expect([h.placeDate?.place, h.placeDate?.date]).toEqual(["Hà Nội", "2023-08-29"]);
    expect(h.recipients).toHaveLength(6);
    expect(h.bodyStart).toBe(12);
  });

  it("004: wrapped agency name, stray space in the number, urgency", () => {
    const h = extractHeader(seed("fullHeader"));
    expect(h.agency?.text).toBe("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
    expect(h.number?.number).toBe("919/UBND-NC");
    expect(h.placeDate?.date).toBe("2023-05-16");
    expect(h.urgency?.text).toBe("HỎA TỐC");
    expect(h.subject?.text).toMatch(/^chấn chỉnh, tăng cường trách nhiệm/);
    expect(h.motto?.paragraph).toBe(3);
    expect(h.recipients).toHaveLength(2);
  });

  it("000: text starts at Kính gửi, so the header is missing", () => {
    const h = extractHeader(seed("reply"));
    expect([h.number, h.placeDate, h.nationalTitle, h.agency]).toEqual([null, null, null, null]);
    expect(h.recipients.map((r) => r.text)).toEqual(["Sở Nội vụ"]);
    expect(h.bodyStart).toBe(1);
  });

  it("001: type name and subject of a Báo cáo", () => {
    const h = extractHeader(seed("partyReply"));
    expect(h.typeName?.type).toBe("Báo cáo");
    expect(h.typeSubject?.text).toMatch(/^Thực trạng và nhiệm vụ/);
    expect(h.number).toBeNull();
  });
});

describe("extractHeader on built documents", () => {
  it("reads a Party header", () => {
    const h = extractHeader(
      modelFromParagraphs([
        "TỈNH ỦY KIÊN GIANG",
        "BAN NỘI CHÍNH",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 1702-CV/BNCTU",
        "Kiên Giang, ngày 28 tháng 8 năm 2023",
        "V/v báo cáo chuyên đề",
        "Kính gửi: Văn phòng Tỉnh ủy",
        "Thực hiện chỉ đạo của Thường trực Tỉnh ủy, Ban Nội chính đề nghị…",
      ]),
    );
    expect(h.system).toBe("party");
    expect(h.parentAgency?.text).toBe("TỈNH ỦY KIÊN GIANG");
    expect(h.agency?.text).toBe("BAN NỘI CHÍNH");
    expect(h.number).toMatchObject({ number: "1702-CV/BNCTU", colon: false, paragraph: 4 });
    expect(h.subject?.text).toBe("báo cáo chuyên đề");
    expect(h.bodyStart).toBe(8);
  });

  it("accepts HOÀ, joins a V/v wrapped over lines and reads a header table", () => {
    const model: DocumentModel = modelFromParagraphs([
      "UBND TỈNH KIÊN GIANG",
      "SỞ NGOẠI VỤ",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/SNgV-VP",
      "V/v báo cáo thực trạng,",
      "nhiệm vụ, giải pháp",
      "Kiên Giang, ngày 05 tháng 9 năm 2023",
      "Kính gửi: Sở Nội vụ",
    ]);
    model.paragraphs.slice(0, 8).forEach((p, i) => (p.cell = { table: 0, row: i < 4 ? 0 : 1, cell: i % 2, depth: 1 }));
    const h = extractHeader(model);
    expect(h.nationalTitle?.paragraph).toBe(2);
    expect(h.parentAgency?.text).toBe("UBND TỈNH KIÊN GIANG");
    expect(h.agency?.text).toBe("SỞ NGOẠI VỤ");
    expect(h.subject?.text).toBe("báo cáo thực trạng, nhiệm vụ, giải pháp");
    expect(h.subject?.paragraphs).toEqual([5, 6]);
    expect(h.placeDate?.date).toBe("2023-09-05");
  });

  it("reads an invalid own date without a crash", () => {
    const h = extractHeader(modelFromParagraphs(["Hà Nội, ngày 31 tháng 4 năm 2023", "Kính gửi: Bộ Nội vụ"]));
    expect(h.placeDate).toMatchObject({ date: null, dateText: "ngày 31 tháng 4 năm 2023" });
  });

  it("handles an empty document", () => {
    const h = extractHeader(modelFromParagraphs([]));
    expect(h.number).toBeNull();
    expect(h.bodyStart).toBe(0);
  });
});

describe("agencyDisplayName", () => {
  it.each([
    ["BỘ NỘI VỤ", "Bộ Nội vụ"],
    ["SỞ NGOẠI VỤ", "Sở Ngoại vụ"],
    ["ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "Ủy ban nhân dân tỉnh Kiên Giang"],
    ["BAN NỘI CHÍNH TỈNH ỦY", "Ban Nội chính Tỉnh ủy"],
    ["VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"],
    ["BỘ TÀI CHÍNH", "Bộ Tài chính"],
    ["Bộ Nội vụ", "Bộ Nội vụ"],
  ])("%s → %s", (upper, name) => {
    expect(agencyDisplayName(upper)).toBe(name);
  });
});

describe("two header columns read as one line", () => {
  it("splits agency from Quốc hiệu and number from place and date", () => {
    const h = extractHeader(
      modelFromParagraphs([
        "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 4874/BNV-CCVC Hà Nội, ngày 29 tháng 8 năm 2023",
        "V/v báo cáo thực trạng",
        "Kính gửi: Các Bộ",
      ]),
    );
    expect(h.agency?.text).toBe("BỘ NỘI VỤ");
    expect(h.nationalTitle?.text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(h.number?.number).toBe("4874/BNV-CCVC");
    expect(h.placeDate).toMatchObject({ place: "Hà Nội", date: "2023-08-29", paragraph: 2 });
    const text = "Số: 4874/BNV-CCVC Hà Nội, ngày 29 tháng 8 năm 2023";
    expect(text.slice(h.placeDate!.start, h.placeDate!.end)).toBe("ngày 29 tháng 8 năm 2023");
  });

  it("splits a second agency line from the Tiêu ngữ", () => {
    const h = extractHeader(
      modelFromParagraphs(["UBND TỈNH KIÊN GIANG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-SNgV", "Kính gửi: Sở Nội vụ"]),
    );
    expect(h.parentAgency?.text).toBe("UBND TỈNH KIÊN GIANG");
    expect(h.agency?.text).toBe("SỞ NGOẠI VỤ");
    expect(h.motto?.text).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("keeps offsets into the paragraph when a paragraph holds several lines", () => {
    const text = "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 919 /UBND-NC\n  Kiên Giang, ngày 16 tháng 5 năm 2023";
    const h = extractHeader(modelFromParagraphs([text, "Kính gửi: Các sở"]));
    expect(h.agency?.text).toBe("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
    expect(text.slice(h.number!.start, h.number!.end)).toBe("919 /UBND-NC");
    expect(text.slice(h.placeDate!.start, h.placeDate!.end)).toBe("ngày 16 tháng 5 năm 2023");
  });
});

describe("urgency, secrecy and recipients", () => {
  it.each([
    ["HOẢ TỐC", "urgency"],
    ["THƯỢNG KHẨN", "urgency"],
    ["KHẨN", "urgency"],
    ["TỐI MẬT", "secrecy"],
  ] as const)("%s is a %s mark", (mark, kind) => {
    const h = extractHeader(modelFromParagraphs(["BỘ NỘI VỤ", "Số: 1/BNV-VP", mark, "Kính gửi: Các Bộ"]));
    expect(h[kind]?.text).toBe(mark);
    expect(h.agencies).toHaveLength(1);
  });

  it("reads a single recipient on the line after Kính gửi", () => {
    const h = extractHeader(modelFromParagraphs(["Kính gửi:", "Sở Nội vụ tỉnh Kiên Giang", "Thực hiện Công văn số 1/SNV-VP, Sở báo cáo:"]));
    expect(h.recipients.map((r) => r.text)).toEqual(["Sở Nội vụ tỉnh Kiên Giang"]);
    expect(h.bodyStart).toBe(2);
  });
});
