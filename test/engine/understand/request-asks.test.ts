import { modelFromParagraphs, type DocumentModel } from "../../../src/engine/model";
import { documentGenre } from "../../../src/engine/understand/request-asks";
import { extractRequest, requestVerdict } from "../../../src/engine/understand/request";
import { extractOutline } from "../../../src/engine/understand/outline";
import { seed } from "./seeds";

const SCT = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

/** A Sở Công Thương letter: header, number with its symbol, optional title or V/v, then the body. */
function letter(symbol: string, top: string[], body: string[]): DocumentModel {
  return modelFromParagraphs([...SCT, `Số:      /${symbol}`, "Lào Cai, ngày      tháng 6 năm 2026", ...top, "Kính gửi: Các đơn vị", ...body]);
}

describe("documentGenre", () => {
  const cases: [string, DocumentModel, string | null][] = [
    ["a title line", letter("BC-SCT", ["BÁO CÁO THAM LUẬN", "Công tác quản lý"], []), "Báo cáo"],
    ["a title line with a qualifier", letter("GM-UBND", ["GIẤY MỜI HỌP", "Về tình hình triển khai"], []), "Giấy mời"],
    ["the symbol of a blank number", letter("QĐ-SCT", [], []), "Quyết định"],
    ["a giấy phép's symbol outside Phụ lục III", letter("GP-UBND", [], []), "Giấy phép"],
    ["a công văn's symbol and V/v", letter("SCT-CN", ["V/v báo cáo thực trạng"], []), "Công văn"],
    ["a công văn that notifies results", letter("SCT-CN", ["V/v thông báo kết quả thẩm định thiết kế"], []), "Thông báo"],
    ["a Party letter's symbol", modelFromParagraphs(["BAN NỘI CHÍNH TỈNH ỦY", "Số 1702-CV/BNCTU", "Kính gửi: Văn phòng Tỉnh ủy"]), "Công văn"],
    ["nothing on top", modelFromParagraphs(["Ghi chú họp giao ban tuần."]), null],
  ];
  it.each(cases)("reads %s", (_name, model, genre) => {
    expect(documentGenre(model)).toBe(genre);
  });
});

describe("requestVerdict and the deadline", () => {
  const cases: { name: string; model: DocumentModel; request: boolean; deadline?: string | null }[] = [
    {
      name: "a letter asking a report to be sent by a date",
      model: letter("SCT-CN", ["V/v báo cáo thực trạng"], ["Đề nghị các đơn vị gửi báo cáo về Sở Công Thương trước ngày 22/6/2026 để tổng hợp."]),
      request: true,
      deadline: "2026-06-22",
    },
    {
      name: "a passive ask with a time of day before the date",
      model: letter("SCT-CN", ["V/v mời dự họp"], ["Báo cáo gửi về Phòng Quản lý Công nghiệp trước 08 giờ 00 ngày 22/6/2026 để tổng hợp."]),
      request: true,
      deadline: "2026-06-22",
    },
    {
      name: "a reminder: the new deadline, not the missed one it recalls",
      model: letter("SCT-CN", ["V/v báo cáo định kỳ"], [
        "Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN gửi các đơn vị báo cáo tình hình, với thời hạn trước ngày 05 tháng 02 năm 2026.",
        "Sở Công Thương yêu cầu các đơn vị chưa báo cáo khẩn trương thực hiện báo cáo trên hệ thống trước ngày 08 tháng 4 năm 2026.",
      ]),
      request: true,
      deadline: "2026-04-08",
    },
    {
      name: "a letter asking information in writing without a date",
      model: letter("SCT-CN", ["V/v cung cấp thông tin"], ["Đề nghị Quý cơ quan cung cấp thông tin về các cơ sở hóa chất trên địa bàn."]),
      request: true,
      deadline: null,
    },
    {
      name: "a directive whose task has no dated reply",
      model: letter("UBND-KT", ["V/v di dời cụm công nghiệp"], ["Giao UBND phường Yên Bái xây dựng phương án, hoàn thành trình UBND tỉnh xem xét trong tháng 9 năm 2026."]),
      request: false,
    },
    {
      name: "a directive's closing formula about difficulties",
      model: letter("UBND-NC", ["V/v chấn chỉnh"], ["Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan báo cáo Ủy ban nhân dân tỉnh để xem xét."]),
      request: false,
    },
    {
      name: "a reply (its own report is no ask)",
      model: letter("SCT-CN", ["V/v cập nhật công tác quản lý hóa chất"], ["Thực hiện Công văn số 1238/HC-QLHC ngày 01/6/2026 của Cục Hóa chất, Sở Công Thương báo cáo như sau:"]),
      request: false,
    },
    {
      name: "a báo cáo, even with a sentence asking a report",
      model: letter("BC-SCT", ["BÁO CÁO", "Kết quả kiểm tra"], ["Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 30/6/2026."]),
      request: false,
    },
    {
      name: "a giấy phép's validity",
      model: letter("GP-UBND", ["GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"], ["Điều 3. Giấy phép này có giá trị kể từ ngày ký ban hành đến hết ngày 30 tháng 6 năm 2026./."]),
      request: false,
    },
  ];
  it.each(cases)("$name", ({ model, request, deadline }) => {
    expect(requestVerdict(model).request).toBe(request);
    if (deadline !== undefined) expect(extractRequest(model).deadline).toBe(deadline);
  });

  it("keeps seed 002 a request, and refuses the replies and instructions among the seeds", () => {
    expect(requestVerdict(seed("request"))).toEqual({ request: true, genre: "Công văn" });
    expect(requestVerdict(seed("reply")).request).toBe(false);
    expect(requestVerdict(seed("partyReply"))).toMatchObject({ request: false, genre: "Báo cáo", reason: "genre" });
    expect(requestVerdict(seed("relay")).request).toBe(false);
    expect(requestVerdict(seed("fullHeader")).request).toBe(false);
  });

  it("takes a request given as one citation line for a request", () => {
    const line = modelFromParagraphs(["Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng"]);
    expect(requestVerdict(line).request).toBe(true);
  });

  it("never takes a validity, term or effective date for the deadline", () => {
    const r = extractRequest(
      letter("SCT-CN", ["V/v báo cáo"], [
        "Luật hóa chất có hiệu lực từ ngày 01/01/2026; giấy chứng nhận được tiếp tục sử dụng đến hết ngày 31/12/2027.",
        "Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 15/7/2026.",
      ]),
    );
    expect(r.deadline).toBe("2026-07-15");
    expect(r.period).toBeNull();
  });
});

