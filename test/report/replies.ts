import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { buildDocx } from "../support/docx-builder";

/** Replies to seed 002 (Công văn 4874/BNV-CCVC) for the review tests: one complete, and variants that change one thing. */

/** A complete reply to seed 002, as a clerk of a Sở would write it; variants change one thing. */
export function replyLines(change: { citeDate?: string; ownDay?: number; drop?: RegExp; emptyLast?: boolean; swapIIandIII?: boolean } = {}): string[] {
  const sectionI = [
    "I. Tình hình",
    "1. Đánh giá thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm",
    "Từ đầu nhiệm kỳ đến nay, tình trạng né tránh, đùn đẩy còn xảy ra ở một số phòng chuyên môn.",
    "2. Đánh giá tính chất, mức độ, hậu quả, tác động tiêu cực",
    "Tình trạng này làm chậm tiến độ giải quyết thủ tục hành chính cho người dân.",
    "3. Chủ trương, biện pháp đã áp dụng để khắc phục, chấn chỉnh",
    "Sở đã ban hành quy chế làm việc, phân công rõ trách nhiệm từng phòng.",
  ];
  const sectionII = [
    "II. Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy, làm việc cầm chừng",
    "1. Nguyên nhân khách quan",
    "Hệ thống pháp luật còn chồng chéo, thiếu thống nhất.",
    "2. Nguyên nhân chủ quan",
    "Một bộ phận cán bộ chưa nêu cao tinh thần trách nhiệm.",
  ];
  const sectionIII = [
    "III. Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy",
    "1. Nhiệm vụ, giải pháp về hoàn thiện thể chế, pháp luật, cơ chế, chính sách",
    "Rà soát, đề xuất sửa đổi các quy định chồng chéo.",
    "2. Nhiệm vụ, giải pháp liên quan đến công tác kiểm tra, giám sát, thanh tra",
    "Tăng cường kiểm tra công vụ đột xuất.",
    "3. Nhiệm vụ, giải pháp liên quan đến tổ chức, bộ máy, cán bộ",
    "Đổi mới công tác đánh giá cán bộ theo kết quả công việc.",
    "4. Nhiệm vụ, giải pháp về chế tài xử lý đối với cán bộ có biểu hiện né tránh, đùn đẩy",
    "Xử lý nghiêm cán bộ né tránh trách nhiệm.",
    "5. Nhiệm vụ, giải pháp khác",
    "Đẩy mạnh chuyển đổi số trong giải quyết công việc.",
  ];
  const sectionIV = ["IV. Đề xuất, kiến nghị", ...(change.emptyLast ? [] : ["Đề nghị Bộ Nội vụ sớm ban hành quy định bảo vệ cán bộ dám nghĩ, dám làm."])];
  let body = [...sectionI, ...(change.swapIIandIII ? [...sectionIII, ...sectionII] : [...sectionII, ...sectionIII]), ...sectionIV];
  if (change.drop) {
    const at = body.findIndex((line) => change.drop!.test(line));
    body = [...body.slice(0, at), ...body.slice(at + 2)];
  }
  return [
    "UBND TỈNH NINH BÌNH",
    "SỞ NỘI VỤ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 215/BC-SNV",
    `Ninh Bình, ngày ${change.ownDay ?? 5} tháng 9 năm 2023`,
    "BÁO CÁO",
    "Thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy, làm việc cầm chừng",
    "Kính gửi: Bộ Nội vụ",
    `Thực hiện Công văn số 4874/BNV-CCVC ngày ${change.citeDate ?? "29/8/2023"} của Bộ Nội vụ về việc báo cáo thực trạng, ` +
      "nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm, Sở Nội vụ báo cáo như sau:",
    ...body,
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, CCVC.",
    "GIÁM ĐỐC",
    "Nguyễn Văn An",
  ];
}

export const asText = (lines: string[]) => `${lines.join("\n")}\n`;

const SEEDS = join(__dirname, "..", "fixtures", "seeds");

/**
 * A folder as a reviewer receives it: copies of the five seeds, replies to seed 002 with one
 * thing changed each (.txt and .docx), unreadable files (a corrupt and a password-protected
 * .docx, an empty .txt, a .txt in TCVN3 bytes), plus files a review
 * must leave out (a Word lock file, a hidden file, a picture, a sub-folder).
 */
export function fillReviewFolder(folder: string): void {
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) copyFileSync(join(SEEDS, name), join(folder, name));
  writeFileSync(join(folder, "du-muc.docx"), buildDocx({ paragraphs: replyLines() }));
  writeFileSync(join(folder, "thieu-muc.txt"), asText(replyLines({ drop: /^2\. Nguyên nhân chủ quan/ })));
  writeFileSync(join(folder, "sai-ngay.txt"), asText(replyLines({ citeDate: "28/8/2023" })));
  writeFileSync(join(folder, "tre-han.txt"), asText(replyLines({ ownDay: 12 })));
  writeFileSync(join(folder, "muc-trong.docx"), buildDocx({ paragraphs: replyLines({ emptyLast: true, swapIIandIII: true }) }));
  writeFileSync(join(folder, "hong.docx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
  writeFileSync(join(folder, "rong.txt"), "");
  // A password-protected .docx is an OLE file holding an "EncryptedPackage" stream.
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from("EncryptedPackage", "utf16le").copy(ole, 600);
  writeFileSync(join(folder, "mat-khau.docx"), ole);
  // A reply typed with a TCVN3 (ABC) font and saved as plain text: legacy bytes, not UTF-8.
  writeFileSync(
    join(folder, "tcvn3.txt"),
    Buffer.from("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nB¸o c¸o t×nh h×nh thùc hiÖn nhiÖm vô\n", "latin1"),
  );
  // Not reviewed: a Word lock file, a hidden file, another type, a sub-folder.
  writeFileSync(join(folder, "~$du-muc.docx"), "khóa");
  writeFileSync(join(folder, ".ghi-chu.txt"), "ẩn");
  writeFileSync(join(folder, "anh.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(folder, "cu"));
  writeFileSync(join(folder, "cu", "cu.txt"), asText(replyLines()));
}
