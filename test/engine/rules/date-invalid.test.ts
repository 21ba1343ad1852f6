import { formatFinding } from "../../../src/engine/format";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { dateInvalid } from "../../../src/engine/rules/date-invalid";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

testRule(dateInvalid, {
  passing: [
    { name: "real dates", draft: ["Hà Nội, ngày 29 tháng 02 năm 2024", "trước ngày 30/4/2023 và 31/12/2023"] },
    { name: "no dates", draft: ["Sở báo cáo như sau:"] },
    { name: "seed 002", draft: seed("request") },
    { name: "seed 004", draft: seed("fullHeader") },
  ],
  failing: [
    { name: "31/4", draft: ["trước ngày 31/4/2023"], findings: 1, excerpts: ["31/4/2023"] },
    { name: "29/02 of a common year", draft: ["Hà Nội, ngày 29 tháng 02 năm 2023"], findings: 1, excerpts: ["ngày 29 tháng 02 năm 2023"] },
    { name: "month 13 and day 0", draft: ["ngày 12/13/2023", "ngày 0/5/2023"], findings: 2, excerpts: ["12/13/2023", "0/5/2023"] },
  ],
});

it("says why the date does not exist", () => {
  const [finding] = dateInvalid.check(createRuleContext({ source: "text", paragraphs: [{ index: 4, text: "ngày 31/4/2023", format: {} }], notices: [] }, null));
  expect(formatFinding(finding, "vi")).toBe('Ngày "31/4/2023" không có thật: tháng 4 năm 2023 chỉ có 30 ngày.');
  expect(finding.span).toEqual({ paragraph: 4, start: 5, end: 14 });
});
