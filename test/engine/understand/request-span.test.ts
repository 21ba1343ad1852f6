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

describe("a deadline counted back from an event", () => {
  it("reads the days, the event and the event's date", () => {
    expect(readSpan("đề nghị gửi đăng ký trước 15 ngày kể từ ngày tổ chức hội nghị (20/10/2023)")).toEqual({
      kind: "before",
      days: 15,
      workingDays: false,
      event: "ngày tổ chức hội nghị",
      reference: "2023-10-20",
      text: "trước 15 ngày kể từ ngày tổ chức hội nghị",
    });
    expect(readSpan("gửi báo cáo chậm nhất 05 ngày làm việc trước ngày khai mạc kỳ họp là ngày 20 tháng 10 năm 2023")).toMatchObject({
      kind: "before",
      days: 5,
      workingDays: true,
      event: "ngày khai mạc kỳ họp",
      reference: "2023-10-20",
    });
  });

  it("never guesses a date the sentence does not give", () => {
    expect(readSpan("đề nghị gửi danh sách đại biểu trước 15 ngày so với ngày tổ chức hội nghị")).toMatchObject({ kind: "before", days: 15, event: "ngày tổ chức hội nghị", reference: null });
    expect(readSpan("đề nghị gửi danh sách trước 15 ngày")).toMatchObject({ kind: "before", days: 15, event: null, reference: null });
  });

  it("counts calendar days back from the event's date", () => {
    const request = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi báo cáo tham luận trước 15 ngày kể từ ngày tổ chức hội nghị (20/10/2023)."));
    expect(request.deadline).toBe("2023-10-05");
    expect(request.deadlineBasis).toBe("15 ngày trước ngày tổ chức hội nghị 20/10/2023 → 05/10/2023");
  });

  it("takes the working day before when the day falls on a day off", () => {
    // 15 days before 16/10/2023 is Sunday 1/10: sending on Monday 2/10 would leave only 14 days.
    const request = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi báo cáo tham luận trước 15 ngày kể từ ngày tổ chức hội nghị (16/10/2023)."));
    expect(request.deadline).toBe("2023-09-29");
    expect(request.deadlineBasis).toContain("ngày làm việc liền trước");
  });

  it("counts working days back across a holiday", () => {
    const request = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi báo cáo chậm nhất 03 ngày làm việc trước ngày họp (ngày 06/9/2023)."));
    // Back from Wednesday 6/9: 5/9, then the holiday 1–4/9 and the weekend, then 31/8 and 30/8.
    expect(request.deadline).toBe("2023-08-30");
    expect(request.deadlineBasis).toBe("3 ngày làm việc trước ngày họp 6/9/2023, nghỉ lễ 1–4/9 → 30/8/2023");
  });

  it("does not take the event's date for the deadline", () => {
    const request = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi báo cáo chậm nhất 10 ngày trước ngày 20/10/2023, ngày tổ chức hội nghị."));
    expect(request.deadline).toBe("2023-10-10");
  });

  it("reports the span without a date when the letter does not give the event's date", () => {
    const request = extractRequest(letter("Đề nghị các cơ quan, đơn vị gửi danh sách đại biểu trước 15 ngày so với ngày tổ chức hội nghị."));
    expect(request.deadline).toBeNull();
    expect(request.deadlineBasis).toBe("trước 15 ngày so với ngày tổ chức hội nghị (văn bản không nêu ngày tổ chức hội nghị, nên chưa tính được ngày hạn)");
  });
});
