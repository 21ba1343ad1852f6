import { readFileSync } from "fs";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import { readText } from "../../src/engine/read/text";
import type { Finding } from "../../src/engine/types";
import { extractRequest } from "../../src/engine/understand/request";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { validateProfile } from "../../src/parts/profile";
import { formatIsoDateField } from "../../src/engine/calendar";
import { groupFindings, summarize } from "../../src/taskpane/check-result";
import { displayToIso } from "../../src/taskpane/date-field";
import { outlineToText, textToOutline } from "../../src/taskpane/outline-text";
import { formToProfileValue, problemsByField, profileToForm } from "../../src/taskpane/profile-form";
import { formToRequest, isEmptyRequest, requestToForm } from "../../src/taskpane/request-form";
import { fill } from "../../src/taskpane/text";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const seed = (name: string): string => readFileSync(join(seeds, name), "utf8");

function finding(rule: string, severity: Finding["severity"], paragraph?: number): Finding {
  const base: Finding = { rule, severity, messageId: "any", data: {}, excerpt: rule };
  return paragraph === undefined ? base : { ...base, span: { paragraph, start: 0, end: 1 } };
}

describe("groupFindings", () => {
  it("groups by rule, errors first, each group in the order the findings came", () => {
    const findings = [
      finding("date-order", "warning", 1),
      finding("section-missing", "error"),
      finding("date-order", "warning", 5),
      finding("period-mismatch", "info", 2),
      finding("section-missing", "error"),
      finding("header-missing", "warning"),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((group) => [group.rule, group.severity, group.findings.length])).toEqual([
      ["section-missing", "error", 2],
      ["date-order", "warning", 2],
      ["header-missing", "warning", 1],
      ["period-mismatch", "info", 1],
    ]);
    expect(groups[1].findings.map((item) => item.span?.paragraph)).toEqual([1, 5]);
  });

  it("takes a group's severity from its most serious finding", () => {
    const groups = groupFindings([finding("x", "info"), finding("x", "error"), finding("y", "warning")]);
    expect(groups.map((group) => [group.rule, group.severity])).toEqual([
      ["x", "error"],
      ["y", "warning"],
    ]);
  });

  it("groups the real check of seed 000 against seed 002 with the missing section first", () => {
    const request = extractRequest(readText(seed("002_2b77b3d6864b3803.txt"), "002.txt"));
    const result = checkDocument(readText(seed("000_b28154c4db1fc991.txt"), "000.txt"), request);
    const groups = groupFindings(result.findings);
    expect(groups[0].rule).toBe("section-missing");
    expect(groups.reduce((sum, group) => sum + group.findings.length, 0)).toBe(result.findings.length);
    const summary = summarize(result);
    expect(summary.sections.missing).toBeGreaterThanOrEqual(1);
    expect(summary.sections.present).toBeGreaterThanOrEqual(3);
    expect(summary.errors + summary.warnings + summary.notes).toBe(result.findings.length);
  });
});

describe("dates in fields", () => {
  it("reads the ways clerks write dates", () => {
    expect(displayToIso("8/9/2023")).toBe("2023-09-08");
    expect(displayToIso("08.09.2023")).toBe("2023-09-08");
    expect(displayToIso("2023-09-08")).toBe("2023-09-08");
    expect(displayToIso("  ")).toBeNull();
  });

  it("refuses dates that do not exist", () => {
    expect(displayToIso("31/9/2023")).toBeUndefined();
    expect(displayToIso("29/2/2023")).toBeUndefined();
    expect(displayToIso("29/2/2024")).toBe("2024-02-29");
    expect(displayToIso("ngày 8 tháng 9")).toBeUndefined();
  });

  it("shows ISO dates as day/month/year", () => {
    expect(formatIsoDateField("2023-09-08")).toBe("08/09/2023");
    expect(formatIsoDateField(null)).toBe("");
  });
});

