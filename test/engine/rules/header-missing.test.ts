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
    { name: "number and day left blank for registration", draft: ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /SCT-CN", "V/v cập nhật", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Lào Cai, ngày      tháng 6 năm 2026", "Kính gửi: Cục Hóa chất"] },
    { name: "a misspelt Quốc hiệu is there (header-wording's business)", draft: ["SỞ CÔNG THƯƠNG", "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-SCT", "Lào Cai, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"] },
    { name: "a biên bản dates itself in its opening sentence", draft: ["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN THẨM ĐỊNH", "Hồ sơ đề nghị cấp giấy phép", "Hôm nay, ngày 12/4/2026, tại Cục Hóa chất …"] },
    { name: "an internal phiếu trình", draft: ["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "Hà Nội, ngày     tháng 4 năm 2026", "PHIẾU TRÌNH", "Kính gửi: Cục trưởng"] },
    { name: "a certificate", draft: ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN", "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM", "SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "Chứng nhận"] },
    { name: "a decree's appendix", draft: ["Phụ lục III", "BẢNG CHỮ VIẾT TẮT TÊN LOẠI", "(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)"] },
    { name: "a Party member's personal form", draft: ["ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN NHẬN XÉT", "đảng viên dự bị", "Kính gửi:", "- Chi ủy Chi bộ Sinh viên"] },
    { name: "a citizen's đơn with dotted blanks", draft: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "……………, ngày .... tháng .... năm ......", "ĐƠN KHỞI KIỆN", "Kính gửi: Tòa án nhân dân……"] },
    { name: "a register's cover", draft: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỔ THEO DÕI VIỆC SỬ DỤNG LAO ĐỘNG", "Tên tổ chức: {TenToChuc}"] },
    { name: "a company's own document", draft: ["PHƯƠNG ÁN NỔ MÌN", "Số: 01/PANM-MS", "Công trình: Mỏ đá hoa trắng", "I. CĂN CỨ LẬP PHƯƠNG ÁN"] },
    { name: "a template with placeholders", draft: [" {{ten_co_quan}}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: {{so_ky_hieu}}", "{{dia_danh_thoi_gian}}", "Kính gửi: {{to_chuc_nhan}}"] },
    { name: "a genre nothing tells: held to nothing", draft: ["gửi: - Các Bộ, cơ quan ngang Bộ;", "Ngày 17/10/2008 Bộ công bố hướng dẫn."] },
  ],
  failing: [
    { name: "seed 000 starts at Kính gửi", draft: seed("reply"), findings: 3, excerpts: ["CỘNG HÒA", "Số", "ngày"], messageIds: ["nationalTitle", "number", "placeDate"], spans: [undefined, undefined, undefined] },
    { name: "seed 001 (Party) has no header either", draft: seed("partyReply"), findings: 3, excerpts: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số …-…/…"], messageIds: ["partyTitle", "number", "placeDate"] },
    { name: "no number", draft: ["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["Số"] },
    { name: "no place and date", draft: ["SỞ NGOẠI VỤ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-SNgV", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["ngày"] },
    { name: "no Quốc hiệu", draft: ["SỞ NGOẠI VỤ", "Số: 05/BC-SNgV", "Kiên Giang, ngày 05 tháng 9 năm 2023", "Kính gửi: Sở Nội vụ"], findings: 1, excerpts: ["CỘNG HÒA"] },
    { name: "a báo cáo without place and date", draft: ["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-SNgV", "BÁO CÁO", "Thực trạng", "Thực hiện Công văn số 1/UBND ngày 01/9/2023 của UBND tỉnh, Sở báo cáo."], findings: 1, messageIds: ["placeDate"] },
    { name: "a biên bản without Quốc hiệu", draft: ["CỤC HÓA CHẤT", "BIÊN BẢN LÀM VIỆC", "Hôm nay, ngày 26/5/2026 …"], findings: 1, messageIds: ["nationalTitle"] },
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