describe("the reporting period", () => {
  it("comes from a sentence about the data", () => {
    const r = extractRequest(letter("SCT-CN", ["V/v báo cáo"], ["Số liệu báo cáo tính từ ngày 01/01/2026 đến ngày 30/6/2026.", "Đề nghị gửi báo cáo về Sở trước ngày 15/7/2026."]));
    expect(r.period).toEqual({ from: "2026-01-01", to: "2026-06-30" });
  });

  it("never from a certificate's term or a law's effect", () => {
    const r = extractRequest(
      letter("SCT-CN", ["V/v báo cáo"], [
        "Chứng chỉ hành nghề cấp ngày 08/7/2022, có thời hạn từ 08/7/2022 đến ngày 08/7/2027.",
        "Nghị định có hiệu lực từ ngày 17/01/2026.",
        "Đề nghị gửi báo cáo về Sở trước ngày 15/7/2026.",
      ]),
    );
    expect(r.period).toBeNull();
  });

  it("keeps seed 002's period", () => {
    expect(extractRequest(seed("request")).period).toEqual({ from: null, to: "2023-06-30" });
  });
});

describe("the outline", () => {
  const cell = (table: number, row: number, index: number) => ({ table, row, cell: index, depth: 1 });

  it("is never a table's column headers", () => {
    const model = letter("SCT-CN", ["V/v báo cáo"], ["Đề nghị gửi báo cáo theo Phụ lục trước ngày 22/6/2026.", "Phụ lục: Báo cáo thực trạng", "BÁO CÁO THỰC TRẠNG SẢN XUẤT HÓA CHẤT", "STT", "Tên công ty, cơ sở", "Địa chỉ"]);
    const paragraphs = model.paragraphs.map((p, i) => (i >= model.paragraphs.length - 3 ? { ...p, cell: cell(0, 0, i), format: { bold: true } } : p));
    paragraphs[paragraphs.length - 4] = { ...paragraphs[paragraphs.length - 4], format: { bold: true } };
    expect(extractOutline({ ...model, paragraphs })).toEqual([]);
  });

  it("is never a list of the addressees", () => {
    const model = letter("SCT-CN", ["V/v mời dự họp"], [
      "Phụ lục: NỘI DUNG YÊU CẦU BÁO CÁO TẠI CUỘC HỌP",
      "1. Ủy ban nhân dân xã Quy Mông",
      "- Báo cáo hiện trạng sử dụng đất.",
      "2. Công ty cổ phần Luyện kim hoá chất Tây Bắc",
      "- Báo cáo các hạng mục đã triển khai.",
    ]);
    expect(extractOutline(model)).toEqual([]);
  });

  it("is the numbered headings of an đề cương", () => {
    const model = letter("SCT-CN", ["V/v báo cáo"], ["Phụ lục", "ĐỀ CƯƠNG BÁO CÁO", "I. Tình hình thực hiện", "1. Kết quả đạt được", "2. Tồn tại, hạn chế", "II. Đề xuất, kiến nghị"]);
    expect(extractOutline(model).map((n) => [n.number, n.children.length])).toEqual([
      ["I", 2],
      ["II", 0],
    ]);
  });
});
