import { formatFinding } from "../../../src/engine/format";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { dateAfterDeadline } from "../../../src/engine/rules/date-after-deadline";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { extractRequest } from "../../../src/engine/understand/request";
import { seed } from "../understand/seeds";

const request = emptyRequest({ number: "4874/BNV-CCVC", type: "Công văn", deadline: "2023-09-08" });
const header = (date: string) => ["SỞ NGOẠI VỤ", "Số: 05/BC-SNgV", `Kiên Giang, ${date}`, "Kính gửi: Sở Nội vụ"];

testRule(dateAfterDeadline, {
  passing: [
    { name: "dated before the deadline", draft: header("ngày 05 tháng 9 năm 2023"), request },
    { name: "dated on the deadline", draft: header("ngày 08 tháng 9 năm 2023"), request },
    { name: "no own date", draft: ["Kính gửi: Sở Nội vụ"], request },
    { name: "no deadline", draft: header("ngày 20 tháng 9 năm 2023"), request: emptyRequest() },
    { name: "a later date in the body is not the draft's date", draft: [...header("ngày 05/9/2023"), "Hội nghị ngày 20/9/2023."], request },
    { name: "seed 004 against its own timeline", draft: seed("fullHeader"), request: emptyRequest({ deadline: "2023-05-31" }) },
    { name: "seed 004 is dated long before request 002's deadline", draft: seed("fullHeader"), request: extractRequest(seed("request")) },
    { name: "day pending in the deadline's month: it may still be in time", draft: header("ngày      tháng 9 năm 2023"), request },
    { name: "day pending in an earlier month", draft: header("ngày      tháng 8 năm 2023"), request },
    { name: "day and month pending in the deadline's year", draft: header("ngày      tháng      năm 2023"), request },
  ],
  failing: [
    { name: "dated after the deadline", draft: header("ngày 12 tháng 9 năm 2023"), request, findings: 1, excerpts: ["ngày 12 tháng 9 năm 2023"] },
    { name: "numeric own date", draft: header("ngày 09/9/2023"), request, findings: 1, excerpts: ["09/9/2023"] },
    { name: "day pending in a month wholly after the deadline", draft: header("ngày      tháng 10 năm 2023"), request, findings: 1, excerpts: ["ngày      tháng 10 năm 2023"] },
    { name: "seed 004 against a deadline before its date", draft: seed("fullHeader"), request: emptyRequest({ deadline: "2023-05-10" }), findings: 1, excerpts: ["ngày 16 tháng 5 năm 2023"] },
  ],
});

it("names both dates and the request", () => {
  const [finding] = dateAfterDeadline.check(createRuleContext({ source: "text", paragraphs: header("ngày 12 tháng 9 năm 2023").map((text, index) => ({ index, text, format: {} })), notices: [] }, request));
  expect(formatFinding(finding, "vi")).toBe("Dự thảo đề ngày 12/9/2023, sau hạn gửi báo cáo 8/9/2023 của Công văn số 4874/BNV-CCVC.");
  expect(finding.span).toEqual({ paragraph: 2, start: 12, end: 36 });
});

it("names the month when the day is left blank", () => {
  const paragraphs = header("ngày      tháng 10 năm 2023").map((text, index) => ({ index, text, format: {} }));
  const [finding] = dateAfterDeadline.check(createRuleContext({ source: "text", paragraphs, notices: [] }, request));
  expect(formatFinding(finding, "vi")).toBe("Dự thảo đề ngày tháng 10/2023, sau hạn gửi báo cáo 8/9/2023 của Công văn số 4874/BNV-CCVC.");
});
