import { join } from "path";
import { runRule } from "../../support/rule-tester";
import { headerMissing } from "../../../src/engine/rules/header-missing";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

testRule(headerMissing, {
  passing: [
    { name: "seed 002's full header", draft: seed("request") },
    { name: "seed 004's full header", draft: seed("fullHeader") },
    { name: "seed 004 read from its file", draft: { file: join(__dirname, "..", "..", "fixtures", "seeds", "004_bddaad2f89ffc7c1.txt") } },
    {
      name: "a Party header",
      draft: ["TỈNH ỦY KIÊN GIANG", "VĂN PHÒNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/VPTU", "Kiên Giang, ngày 05 tháng 9 năm 2023", "BÁO CÁO", "Thực trạng", "Thực hiện…"],
    },
  ],
  failing: [
    { name: "seed 000 starts at Kính gửi", draft: seed("reply"), findings: 3, excerpts: ["CỘNG HÒA", "Số", "ngày"], messageIds: ["nationalTitle", "number", "placeDate"], spans: [undefined, undefined, undefined] },
    { name: "seed 001 (Party) has no header either", draft: seed("partyReply"), findings: 3, excerpts: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số …-…/…"], messageIds: ["partyTitle", "number", "placeDate"] },
    { name: "no number", draft: ["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["Số"] },
    { name: "no place and date", draft: ["SỞ NGOẠI VỤ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-SNgV", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["ngày"] },
    { name: "no Quốc hiệu", draft: ["SỞ NGOẠI VỤ", "Số: 05/BC-SNgV", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["CỘNG HÒA"] },
  ],
});

it("anchors each missing part where it belongs in the header", () => {
  const draft = ["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Sở Nội vụ"];
  const anchors = runRule(headerMissing, draft).map((f) => [f.messageId, f.anchor]);
  expect(anchors).toEqual([
    ["number", { paragraph: 0, placement: "after" }],
    ["placeDate", { paragraph: 2, placement: "after" }],
  ]);
  expect(runRule(headerMissing, ["Kính gửi: Sở Nội vụ"])[0].anchor).toEqual({ paragraph: 0, placement: "before" });
});
