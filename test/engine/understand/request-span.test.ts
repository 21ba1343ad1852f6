import { modelFromParagraphs, type DocumentModel } from "../../../src/engine/model";
import { readSpan } from "../../../src/engine/understand/request-asks";
import { extractRequest } from "../../../src/engine/understand/request";
import { parseRequestProfile, serializeRequestProfile } from "../../../src/engine/understand/request-profile";

const HEADER = ["UBND TỈNH LÀO CAI", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 412/SNV-CCVC", "Lào Cai, ngày 29 tháng 8 năm 2023", "V/v báo cáo số lượng công chức"];

function letter(body: string): DocumentModel {
  return modelFromParagraphs([...HEADER, "Kính gửi: Các cơ quan, đơn vị", body]);
}

describe("readSpan", () => {
  it("reads working days counted from receipt", () => {
    expect(readSpan("đề nghị gửi báo cáo trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này")).toEqual({
      kind: "span",
      days: 5,
      workingDays: true,
      from: "received",
      text: "trong thời hạn 05 ngày làm việc kể từ ngày nhận",
    });
  });

  it("reads plain days counted from the letter", () => {
    expect(readSpan("đề nghị gửi ý kiến trong vòng 15 ngày")).toMatchObject({ kind: "span", days: 15, workingDays: false, from: "issued" });
  });

  it("reads a recurring deadline", () => {
    expect(readSpan("định kỳ hằng quý, trước ngày 15 của tháng cuối quý, gửi báo cáo về sở")).toMatchObject({ kind: "recurring", every: "quarter", day: 15 });
    expect(readSpan("hằng tháng gửi báo cáo trước ngày 20")).toMatchObject({ kind: "recurring", every: "month", day: 20 });
  });

  it("leaves a dated deadline and sentences with no span alone", () => {
    expect(readSpan("hằng quý gửi báo cáo trước ngày 15/9/2023")).toBeUndefined();
    expect(readSpan("đề nghị gửi báo cáo về sở nội vụ")).toBeUndefined();
  });
});

describe("a deadline counted from a span", () => {
  const model = letter("Đề nghị các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này.");

  it("counts from the received date the clerk gives, and explains it", () => {
    const request = extractRequest(model, { received: "2023-08-29" });
    expect(request.deadline).toBe("2023-09-07");
    expect(request.deadlineBasis).toBe("5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023");
  });

  it("counts from the letter's date without a received date", () => {
    const request = extractRequest(model);
    expect(request.deadline).toBe("2023-09-07");
    expect(request.deadlineBasis).toContain("tạm tính từ ngày ban hành");
  });

  it("takes the organization's own days off", () => {
    const request = extractRequest(model, { received: "2023-08-29", holidays: { daysOff: ["2023-09-05"] } });
    expect(request.deadline).toBe("2023-09-08");
  });

  it("keeps a written date as it is, with no explanation", () => {
    const dated = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 08/9/2023."));
    expect(dated.deadline).toBe("2023-09-08");
    expect(dated.deadlineBasis).toBeUndefined();
  });

  it("keeps the explanation through a profile file, and old profiles still load", () => {
    const request = extractRequest(model, { received: "2023-08-29" });
    const again = parseRequestProfile(serializeRequestProfile(request));
    expect(again.deadlineBasis).toBe(request.deadlineBasis);
    const old = parseRequestProfile(JSON.stringify({ number: "1/X", deadline: "2023-09-08", outline: [] }));
    expect(old.deadline).toBe("2023-09-08");
    expect("deadlineBasis" in old).toBe(false);
    expect(() => parseRequestProfile(JSON.stringify({ deadlineBasis: 5 }))).toThrow(/deadlineBasis/);
  });
});