describe("the outline as indented text", () => {
  it("round-trips the example request's outline", () => {
    const text = outlineToText(EXAMPLE_REQUEST.outline);
    expect(text.split("\n")[0]).toBe("I. Tình hình");
    expect(text.split("\n")[1]).toBe("  1. Đánh giá thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm");
    expect(textToOutline(text)).toEqual(EXAMPLE_REQUEST.outline);
  });

  it("round-trips the outline extracted from seed 002", () => {
    const request = extractRequest(readText(seed("002_2b77b3d6864b3803.txt"), "002.txt"));
    const back = textToOutline(outlineToText(request.outline));
    expect(back.map((node) => [node.number, node.children.length])).toEqual(
      request.outline.map((node) => [node.number, node.children.length]),
    );
  });

  it("reads a clerk's edits: letters, unnumbered lines, tabs, blank lines", () => {
    const outline = textToOutline("I. Tình hình\n\ta) Thuận lợi\n  b) Khó khăn\n\nKết luận chung\nII. Kiến nghị");
    expect(outline).toEqual([
      {
        number: "I",
        title: "Tình hình",
        children: [
          { number: "a", title: "Thuận lợi", children: [] },
          { number: "b", title: "Khó khăn", children: [] },
        ],
      },
      { number: "", title: "Kết luận chung", children: [] },
      { number: "II", title: "Kiến nghị", children: [] },
    ]);
  });
});

describe("request form", () => {
  it("turns an edited form back into a request", () => {
    const form = requestToForm(EXAMPLE_REQUEST);
    const edited = { ...form, number: " 4875/BNV-CCVC ", deadline: "10/9/2023", periodFrom: "" };
    const { request, problems } = formToRequest(edited);
    expect(problems).toEqual([]);
    expect(request?.number).toBe("4875/BNV-CCVC");
    expect(request?.deadline).toBe("2023-09-10");
    expect(request?.period).toEqual({ from: null, to: "2023-06-30" });
    expect(request?.outline).toEqual(EXAMPLE_REQUEST.outline);
  });

  it("keeps how the deadline was counted while the deadline stays as it was, and drops it when the clerk changes it", () => {
    const counted = { ...EXAMPLE_REQUEST, deadlineBasis: "5 ngày làm việc từ 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023", deadline: "2023-09-07" };
    const form = requestToForm(counted);
    expect(formToRequest({ ...form, number: "4875/BNV-CCVC" }, counted).request?.deadlineBasis).toBe(counted.deadlineBasis);
    expect(formToRequest({ ...form, deadline: "10/9/2023" }, counted).request?.deadlineBasis).toBeUndefined();
  });

  it("names the field of each wrong date, and a period that ends before it starts", () => {
    const form = { ...requestToForm(EXAMPLE_REQUEST), deadline: "31/9/2023", periodFrom: "01/7/2023" };
    const { request, problems } = formToRequest(form);
    expect(request).toBeUndefined();
    expect(problems).toEqual([
      { field: "deadline", kind: "bad-date", value: "31/9/2023" },
      { field: "periodTo", kind: "period-reversed" },
    ]);
  });

  it("knows when extraction found nothing", () => {
    expect(isEmptyRequest(extractRequest(readText("Xin chào các bạn.", "x.txt")))).toBe(true);
    expect(isEmptyRequest(EXAMPLE_REQUEST)).toBe(false);
  });
});

describe("profile form", () => {
  it("round-trips both example profiles through validateProfile", () => {
    for (const example of [EXAMPLE_STATE_PROFILE, EXAMPLE_PARTY_PROFILE]) {
      const { profile, problems } = validateProfile(formToProfileValue(profileToForm(example)));
      expect(problems).toEqual([]);
      expect(profile).toEqual(example);
    }
  });

  it("shows validateProfile's problems under the fields they concern", () => {
    const form = {
      ...profileToForm(EXAMPLE_STATE_PROFILE),
      agency: "",
      agencyCode: "S NgV",
      authority: "K/T",
      recipients: "UBND tỉnh\nLưu: VT",
    };
    const { profile, problems } = validateProfile(formToProfileValue(form));
    expect(profile).toBeUndefined();
    const byField = problemsByField(problems);
    expect(Object.keys(byField).sort()).toEqual(["agency", "agencyCode", "authority", "recipients"]);
    expect(byField.authority?.[0].message).toContain("KT.");
    expect(byField.recipients?.[0].field).toBe("recipients[1]");
  });

  it("drops blank recipient lines", () => {
    const value = formToProfileValue({ ...profileToForm(EXAMPLE_STATE_PROFILE), recipients: "A\n\n  \nB" });
    expect(value.recipients).toEqual(["A", "B"]);
  });
});

describe("fill", () => {
  it("replaces known placeholders and leaves unknown ones", () => {
    expect(fill("{a} và {b}, {c}", { a: 1, b: "hai" })).toBe("1 và hai, {c}");
  });
});
