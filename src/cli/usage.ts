import { readFileSync } from "fs";
import { join } from "path";

export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function usage(): string {
  return `vanban ${version()} — soạn và kiểm tra văn bản hành chính (NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW)

Cách dùng:
  vanban check DRAFT [--request REQUEST] [--format text|json]
      Kiểm tra văn bản DRAFT (.docx, .txt) theo văn bản yêu cầu REQUEST (.docx, .txt hoặc .json).
  vanban request REQUEST [--format text|json] [-o profile.json]
      Đọc văn bản yêu cầu: số, ngày, cơ quan, hạn báo cáo, kỳ số liệu, đề cương.
  vanban --help | --version

Mã thoát: 0 không có lỗi; 1 có lỗi (mức error); 2 dùng sai lệnh hoặc không đọc được tệp.
Nội dung văn bản chỉ được xử lý trên máy này.
`;
}
