import { formatIsoDate, isValidDate, parseIsoDate } from "../../../src/engine/calendar";
import { findDates, findDatesInModel, invalidDateReason } from "../../../src/engine/understand/dates";
import { modelFromParagraphs } from "../../../src/engine/model";

function only(text: string) {
  const dates = findDates(text);
  expect(dates).toHaveLength(1);
  return dates[0];
}

describe("findDates: forms", () => {
  it.each([
    ["ngày 29/8/2023", "2023-08-29"],
    ["ngày 29/08/2023", "2023-08-29"],
    ["ngày 29-8-2023", "2023-08-29"],
    ["ngày 29.8.2023", "2023-08-29"],
    ["Hà Nội, ngày 29 tháng 8 năm 2023", "2023-08-29"],
    ["Hà Nội, ngày 29 tháng 08 năm 2023", "2023-08-29"],
    ["HÀ NỘI, NGÀY 05 THÁNG 01 NĂM 2023", "2023-01-05"],
    ["(Quyết định số 40/QĐ-SNgV 21/11/2022)", "2022-11-21"],
  ])("%s → %s", (text, iso) => {
    expect(only(text).iso).toBe(iso);
  });

  it("gives the exact span of the date", () => {
    const text = "Hà Nội, ngày 29 tháng 8 năm 2023";
    const date = only(text);
    expect(text.slice(date.start, date.end)).toBe("ngày 29 tháng 8 năm 2023");
    expect(date.form).toBe("words");
    const numeric = only("trước ngày 08/9/2023 để tổng hợp");
    expect(numeric.text).toBe("08/9/2023");
    expect(numeric.form).toBe("numeric");
  });

  it("does not take ranges of years, symbols or decimals for dates", () => {
    expect(findDates("nhiệm kỳ 2020-2025")).toEqual([]);
    expect(findDates("Kế hoạch số 01-KH/BCĐ")).toEqual([]);
    expect(findDates("Quyết định số 13/2021/QĐ-UBND")).toEqual([]);
    expect(findDates("61/75 cán bộ, tỷ lệ 81,3%")).toEqual([]);
    expect(findDates("Nghị định 30/2020/NĐ-CP")).toEqual([]);
  });

  it("finds several dates in order", () => {
    const dates = findDates("Công văn số 1041/UBND-NC ngày 28/4/2023 thực hiện Công điện số 280/CĐ-TTg ngày 19/4/2023");
    expect(dates.map((d) => d.iso)).toEqual(["2023-04-28", "2023-04-19"]);
  });
});

describe("validity", () => {
  it.each([
    ["31/4/2023", false],
    ["29/02/2023", false],
    ["29/02/2024", true],
    ["12/13/2023", false],
    ["0/5/2023", false],
    ["31/12/2023", true],
    ["29/2/2000", true],
    ["29/2/1900", false],
  ])("%s valid: %s", (text, valid) => {
    const date = only(`ngày ${text}`);
    expect(date.valid).toBe(valid);
    expect(date.iso === null).toBe(!valid);
  });

  it("explains why a date does not exist", () => {
    expect(invalidDateReason(31, 4, 2023).vi).toContain("30 ngày");
    expect(invalidDateReason(29, 2, 2023).vi).toContain("không phải năm nhuận");
    expect(invalidDateReason(1, 13, 2023).vi).toContain("tháng 13");
  });

  it("checks ISO strings", () => {
    expect(parseIsoDate("2023-08-29")).toEqual({ day: 29, month: 8, year: 2023 });
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("29/8/2023")).toBeNull();
    expect(formatIsoDate("2023-09-08")).toBe("8/9/2023");
    expect(isValidDate(29, 2, 2024)).toBe(true);
  });
});

describe("roles", () => {
  it.each([
    ["gửi Bộ Nội vụ trước ngày 08/9/2023 để tổng hợp", "deadline"],
    ["chậm nhất ngày 15/9/2023", "deadline"],
    ["chậm nhất là ngày 15 tháng 9 năm 2023", "deadline"],
    ["báo cáo đến hết ngày 10/9/2023", "deadline"],
    ["thời hạn gửi báo cáo ngày 10/9/2023", "deadline"],
    ["không quá ngày 10/9/2023", "deadline"],
    ["Số liệu tính đến ngày 30/6/2023", "period-to"],
    ["số liệu đến hết ngày 30/6/2023", "period-to"],
    ["tính từ đầu nhiệm kỳ Đại hội XIII của Đảng đến 30/6/2023.", "period-to"],
    ["Thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023 của Ủy ban nhân dân tỉnh", "citation"],
    ["Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023 của Ban Chỉ đạo", "citation"],
    ["Công văn số 919 /UBND-NC ngày 16 tháng 5 năm 2023", "citation"],
    ["Hà Nội, ngày 29 tháng 8 năm 2023", "own"],
    ["Kiên Giang, ngày 16/5/2023", "own"],
    ["Hội nghị diễn ra ngày 16/5/2023 tại tỉnh", "other"],
    ["Nhiệm vụ, quyền hạn ngày 16/5/2023", "other"],
  ])("%s → %s", (text, role) => {
    expect(only(text).role).toBe(role);
  });

  it("reads a period from … to …", () => {
    const dates = findDates("số liệu từ ngày 01/7/2022 đến ngày 30/6/2023");
    expect(dates.map((d) => d.role)).toEqual(["period-from", "period-to"]);
    const range = findDates("từ 01/7/2022 đến hết ngày 30/6/2023");
    expect(range.map((d) => d.role)).toEqual(["period-from", "period-to"]);
  });

  it("finds no date in 'đến nay'", () => {
    expect(findDates("từ đầu nhiệm kỳ đến nay")).toEqual([]);
  });

  it("numbers dates by paragraph in a model", () => {
    const model = modelFromParagraphs(["Hà Nội, ngày 29 tháng 8 năm 2023", "Không có ngày.", "trước ngày 08/9/2023"]);
    expect(findDatesInModel(model).map((d) => [d.paragraph, d.role])).toEqual([
      [0, "own"],
      [2, "deadline"],
    ]);
  });

  it("stays fast on a long line without dates", () => {
    const text = "1/2/3/4/5-".repeat(20000) + "ngày ngày tháng ".repeat(20000);
    expect(findDates(text)).toEqual([]);
  });
});
