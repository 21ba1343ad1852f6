/**
 * A deadline given as a span, counted as the law counts it: from the day after the event
 * (Bộ luật Dân sự 2015 Điều 147), working days skipping weekends and holidays, and a last day
 * that falls on a day off moved to the next working day (Điều 148).
 */
import { parseIsoDate } from "../calendar";
import { HolidayCalendar, isoToJdn, jdnToIso } from "./holidays";

export interface DeadlineCount {
  /** yyyy-mm-dd. */
  deadline: string;
  /** How it was counted, in Vietnamese: "5 ngày làm việc từ 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023". */
  basis: string;
  /** Some day off in the count comes from the usual placement, not an announced year. */
  estimated: boolean;
}

/** "2023-09-07" → "07/9/2023", the way requests write a deadline. */
export function deadlineDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${String(d.day).padStart(2, "0")}/${d.month}/${d.year}` : iso;
}

function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.day}/${d.month}/${d.year}` : iso;
}

/** "1–4/9", "31/12–2/1": runs of days off that hold a holiday, as the count passed them. */
function holidayRuns(days: readonly number[], calendar: HolidayCalendar): string[] {
  const runs: number[][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .filter((run) => run.some((day) => calendar.isHoliday(jdnToIso(day))))
    .map((run) => {
      // Weekends at the edges are plain weekends; the run is the holiday itself.
      let first = 0;
      let end = run.length - 1;
      while (first < end && !calendar.isHoliday(jdnToIso(run[first]))) first++;
      while (end > first && !calendar.isHoliday(jdnToIso(run[end]))) end--;
      const a = parseIsoDate(jdnToIso(run[first]));
      const b = parseIsoDate(jdnToIso(run[end]));
      if (!a || !b) return "";
      if (first === end) return `${a.day}/${a.month}`;
      return a.month === b.month ? `${a.day}–${b.day}/${b.month}` : `${a.day}/${a.month}–${b.day}/${b.month}`;
    });
}

function basisText(head: string, passedOff: readonly number[], deadline: string, moved: boolean, calendar: HolidayCalendar): DeadlineCount {
  const runs = holidayRuns(passedOff, calendar);
  const years = new Set(passedOff.filter((d) => calendar.isHoliday(jdnToIso(d))).map((d) => Number(jdnToIso(d).slice(0, 4))));
  const estimatedYears = [...years].filter((year) => calendar.isEstimated(year));
  const parts = [head];
  if (runs.length > 0) parts.push(`nghỉ lễ ${runs.join(", ")}`);
  if (moved) parts.push("ngày cuối là ngày nghỉ nên lùi sang ngày làm việc kế tiếp");
  let basis = `${parts.join(", ")} → ${deadlineDate(deadline)}`;
  if (estimatedYears.length > 0) basis += ` (ngày nghỉ lễ năm ${estimatedYears.join(", ")} là ước tính, chưa có thông báo chính thức)`;
  return { deadline, basis, estimated: estimatedYears.length > 0 };
}

/** `count` working days after `from` (yyyy-mm-dd): the count starts the next day. */
export function addWorkingDays(from: string, count: number, calendar: HolidayCalendar, fromLabel = "từ"): DeadlineCount {
  let day = isoToJdn(from);
  const passedOff: number[] = [];
  let left = count;
  while (left > 0) {
    day++;
    if (calendar.isWorkingDay(jdnToIso(day))) left--;
    else passedOff.push(day);
  }
  return basisText(`${count} ngày làm việc ${fromLabel} ${shortDate(from)}`, passedOff, jdnToIso(day), false, calendar);
}

/** `count` days after `from`; a last day that is a day off moves to the next working day. */
export function addCalendarDays(from: string, count: number, calendar: HolidayCalendar, fromLabel = "từ"): DeadlineCount {
  let day = isoToJdn(from) + count;
  const passedOff: number[] = [];
  while (!calendar.isWorkingDay(jdnToIso(day))) {
    passedOff.push(day);
    day++;
  }
  return basisText(`${count} ngày ${fromLabel} ${shortDate(from)}`, passedOff, jdnToIso(day), passedOff.length > 0, calendar);
}

/** A span as the request writes it (see request-asks.ts). */
export type SpanToCount =
  | { kind: "span"; days: number; workingDays: boolean; from: "received" | "issued" }
  | { kind: "recurring"; every: "month" | "quarter"; day: number }
  | { kind: "before"; days: number; workingDays: boolean; event: string | null; reference: string | null };

/**
 * `count` days (or working days) before `reference`. Counting back, a day off is passed over
 * to the working day before it: moving it later, as Điều 148 does for a span counted forward,
 * would leave fewer days before the event than the request asks.
 */
export function countBack(reference: string, count: number, workingDays: boolean, calendar: HolidayCalendar, event: string | null): DeadlineCount {
  let day = isoToJdn(reference);
  const passedOff: number[] = [];
  if (workingDays) {
    let left = count;
    while (left > 0) {
      day--;
      if (calendar.isWorkingDay(jdnToIso(day))) left--;
      else passedOff.push(day);
    }
  } else {
    day -= count;
  }
  let moved = false;
  while (!calendar.isWorkingDay(jdnToIso(day))) {
    passedOff.push(day);
    day--;
    moved = true;
  }
  passedOff.sort((a, b) => a - b);
  const head = `${count} ${workingDays ? "ngày làm việc" : "ngày"} trước ${event ? `${event} ` : ""}${shortDate(reference)}`;
  const counted = basisText(head, passedOff, jdnToIso(day), false, calendar);
  if (moved) counted.basis = counted.basis.replace(" → ", ", ngày đó là ngày nghỉ nên gửi vào ngày làm việc liền trước → ");
  return counted;
}

/**
 * The date a span ends, from the letter's own date or the day the clerk received it. A span
 * counted from receipt with no received date is counted from the letter's date, and says so.
 */
export function countSpan(span: SpanToCount, dates: { issued: string | null; received?: string | null }, calendar: HolidayCalendar): DeadlineCount | null {
  if (span.kind === "before") {
    if (span.reference && parseIsoDate(span.reference)) return countBack(span.reference, span.days, span.workingDays, calendar, span.event);
    return null;
  }
  const received = dates.received ?? null;
  const start = received ?? dates.issued;
  if (!start || !parseIsoDate(start)) return null;
  if (span.kind === "recurring") {
    const from = parseIsoDate(start);
    if (!from) return null;
    let year = from.year;
    let month = from.month;
    const fits = (): boolean => (span.every === "month" || month % 3 === 0) && (year > from.year || month > from.month || span.day > from.day);
    while (!fits()) {
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
    const deadline = `${year}-${String(month).padStart(2, "0")}-${String(span.day).padStart(2, "0")}`;
    const every = span.every === "quarter" ? `hằng quý, trước ngày ${span.day} của tháng cuối quý` : `hằng tháng, trước ngày ${span.day}`;
    return { deadline, basis: `${every}: kỳ gần nhất sau ${shortDate(start)} → ${deadlineDate(deadline)}`, estimated: false };
  }
  const label = received ? (span.from === "received" ? "từ ngày nhận" : "từ") : span.from === "received" ? "từ ngày ban hành" : "từ";
  const count = span.workingDays ? addWorkingDays(start, span.days, calendar, label) : addCalendarDays(start, span.days, calendar, label);
  if (!received && span.from === "received") count.basis += " (văn bản tính từ ngày nhận; chưa có ngày nhận nên tạm tính từ ngày ban hành)";
  return count;
}
