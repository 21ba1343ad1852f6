import { fromJulianDay, hungKingsDate, julianDay, tetDate } from "../../../src/engine/calendar/lunar";

/**
 * Mùng 1 Tết Nguyên Đán, 2000–2050, as the Vietnamese calendar publishes it (the lịch vạn niên
 * tables of Vietnam's calendar, and the Government's yearly Tết holiday notices for the years
 * already past). Where Vietnam (UTC+7) and China (UTC+8) differ, Vietnam's date is the one here:
 * 2007 (17/2, China 18/2) and 2030 (2/2, China 3/2) — in both years the new moon comes in the
 * hour between midnight in Hà Nội and midnight in Beijing.
 */
const TET: Readonly<Record<number, string>> = {
  2000: "02-05", 2001: "01-24", 2002: "02-12", 2003: "02-01", 2004: "01-22",
  2005: "02-09", 2006: "01-29", 2007: "02-17", 2008: "02-07", 2009: "01-26",
  2010: "02-14", 2011: "02-03", 2012: "01-23", 2013: "02-10", 2014: "01-31",
  2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05",
  2020: "01-25", 2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10",
  2025: "01-29", 2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13",
  2030: "02-02", 2031: "01-23", 2032: "02-11", 2033: "01-31", 2034: "02-19",
  2035: "02-08", 2036: "01-28", 2037: "02-15", 2038: "02-04", 2039: "01-24",
  2040: "02-12", 2041: "02-01", 2042: "01-22", 2043: "02-10", 2044: "01-30",
  2045: "02-17", 2046: "02-06", 2047: "01-26", 2048: "02-14", 2049: "02-02",
  2050: "01-23",
};

describe("Vietnamese lunar calendar", () => {
  it("puts Tết on the published date every year 2000–2050", () => {
    const wrong: string[] = [];
    for (let year = 2000; year <= 2050; year++) {
      const expected = `${year}-${TET[year]}`;
      const computed = tetDate(year);
      if (computed !== expected) wrong.push(`${year}: ${computed} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it("puts Giỗ Tổ Hùng Vương (10/3 âm lịch) on the dates of the Government's notices", () => {
    expect(hungKingsDate(2023)).toBe("2023-04-29");
    expect(hungKingsDate(2024)).toBe("2024-04-18");
    expect(hungKingsDate(2025)).toBe("2025-04-07");
    expect(hungKingsDate(2026)).toBe("2026-04-26");
  });

  it("counts Julian days both ways", () => {
    expect(julianDay(2000, 1, 1)).toBe(2451545);
    expect(fromJulianDay(2451545)).toEqual({ year: 2000, month: 1, day: 1 });
    expect(fromJulianDay(julianDay(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
