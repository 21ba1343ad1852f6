import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

/** The project's package.json, found upwards from here (src/cli in tests, build/cli/cli when built). */
function packageJsonPath(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, "package.json");
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(packageJsonPath(), "utf8")) as { version: string };
  return pkg.version;
}

export function usage(): string {
  return `vanban ${version()} — soạn và kiểm tra văn bản hành chính (NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW)

Cách dùng:
  vanban check DRAFT [--request REQUEST] [--format text|json]
      Kiểm tra văn bản DRAFT (.docx, .txt) theo văn bản yêu cầu REQUEST (.docx, .txt hoặc .json).
  vanban request REQUEST [--format text|json] [-o profile.json]
      Đọc văn bản yêu cầu: số, ngày, cơ quan, hạn báo cáo, kỳ số liệu, đề cương.
  vanban new --profile profile.json --type bao-cao|cong-van|to-trinh|ke-hoach|… [--request REQUEST]
             [--subject "…"] [--date yyyy-mm-dd] [--number N] [--urgency hoa-toc|thuong-khan|khan] -o draft.docx
      Tạo văn bản mới (.docx): phần đầu, câu mở đầu trích dẫn văn bản yêu cầu, đề cương, nơi nhận và chữ ký.
  vanban review THƯ-MỤC|TỆP… --request REQUEST [--html report.html] [--xlsx report.xlsx] [--json] [--jobs N]
      Kiểm tra nhiều báo cáo cùng lúc theo một văn bản yêu cầu: bảng tổng hợp (số, ngày, trích dẫn,
      thời hạn, từng mục đề cương), xuất ra trang HTML, bảng tính .xlsx hoặc JSON.
  vanban --help | --version

Mã thoát: 0 không có lỗi; 1 có lỗi (mức error); 2 dùng sai lệnh hoặc không đọc được tệp.
Nội dung văn bản chỉ được xử lý trên máy này.
`;
}
