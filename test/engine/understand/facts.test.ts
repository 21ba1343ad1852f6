import { modelFromParagraphs } from "../../../src/engine/model";
import { createFacts, summarizeFacts } from "../../../src/engine/understand/facts";

const facts = (paragraphs: string[]) => createFacts(modelFromParagraphs(paragraphs), null);
const draft = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /SCT-CN", "V/v cập nhật", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Lào Cai, ngày      tháng 9 năm 2023", "Kính gửi: Cục Hóa chất"];

describe("facts of a draft awaiting registration", () => {
  it("summarises the pending number and day with the month, year and genre", () => {
    const summary = summarizeFacts(facts(draft));
    expect(summary.number).toMatchObject({ text: null, pending: true });
    expect(summary.date).toMatchObject({ iso: null, dayPending: true, month: 9, year: 2023, place: "Lào Cai" });
    expect(summary.genre).toBe("Công văn");
    expect(summary.genreKey).toBe("cong-van");
    expect(summary.template).toBe(false);
  });

  it("dates the draft to the whole month when the day is pending", () => {
    expect(facts(draft).ownDate).toMatchObject({ iso: null, earliest: "2023-09-01", latest: "2023-09-30", precision: "month" });
    const noMonth = draft.map((t) => t.replace("tháng 9", "tháng      "));
    expect(facts(noMonth).ownDate).toMatchObject({ earliest: "2023-01-01", latest: "2023-12-31", precision: "year" });
  });

  it("keeps an exact date exact", () => {
    const dated = draft.map((t) => t.replace("ngày      tháng 9", "ngày 05 tháng 9"));
    expect(facts(dated).ownDate).toMatchObject({ iso: "2023-09-05", earliest: "2023-09-05", latest: "2023-09-05", precision: "day" });
    expect(summarizeFacts(facts(dated)).date).toMatchObject({ iso: "2023-09-05", dayPending: false, month: 9, year: 2023 });
  });

  it("names the genre from the title line", () => {
    expect(summarizeFacts(facts(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN LÀM VIỆC", "Hôm nay, ngày 26/5/2026 …"])).genreKey).toBe("bien-ban");
  });
});
