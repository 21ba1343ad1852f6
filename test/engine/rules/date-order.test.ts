import { dateOrder } from "../../../src/engine/rules/date-order";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { extractRequest } from "../../../src/engine/understand/request";
import { seed } from "../understand/seeds";

const header = (date: string) => ["SỞ NGOẠI VỤ", "Số: 05/BC-SNgV", `Kiên Giang, ${date}`, "Kính gửi: Sở Nội vụ"];
const request = emptyRequest({ number: "4874/BNV-CCVC", type: "Công văn", date: "2023-08-29" });

testRule(dateOrder, {
  passing: [
    { name: "cites older documents, dated after the request", draft: [...header("ngày 05 tháng 9 năm 2023"), "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request },
    { name: "cites a document of the same day", draft: [...header("ngày 29/8/2023"), "Theo Quyết định số 1/QĐ-SNgV ngày 29/8/2023"], request },
    { name: "no own date", draft: ["Thực hiện Công văn số 1/UBND-VP ngày 30/12/2099"] },
    { name: "seed 004", draft: seed("fullHeader") },
    { name: "seed 002", draft: seed("request") },
    { name: "day pending in the request's month", draft: [...header("ngày      tháng 8 năm 2023"), "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"], request },
    { name: "day pending: a citation later in the same month may be older", draft: [...header("ngày      tháng 9 năm 2023"), "Theo Quyết định số 7/QĐ-SNgV ngày 15/9/2023"] },
  ],
  failing: [
    { name: "cites a document dated after the draft", draft: [...header("ngày 05 tháng 9 năm 2023"), "Theo Quyết định số 7/QĐ-SNgV ngày 15/9/2023"], findings: 1, excerpts: ["15/9/2023"] },
    { name: "dated before the request", draft: header("ngày 20 tháng 8 năm 2023"), request, findings: 1, excerpts: ["ngày 20 tháng 8 năm 2023"] },
    { name: "day pending in a month wholly before the request", draft: header("ngày      tháng 7 năm 2023"), request, findings: 1, excerpts: ["ngày      tháng 7 năm 2023"] },
    { name: "day pending: a citation dated after the whole month", draft: [...header("ngày      tháng 9 năm 2023"), "Theo Quyết định số 7/QĐ-SNgV ngày 02/10/2023"], findings: 1, excerpts: ["02/10/2023"] },
    { name: "seed 004 dated before request 002", draft: seed("fullHeader"), request: extractRequest(seed("request")), findings: 1, excerpts: ["ngày 16 tháng 5 năm 2023"] },
  ],
});
