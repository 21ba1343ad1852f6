import { addCalendarDays, addWorkingDays, countSpan } from "../../../src/engine/calendar/deadline";
import { HolidayCalendar, isWeekend, usualHolidays } from "../../../src/engine/calendar/holidays";

describe("days off", () => {
  const calendar = new HolidayCalendar();

  it("knows weekends", () => {
    expect(isWeekend("2023-09-02")).toBe(true); // Saturday
    expect(isWeekend("2023-09-03")).toBe(true);
    expect(isWeekend("2023-09-04")).toBe(false);
  });

  it("takes the announced days and swaps of 2024 and 2025", () => {
    expect(calendar.isWorkingDay("2024-04-29")).toBe(false); // swapped
    expect(calendar.isWorkingDay("2024-05-04")).toBe(true); // the Saturday worked for it
    expect(calendar.isWorkingDay("2025-01-27")).toBe(false);
    expect(calendar.isWorkingDay("2025-02-08")).toBe(true);
    expect(calendar.isEstimated(2025)).toBe(false);
    expect(calendar.isEstimated(2027)).toBe(true);
  });

  it("takes the days the Government announced for 2026", () => {
    expect(calendar.isEstimated(2026)).toBe(false);
    // Tết: the five days Monday 16/2 to Friday 20/2.
    for (const day of ["2026-02-16", "2026-02-18", "2026-02-20"]) expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.isWorkingDay("2026-02-23")).toBe(true);
    // Quốc khánh: 29/8–2/9, with Monday 31/8 worked on Saturday 22/8.
    expect(calendar.isWorkingDay("2026-08-31")).toBe(false);
    expect(calendar.isWorkingDay("2026-08-22")).toBe(true);
    expect(calendar.isWorkingDay("2026-09-03")).toBe(true);
    // Tết Dương lịch: Friday 2/1 worked on Saturday 10/1.
    expect(calendar.isWorkingDay("2026-01-02")).toBe(false);
    expect(calendar.isWorkingDay("2026-01-10")).toBe(true);
    // 5 working days from Thursday 27/8/2026: 28/8, then 3/9, 4/9, 7/9, 8/9.
    const count = addWorkingDays("2026-08-27", 5, calendar);
    expect(count.deadline).toBe("2026-09-08");
    expect(count.basis).toBe("5 ngày làm việc từ 27/8/2026, nghỉ lễ 31/8–2/9 → 08/9/2026");
    expect(count.estimated).toBe(false);
  });

  it("places an unannounced year as usual, giving back a holiday on a weekend", () => {
    // 2027: Tết 6/2 (Saturday): 5/2–9/2, and 6/2 and 7/2 are given back on 10/2 and 11/2.
    const off = usualHolidays(2027).daysOff;
    expect(off).toEqual(expect.arrayContaining(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"]));
    expect(off).not.toContain("2027-02-12");
    // 1/1/2028 is a Saturday: given back on Monday 3/1.
    expect(usualHolidays(2028).daysOff).toContain("2028-01-03");
  });

  it("lets an organization add days off and working Saturdays", () => {
    const local = new HolidayCalendar({ daysOff: ["2027-03-15"], workingDays: ["2027-03-20"], announcedYears: [2027] });
    expect(local.isWorkingDay("2027-03-15")).toBe(false);
    expect(local.isWorkingDay("2027-03-20")).toBe(true);
    expect(local.isEstimated(2027)).toBe(false);
  });
});

describe("counting a deadline", () => {
  const calendar = new HolidayCalendar();

  it("counts 5 working days from 29/8/2023 past the Quốc khánh holiday to 07/9/2023", () => {
    const count = addWorkingDays("2023-08-29", 5, calendar);
    expect(count.deadline).toBe("2023-09-07");
    expect(count.basis).toBe("5 ngày làm việc từ 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023");
    expect(count.estimated).toBe(false);
  });

  it("starts the count the next day", () => {
    // Monday 2/10/2023: one working day is Tuesday.
    expect(addWorkingDays("2023-10-02", 1, calendar).deadline).toBe("2023-10-03");
    // Friday: one working day is Monday, weekends not named as holidays.
    const friday = addWorkingDays("2023-10-06", 1, calendar);
    expect(friday.deadline).toBe("2023-10-09");
    expect(friday.basis).toBe("1 ngày làm việc từ 6/10/2023 → 09/10/2023");
  });

  it("moves a span ending on a day off to the next working day", () => {
    // 15 days from 16/8/2023 is 31/8 (Thursday): stays.
    expect(addCalendarDays("2023-08-16", 15, calendar).deadline).toBe("2023-08-31");
    // 15 days from 17/8/2023 is 1/9, off until 4/9: moves to 5/9.
    const moved = addCalendarDays("2023-08-17", 15, calendar);
    expect(moved.deadline).toBe("2023-09-05");
    expect(moved.basis).toContain("lùi sang ngày làm việc kế tiếp");
  });

  it("says when the holidays passed are estimated", () => {
    const count = addWorkingDays("2027-02-03", 3, calendar);
    expect(count.deadline).toBe("2027-02-15");
    expect(count.estimated).toBe(true);
    expect(count.basis).toContain("ước tính");
  });
});

describe("counting a span a request gives", () => {
  const calendar = new HolidayCalendar();

  it("counts from the received date when the clerk gives one", () => {
    const span = { kind: "span", days: 5, workingDays: true, from: "received" } as const;
    const count = countSpan(span, { issued: "2023-08-25", received: "2023-08-29" }, calendar);
    expect(count?.deadline).toBe("2023-09-07");
    expect(count?.basis).toBe("5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023");
  });

  it("falls back to the letter's date and says so", () => {
    const span = { kind: "span", days: 5, workingDays: true, from: "received" } as const;
    const count = countSpan(span, { issued: "2023-08-29" }, calendar);
    expect(count?.deadline).toBe("2023-09-07");
    expect(count?.basis).toContain("chưa có ngày nhận");
  });

  it("finds the next due date of a recurring report", () => {
    const quarterly = { kind: "recurring", every: "quarter", day: 15 } as const;
    expect(countSpan(quarterly, { issued: "2023-08-29" }, calendar)?.deadline).toBe("2023-09-15");
    expect(countSpan(quarterly, { issued: "2023-09-15" }, calendar)?.deadline).toBe("2023-12-15");
    expect(countSpan(quarterly, { issued: "2023-12-20" }, calendar)?.deadline).toBe("2024-03-15");
    const monthly = { kind: "recurring", every: "month", day: 20 } as const;
    expect(countSpan(monthly, { issued: "2023-08-29" }, calendar)?.deadline).toBe("2023-09-20");
  });

  it("counts nothing without a date to start from", () => {
    expect(countSpan({ kind: "span", days: 5, workingDays: true, from: "issued" }, { issued: null }, calendar)).toBeNull();
  });
});
