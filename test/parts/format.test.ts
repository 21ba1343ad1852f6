import { requireDraftType } from "../../src/parts/doctypes";
import { dateLineText, longDate, numberLineText, shortDate, toCalendarDate } from "../../src/parts/format";
import { PARTY_LAYOUT, STATE_LAYOUT } from "../../src/parts/layout";
import { InputError } from "../../src/engine/errors";

describe("dates (NĐ 30 leading zeros)", () => {
  it.each([
    ["2023-01-05", "ngày 05 tháng 01 năm 2023"],
    ["2023-03-15", "ngày 15 tháng 3 năm 2023"],
    ["2023-02-28", "ngày 28 tháng 02 năm 2023"],
    ["2023-09-08", "ngày 08 tháng 9 năm 2023"],
    ["2023-12-31", "ngày 31 tháng 12 năm 2023"],
    ["2024-02-29", "ngày 29 tháng 02 năm 2024"],
  ])("%s → %s", (iso, expected) => {
    expect(longDate(toCalendarDate(iso)!)).toBe(expected);
  });

  it("reads a Date by its local calendar day", () => {
    expect(longDate(toCalendarDate(new Date(2023, 0, 5))!)).toBe("ngày 05 tháng 01 năm 2023");
    expect(longDate(toCalendarDate(new Date(2023, 2, 15))!)).toBe("ngày 15 tháng 3 năm 2023");
  });

  it("writes the numeric form with the same rule", () => {
    expect(shortDate({ year: 2023, month: 8, day: 29 })).toBe("29/8/2023");
    expect(shortDate({ year: 2023, month: 9, day: 8 })).toBe("08/9/2023");
    expect(shortDate({ year: 2023, month: 1, day: 5 })).toBe("05/01/2023");
  });

  it("puts the place before the date, or leaves blanks to fill", () => {
    expect(dateLineText("Kiên Giang", "2023-01-05", STATE_LAYOUT)).toBe("Kiên Giang, ngày 05 tháng 01 năm 2023");
    expect(dateLineText("Hà Nội", null, STATE_LAYOUT)).toBe("Hà Nội, ngày    tháng    năm 20..");
  });

  it.each(["2023-02-30", "2023-13-01", "05/01/2023", "hôm nay"])("rejects %s with a Vietnamese message", (text) => {
    expect(() => toCalendarDate(text)).toThrow(InputError);
    expect(() => toCalendarDate(text)).toThrow(/không hợp lệ/);
  });
});

describe("number and symbol", () => {
  const state = { agencyCode: "SNgV", unitCode: "VP" };
  it("leaves a blank for a named state type", () => {
    expect(numberLineText(requireDraftType("bao-cao"), state, STATE_LAYOUT)).toBe("Số:      /BC-SNgV");
  });
  it("writes a state công văn as agency-unit", () => {
    expect(numberLineText(requireDraftType("cong-van"), { ...state, number: 12 }, STATE_LAYOUT)).toBe("Số: 12/SNgV-VP");
  });
  it("gives numbers below 10 a leading zero", () => {
    expect(numberLineText(requireDraftType("quyet-dinh"), { agencyCode: "UBND", unitCode: "NC", number: "5" }, STATE_LAYOUT)).toBe(
      "Số: 05/QĐ-UBND",
    );
  });
  it("keeps mixed-case abbreviations", () => {
    expect(numberLineText(requireDraftType("to-trinh"), { ...state, number: 7 }, STATE_LAYOUT)).toBe("Số: 07/TTr-SNgV");
  });
  it("writes Party numbers without a colon, number then type then agency", () => {
    expect(numberLineText(requireDraftType("bao-cao"), { agencyCode: "VPTU", unitCode: "HCQT" }, PARTY_LAYOUT)).toBe("Số      -BC/VPTU");
    expect(numberLineText(requireDraftType("cong-van"), { agencyCode: "BNCTU", unitCode: "NC", number: 1702 }, PARTY_LAYOUT)).toBe(
      "Số 1702-CV/BNCTU",
    );
  });
  it("uses the Party abbreviation where it differs (quy định: QyĐ → QĐ)", () => {
    const parts = { agencyCode: "TU", unitCode: "VP", number: 3 };
    expect(numberLineText(requireDraftType("quy-dinh"), parts, STATE_LAYOUT)).toBe("Số: 03/QyĐ-TU");
    expect(numberLineText(requireDraftType("quy-dinh"), parts, PARTY_LAYOUT)).toBe("Số 03-QĐ/TU");
  });
});
