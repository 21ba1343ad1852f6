import { agencyDisplayName, issuerName } from "../../../src/engine/understand/agency-name";
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

describe("drafts awaiting registration and templates", () => {
  const read = (paragraphs: string[]) => extractHeader(modelFromParagraphs(paragraphs));

  it("reads a blank number and a blank day as pending, with the month and year written", () => {
    const header = read(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:         /SCT-CN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Lào Cai, ngày       tháng 6 năm 2026", "Kính gửi: Cục Hóa chất"]);
    expect(header.number?.number).toBe("");
    expect(header.placeDate).toMatchObject({ place: "Lào Cai", date: null, dayPending: true, month: 6, year: 2026 });
    expect(header.placeDate?.dateText).toBe("ngày       tháng 6 năm 2026");
    expect(header.template).toBe(false);
  });

  it("reads a blank month, a missing space before năm and a capital Ngày", () => {
    expect(read(["Hồ Chí Minh, ngày       tháng      năm 2026"]).placeDate).toMatchObject({ dayPending: true, month: null, year: 2026 });
    expect(read(["Lào Cai, ngày        tháng 4năm 2026"]).placeDate).toMatchObject({ dayPending: true, month: 4, year: 2026 });
    expect(read(["Đà Nẵng, Ngày          tháng        năm 2025"]).placeDate).toMatchObject({ place: "Đà Nẵng", dayPending: true, year: 2025 });
  });

  it("reads a complete date as not pending", () => {
    expect(read(["Hà Nội, ngày 05 tháng 3 năm 2020"]).placeDate).toMatchObject({ date: "2020-03-05", dayPending: false, month: 3, year: 2020 });
  });

  it("knows a template by its placeholders and dotted blanks", () => {
    const jinja = read([" {{ten_co_quan}}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: {{so_ky_hieu}}", "{{dia_danh_thoi_gian}}", "Kính gửi: {{to_chuc_nhan}}"]);
    expect(jinja.template).toBe(true);
    const dotted = read(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ".........................................., ngày .... tháng .... năm .........", "ĐƠN KHỞI KIỆN"]);
    expect(dotted.template).toBe(true);
    expect(dotted.placeDate).toMatchObject({ dayPending: true, month: null, year: null });
  });

  it("reads a genre's title line that carries more words", () => {
    expect(read(["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN THẨM ĐỊNH", "Hồ sơ đề nghị cấp giấy phép"]).typeName).toMatchObject({ type: "Biên bản", text: "BIÊN BẢN THẨM ĐỊNH" });
    expect(read(["Phụ lục III", "BẢNG CHỮ VIẾT TẮT TÊN LOẠI"]).typeName?.genre.key).toBe("phu-luc");
  });

  it("reads a misspelt Quốc hiệu as the Quốc hiệu", () => {
    const header = read(["UBND TỈNH LÀO CAI", "      CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG", " Độc lập -Tự do - Hạnh phúc"]);
    expect(header.nationalTitle?.text).toBe("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(header.motto?.text).toBe("Độc lập -Tự do - Hạnh phúc");
    expect(header.agencies.map((a) => a.text)).toEqual(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]);
  });
});

describe("headers converted from PDF or web pages", () => {
  const read = (paragraphs: string[]) => extractHeader(modelFromParagraphs(paragraphs));

  it("splits cells separated by | and drops the rules after the names", () => {
    const header = read([
      "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
      "Số: 215/UBND-VX | Đà Nẵng, ngày 03 tháng 7 năm 2022 |",
      "V/v triển khai",
      "Kính gửi: Sở Y tế",
    ]);
    expect(header.agency?.text).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG");
    expect(header.number?.number).toBe("215/UBND-VX");
    expect(header.placeDate).toMatchObject({ place: "Đà Nẵng", date: "2022-07-03" });
    expect(header.subject?.text).toBe("triển khai");
  });

  it("reads a rule glued to the agency line", () => {
    const header = read(["BỘ TÀI CHÍNH -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/BTC-NSNN"]);
    expect(header.agency?.text).toBe("BỘ TÀI CHÍNH");
  });

  it("reads a V/v wrapped over several lines before the date, and a date run into Kính gửi", () => {
    const header = read([
      "BỘ TÀI CHÍNH",
      "Số: 12/BTC-NSNN",
      "V/v hướng dẫn lập dự toán",
      "ngân sách nhà nước",
      "năm 2024",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Hà Nội, ngày 10 tháng 7 năm 2023 Kính gửi: Các bộ, cơ quan ngang bộ",
      "Thực hiện Luật Ngân sách nhà nước, Bộ Tài chính hướng dẫn như sau.",
    ]);
    expect(header.subject?.text).toBe("hướng dẫn lập dự toán ngân sách nhà nước năm 2024");
    expect(header.placeDate).toMatchObject({ place: "Hà Nội", date: "2023-07-10" });
    expect(header.recipients.map((r) => r.text)).toEqual(["Các bộ, cơ quan ngang bộ"]);
  });
});

describe("issuerName", () => {
  it.each([
    ["SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI", "Sở Công Thương tỉnh Lào Cai"],
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH LÀO CAI", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"],
    ["VĂN PHÒNG", "UBND TỈNH LÀO CAI", "Văn phòng UBND tỉnh Lào Cai"],
    ["CỤC HÓA CHẤT", "BỘ CÔNG THƯƠNG", "Cục Hóa chất"],
    ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", null, "Ủy ban nhân dân tỉnh Lào Cai"],
    ["SỞ NGOẠI VỤ TỈNH KIÊN GIANG", "UBND TỈNH KIÊN GIANG", "Sở Ngoại vụ tỉnh Kiên Giang"],
  ])("%s under %s → %s", (agency, parent, expected) => {
    expect(issuerName(agency, parent)).toBe(expected);
  });
});
