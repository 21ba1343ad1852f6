import { closingMissing } from "../../../src/engine/rules/closing-missing";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

const report = ["UBND TỈNH LÀO CAI", "VĂN PHÒNG", "Số:      /BC-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày      tháng 6 năm 2026", "BÁO CÁO", "Tình hình triển khai các cụm công nghiệp", "Thực hiện Giấy mời số 312/GM-VPUBND ngày 17/6/2026, Văn phòng báo cáo như sau:", "1. Kết quả: đã hoàn thành."];
const signature = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"];
const recipients = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."];

testRule(closingMissing, {
  passing: [
    { name: "a report with Nơi nhận and signature", draft: [...report, ...recipients, ...signature] },
    { name: "Nơi nhận glued with its first entry on one line, signature above an annexed table", draft: [...report, "Nơi nhận:\t\t- Như trên;", ...signature, "PHỤ LỤC", "Bảng 1. Danh sách các cụm công nghiệp"] },
    {
      name: "a biên bản signed by its members",
      draft: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN LÀM VIỆC", "Hôm nay, ngày 26/5/2026 tại Sở Công Thương chúng tôi tiến hành làm việc.", "THÀNH VIÊN", "Nguyễn Văn A"],
    },
    { name: "an internal phiếu trình", draft: ["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "PHIẾU TRÌNH", "Kính gửi: Cục trưởng", "Vấn đề trình: cấp giấy phép."] },
    { name: "a fragment whose genre is unknown", draft: ["gửi: - Các Bộ;", "Ngày 17/10/2008 Bộ công bố hướng dẫn."] },
    { name: "seed 004", draft: seed("fullHeader") },
  ],
  failing: [
    { name: "a report ending without either (file 26)", draft: [...report, "VĂN PHÒNG UBND TỈNH"], findings: 2, messageIds: ["recipients", "signature"], excerpts: ["Nơi nhận:"] },
    { name: "a report with a signature but no Nơi nhận", draft: [...report, ...signature], findings: 1, messageIds: ["recipients"] },
    { name: "a công văn with Nơi nhận but no signature", draft: [...report.slice(0, 6).map((t) => t.replace("/BC-VP", "/VP-TH")), "Kính gửi: Sở Công Thương", "Đề nghị Sở báo cáo.", ...recipients], findings: 1, messageIds: ["signature"] },
  ],
});
