import { headerMissing } from "../../../src/engine/rules/header-missing";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

testRule(headerMissing, {
  passing: [
    { name: "seed 002's full header", draft: seed("request") },
    { name: "seed 004's full header", draft: seed("fullHeader") },
    {
      name: "a Party header",
      draft: ["TỈNH ỦY KIÊN GIANG", "VĂN PHÒNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/VPTU", "Kiên Giang, ngày 05 tháng 9 năm 2023", "BÁO CÁO", "Thực trạng", "Thực hiện…"],
    },
  ],
  failing: [
    { name: "seed 000 starts at Kính gửi", draft: seed("reply"), findings: 3, excerpts: ["CỘNG HÒA", "Số", "ngày"] },
    { name: "seed 001 (Party) has no header either", draft: seed("partyReply"), findings: 3, excerpts: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số …-…/…"] },
    { name: "no number", draft: ["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["Số"] },
    { name: "no place and date", draft: ["SỞ NGOẠI VỤ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-SNgV", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["ngày"] },
    { name: "no Quốc hiệu", draft: ["SỞ NGOẠI VỤ", "Số: 05/BC-SNgV", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["CỘNG HÒA"] },
  ],
});
