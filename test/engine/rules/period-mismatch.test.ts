import { periodMismatch } from "../../../src/engine/rules/period-mismatch";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { extractRequest } from "../../../src/engine/understand/request";
import { seed } from "../understand/seeds";

const request = emptyRequest({ period: { from: null, to: "2023-06-30" } });

testRule(periodMismatch, {
  passing: [
    { name: "same end", draft: ["Số liệu tính đến ngày 30/6/2023."], request },
    { name: "same end, other form", draft: ["Số liệu từ đầu nhiệm kỳ đến ngày 30 tháng 6 năm 2023."], request },
    { name: "'đến nay' states no date", draft: ["Từ đầu nhiệm kỳ đến nay, Sở luôn xác định…"], request },
    { name: "deadlines are not periods", draft: ["Gửi trước ngày 08/9/2023."], request },
    { name: "no period in the request", draft: ["Số liệu tính đến ngày 31/7/2023."], request: emptyRequest() },
    { name: "seed 000 against request 002", draft: seed("reply"), request: extractRequest(seed("request")) },
  ],
  failing: [
    { name: "other end", draft: ["Số liệu tính đến ngày 31/7/2023."], request, findings: 1, excerpts: ["31/7/2023"] },
    { name: "a range ending elsewhere", draft: ["Kỳ báo cáo từ 01/01/2023 đến 30/9/2023."], request, findings: 1, excerpts: ["30/9/2023"] },
  ],
});
