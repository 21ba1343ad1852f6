import { formatFinding } from "../../../src/engine/format";
import { referenceMismatch } from "../../../src/engine/rules/reference-mismatch";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { extractRequest } from "../../../src/engine/understand/request";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { modelFromParagraphs } from "../../../src/engine/model";
import { seed } from "../understand/seeds";

const request = emptyRequest({ number: "4874/BNV-CCVC", type: "Công văn", date: "2023-08-29", issuer: "Bộ Nội vụ" });

testRule(referenceMismatch, {
  passing: [
    { name: "cited exactly", draft: ["Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo"], request },
    { name: "cited with the date in words and the issuer in capitals", draft: ["Thực hiện Công văn số 4874/BNV-CCVC ngày 29 tháng 8 năm 2023 của BỘ NỘI VỤ"], request },
    { name: "cited as 'văn bản số'", draft: ["Thực hiện văn bản số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request },
    { name: "cited by number only", draft: ["Theo Công văn số 4874/BNV-CCVC, Sở báo cáo."], request },
    { name: "another document with the same number", draft: ["Quyết định số 4874/QĐ-UBND ngày 01/01/2023 của UBND tỉnh"], request },
    { name: "no request", draft: ["Công văn số 4874/BNV-CCV ngày 28/8/2023"], request: null },
    { name: "a number one digit off but another date: another letter", draft: ["Thực hiện Công văn số 4875/BNV-CCVC ngày 30/8/2023 của Bộ Nội vụ"], request },
    { name: "the request cited right and a neighbouring letter of the same day", draft: ["Công văn số 4874/BNV-CCVC ngày 29/8/2023 và Công văn số 4875/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request },
    { name: "seed 001 against its own request", draft: seed("partyReply"), request: emptyRequest({ number: "1702-CV/BNCTU", date: "2023-08-28", issuer: "Ban Nội chính Tỉnh ủy" }) },
    { name: "seed 003 against the province's letter", draft: seed("relay"), request: emptyRequest({ number: "1041/UBND-NC", date: "2023-04-28", issuer: "Ủy ban nhân dân tỉnh Cao Bằng" }) },
  ],
  failing: [
    { name: "wrong symbol", draft: ["Thực hiện Công văn số 4874/BNV-CCV ngày 29/8/2023 của Bộ Nội vụ"], request, findings: 1, excerpts: ["4874/BNV-CCV"], messageIds: ["wrongSymbol"], spans: [{ paragraph: 0, start: 22, end: 34 }] },
    { name: "wrong date", draft: ["Thực hiện Công văn số 4874/BNV-CCVC ngày 28/8/2023 của Bộ Nội vụ"], request, findings: 1, excerpts: ["28/8/2023"], messageIds: ["wrongDate"] },
    { name: "wrong issuer", draft: ["Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Tài chính về việc báo cáo"], request, findings: 1, excerpts: ["Bộ Tài chính"], messageIds: ["wrongIssuer"] },
    { name: "wrong type", draft: ["Thực hiện Kế hoạch số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request, findings: 1, excerpts: ["Kế hoạch"], messageIds: ["wrongType"], spans: [{ paragraph: 0, start: 10, end: 18 }] },
    { name: "wrong symbol and date", draft: ["Công văn số 4874 /BNV-CCV, ngày 30/8/2023"], request, findings: 2, excerpts: ["4874 /BNV-CCV", "30/8/2023"], messageIds: ["wrongSymbol", "wrongDate"] },
    { name: "digits swapped, same symbol and date", draft: ["Thực hiện Công văn số 4847/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request, findings: 1, excerpts: ["4847/BNV-CCVC"], messageIds: ["wrongNumber"] },
    { name: "one digit wrong, same symbol and date", draft: ["Thực hiện Công văn số 4674/BNV-CCVC ngày 29 tháng 8 năm 2023 của Bộ Nội vụ"], request, findings: 1, excerpts: ["4674/BNV-CCVC"], messageIds: ["wrongNumber"] },
    {
      name: "a seed 000 variant citing the request with the wrong date",
      draft: modelFromParagraphs(["Kính gửi: Sở Nội vụ", "Thực hiện Công văn số 4874/BNV-CCVC ngày 28/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng; Sở Ngoại vụ báo cáo như sau:"]),
      request: extractRequest(seed("request")),
      findings: 1,
      excerpts: ["28/8/2023"],
    },
  ],
});

it("gives the right number", () => {
  const context = createRuleContext(modelFromParagraphs(["Thực hiện Công văn số 4847/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"]), request);
  const [finding] = referenceMismatch.check(context);
  expect(formatFinding(finding, "vi")).toBe("Trích dẫn Công văn số 4847/BNV-CCVC, nhưng văn bản yêu cầu cùng ký hiệu và ngày là Công văn số 4874/BNV-CCVC: sai số.");
});

it("says which date is right, as in the example message", () => {
  const text = "Thực hiện Công văn số 4874/BNV-CCVC ngày 28/8/2023 của Bộ Nội vụ";
  const context = createRuleContext(modelFromParagraphs([text]), request);
  const [finding] = referenceMismatch.check(context);
  expect(formatFinding(finding, "vi")).toBe("Trích dẫn Công văn số 4874/BNV-CCVC ghi ngày 28/8/2023, nhưng văn bản yêu cầu đề ngày 29/8/2023.");
  const start = text.indexOf("28/8/2023");
  expect(finding.span).toEqual({ paragraph: 0, start, end: start + "28/8/2023".length });
});
