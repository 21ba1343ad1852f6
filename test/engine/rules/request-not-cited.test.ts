import { formatFinding } from "../../../src/engine/format";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { requestNotCited } from "../../../src/engine/rules/request-not-cited";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { extractRequest } from "../../../src/engine/understand/request";
import { seed } from "../understand/seeds";

const request = emptyRequest({ number: "4874/BNV-CCVC", type: "Công văn", date: "2023-08-29", issuer: "Bộ Nội vụ" });

testRule(requestNotCited, {
  passing: [
    { name: "cites the request", draft: ["Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở báo cáo như sau:"], request },
    { name: "cites it with a slip (reference-mismatch reports that)", draft: ["Thực hiện Công văn số 4874/BNV-CCV ngày 29/8/2023"], request },
    { name: "cites it as 'văn bản số' without a date", draft: ["Theo văn bản số 4874/BNV-CCVC, Sở báo cáo:"], request },
    { name: "cites it with two digits swapped, same symbol and date (reference-mismatch reports that)", draft: ["Thực hiện Công văn số 4847/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request },
    { name: "cites it with one digit wrong, same symbol and date", draft: ["Thực hiện Công văn số 4879/BNV-CCVC ngày 29/8/2023"], request },
    { name: "no request", draft: ["Sở báo cáo như sau:"], request: null },
    { name: "request without a number", draft: ["Sở báo cáo như sau:"], request: emptyRequest({ deadline: "2023-09-08" }) },
  ],
  failing: [
    { name: "cites nothing", draft: ["Sở Ngoại vụ báo cáo như sau:"], request, findings: 1, excerpts: ["Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"] },
    { name: "cites another document with the same number", draft: ["Thực hiện Quyết định số 4874/QĐ-UBND ngày 29/8/2023"], request, findings: 1 },
    { name: "a number one digit off with another date is another letter", draft: ["Thực hiện Công văn số 4847/BNV-CCVC ngày 30/8/2023"], request, findings: 1 },
    { name: "a number one digit off under another symbol is another letter", draft: ["Thực hiện Công văn số 4847/BNV-TCBC ngày 29/8/2023"], request, findings: 1 },
    { name: "two digits wrong is another letter", draft: ["Thực hiện Công văn số 4711/BNV-CCVC ngày 29/8/2023"], request, findings: 1 },
    { name: "seed 000 answers the province's relay letter, not 4874/BNV-CCVC", draft: seed("reply"), request: extractRequest(seed("request")), findings: 1, excerpts: ["4874/BNV-CCVC"] },
  ],
});

it("names a relay letter on the same subject (seed 000 cites the province's relay of 4874/BNV-CCVC)", () => {
  const [finding] = requestNotCited.check(createRuleContext(seed("reply"), extractRequest(seed("request"))));
  expect(formatFinding(finding, "vi")).toContain("Văn bản số 4701/UBND-NC2 ngày 31/8/2023 cùng nội dung");
  expect(formatFinding(finding, "vi")).toContain("văn bản yêu cầu gốc Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ");
  expect(formatFinding(finding, "en")).toContain("relay");
});

it("names the request in both languages", () => {
  const [finding] = requestNotCited.check(createRuleContext(seed("relay"), request));
  expect(formatFinding(finding, "vi")).toContain("Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ");
  expect(formatFinding(finding, "en")).toContain("Công văn No. 4874/BNV-CCVC");
  expect(finding.span).toBeUndefined();
});
