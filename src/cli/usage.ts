import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

/*
 * The rule ids and document types are named only in a command's help: loaded then, so that
 * `vanban --version` and every command that does not need the engine start without compiling it.
 */
function ruleIds(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { allRules } = require("../engine/rules") as typeof import("../engine/rules");
  return allRules.map((rule) => rule.meta.id);
}

function documentTypeKeys(): readonly string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../parts/doctypes") as typeof import("../parts/doctypes")).DOCUMENT_TYPE_KEYS;
}

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
  vanban check DRAFT [--request REQUEST] [--received dd/mm/yyyy] [--org org/config.json] [--format text|json] [--rules a,b] [--no-rule x]
      Kiểm tra văn bản DRAFT (.docx, .txt) theo văn bản yêu cầu REQUEST (.docx, .txt hoặc .json).
  vanban request REQUEST [--format text|json] [-o profile.json] [--received dd/mm/yyyy]
      Đọc văn bản yêu cầu: số, ngày, cơ quan, hạn báo cáo, kỳ số liệu, đề cương.
  vanban new --profile profile.json|org/config.json --type bao-cao|cong-van|to-trinh|ke-hoach|… [--request REQUEST]
             [--subject "…"] [--date yyyy-mm-dd] [--number N] [--urgency hoa-toc|thuong-khan|khan] -o draft.docx
      Tạo văn bản mới (.docx): phần đầu, câu mở đầu trích dẫn văn bản yêu cầu, đề cương, nơi nhận và chữ ký.
  vanban review THƯ-MỤC|TỆP… --request REQUEST [--html report.html] [--xlsx report.xlsx] [--json] [--jobs N]
                [--rules a,b] [--no-rule x]
      Kiểm tra nhiều báo cáo cùng lúc theo một văn bản yêu cầu: bảng tổng hợp (số, ngày, trích dẫn,
      thời hạn, từng mục đề cương), xuất ra trang HTML, bảng tính .xlsx hoặc JSON.
  vanban convert OLD.docx -o UNICODE.docx [--force]
      Chuyển văn bản bảng mã cũ TCVN3 (.VnTime) hoặc VNI (VNI-Times) sang Unicode, đổi phông, rồi kiểm tra.
  vanban fix DRAFT.docx -o FIXED.docx [--only page,fonts,…] [--text] [--force]
      Sửa thể thức (trang, phông, cỡ chữ, căn lề, giãn dòng) vào một bản sao; tệp gốc giữ nguyên.
  vanban LỆNH --help        cách dùng chi tiết của một lệnh (check, request, new, review, convert, fix)
  vanban --help | --version

Mã thoát: 0 không có lỗi; 1 có lỗi (mức error); 2 dùng sai lệnh hoặc không đọc được tệp.
Nội dung văn bản chỉ được xử lý trên máy này.
`;
}

const ruleHelp = (): string => `  --rules a,b          chỉ chạy các quy tắc này (mã quy tắc, cách nhau bởi dấu phẩy)
  --no-rule x          bỏ quy tắc này (lặp lại được, hoặc một danh sách a,b); chạy mọi quy tắc còn lại
  --no-waivers         không tính các vấn đề người soạn đã "Bỏ qua" (lưu trong văn bản): báo lại mọi vấn đề
                       Mã quy tắc: ${ruleIds().join(", ")}`;

const RECEIVED_HELP = `  --received NGÀY      ngày nhận văn bản yêu cầu, để tính hạn "… ngày làm việc kể từ ngày nhận"
  --org FILE           org/config.json của cơ quan (mục "holidays": ngày nghỉ, ngày làm bù)`;

function formatRuleList(): string {
  const ids = ruleIds().filter((id) => id.startsWith("format-"));
  return ids.length > 0 ? ids.join(", ") : "chưa có";
}

const EXIT_HELP =
  "Mã thoát: 0 không có lỗi; 1 có lỗi (mức error) chưa được bỏ qua; 2 dùng sai lệnh hoặc không đọc được tệp. " +
  "Vấn đề đã được bỏ qua (có lý do, lưu trong văn bản) được liệt kê riêng và không tính vào mã thoát.";

/** Each command's own help, printed by `vanban LỆNH --help` and `vanban help LỆNH`. */
export const COMMAND_HELP: Record<string, () => string> = {
  check: () => `vanban check — kiểm tra một văn bản dự thảo

Cách dùng:
  vanban check DRAFT [--request REQUEST] [--received dd/mm/yyyy] [--org org/config.json] [--format text|json] [--rules a,b] [--no-rule x]

  DRAFT                văn bản cần kiểm tra (.docx hoặc .txt); không bao giờ bị ghi
  -r, --request REQUEST
                       văn bản yêu cầu mà DRAFT trả lời (.docx, .txt hoặc hồ sơ yêu cầu .json):
                       thêm kiểm tra đề cương, trích dẫn, thời hạn và kỳ số liệu
${RECEIVED_HELP}
  --format text|json   kết quả dạng chữ (mặc định) hoặc JSON cho các chương trình khác
${ruleHelp()}

${EXIT_HELP}
`,
  request: () => `vanban request — đọc văn bản yêu cầu báo cáo

Cách dùng:
  vanban request REQUEST [--format text|json] [-o profile.json] [--received dd/mm/yyyy] [--org org/config.json]

  REQUEST              văn bản yêu cầu (.docx, .txt) hoặc hồ sơ yêu cầu (.json)
  --format text|json   hiển thị dạng chữ (mặc định) hoặc JSON
  -o, --output FILE    lưu hồ sơ yêu cầu (.json) để gửi cho từng người soạn
${RECEIVED_HELP}

Đọc ra: số, ngày, cơ quan ban hành, trích yếu, hạn gửi, kỳ số liệu và đề cương. Hạn ghi
bằng số ngày được tính từ ngày hôm sau, bỏ thứ Bảy, Chủ nhật và ngày nghỉ lễ, kèm cách tính.
`,
  new: () => `vanban new — tạo văn bản mới (.docx) theo hồ sơ cơ quan

Cách dùng:
  vanban new --profile HỒ-SƠ --type LOẠI -o draft.docx [--request REQUEST [--received dd/mm/yyyy] [--org org/config.json]]
             [--subject "…"] [--date yyyy-mm-dd] [--number N] [--urgency hoa-toc|thuong-khan|khan] [--force]

  -p, --profile HỒ-SƠ  hồ sơ cơ quan (.json), ví dụ examples/profiles/so-ngoai-vu.json (Nhà nước)
                       hoặc examples/profiles/van-phong-tinh-uy.json (Đảng); cũng nhận tệp
                       org/config.json của cơ quan (dùng mục "profile" trong đó)
  -t, --type LOẠI      ${documentTypeKeys().join(", ")}
  -r, --request REQUEST
                       văn bản yêu cầu: câu mở đầu trích dẫn nó và đề cương thành các đề mục
${RECEIVED_HELP}
  -s, --subject "…"    trích yếu
  --date yyyy-mm-dd    ngày ban hành; --number N số văn bản; --urgency độ khẩn
  -o, --output FILE    tệp .docx sẽ tạo; đã có thì cần thêm --force để ghi đè
`,
  review: () => `vanban review — tổng hợp nhiều báo cáo theo một văn bản yêu cầu

Cách dùng:
  vanban review THƯ-MỤC|TỆP… --request REQUEST [--received dd/mm/yyyy] [--org org/config.json]
                [--html report.html] [--xlsx report.xlsx] [--json] [--jobs N] [--rules a,b] [--no-rule x]

  THƯ-MỤC|TỆP…         các báo cáo (.docx, .txt) hoặc thư mục chứa chúng (không xét thư mục con)
  -r, --request REQUEST
                       bắt buộc: văn bản yêu cầu mà các báo cáo trả lời (.docx, .txt hoặc .json)
${RECEIVED_HELP}
  --html FILE          lưu bảng tổng hợp thành trang HTML (sắp xếp, in được)
  --xlsx FILE          lưu bảng tổng hợp thành bảng tính .xlsx, mỗi mục đề cương một cột
  --json               in kết quả dạng JSON thay cho bảng chữ
  -j, --jobs N         số luồng kiểm tra (1–64; mặc định theo số lõi máy)
${ruleHelp()}
                       (các quy tắc chọn quyết định các phát hiện, số lỗi, cảnh báo và mã thoát;
                       các cột trích dẫn, thời hạn và đề cương vẫn theo mọi quy tắc)

${EXIT_HELP}
`,
  convert: () => `vanban convert — chuyển văn bản TCVN3 hoặc VNI sang Unicode

Cách dùng:
  vanban convert OLD.docx -o UNICODE.docx [--force]

  OLD.docx             văn bản soạn bằng bảng mã cũ: TCVN3/ABC (phông .VnTime, .VnTimeH, .VnArial…)
                       hoặc VNI Windows (phông VNI-Times, VNI-Helve…); không bao giờ bị ghi
  -o, --output FILE    tệp .docx sẽ tạo, khác tệp gốc; đã có thì cần thêm --force để ghi đè
  --force              ghi đè tệp kết quả đã có (không bao giờ ghi đè tệp gốc)

Chuyển chữ của mọi đoạn (thân văn bản, bảng, đầu trang, chân trang, chú thích, hộp văn bản) sang
Unicode dựng sẵn (NFC) và đổi phông: .VnTime → Times New Roman, .VnTimeH → Times New Roman chữ hoa,
.VnArial → Arial, VNI-Times → Times New Roman, VNI-Helve → Arial… Giữ nguyên định dạng và mọi phần
khác của tệp. Đoạn chữ đặt phông Unicode trong văn bản cũ được giữ nguyên. Sau khi chuyển, tệp mới
được đọc lại và kiểm tra như vanban check.

Mã thoát: 0 đã chuyển (hoặc văn bản đã là Unicode: không có gì để chuyển, không tạo tệp);
1 tệp đã chuyển vẫn còn chữ trông như bảng mã cũ; 2 dùng sai lệnh, tệp kết quả trùng tệp gốc
hoặc không đọc được tệp.
`,
  fix: () => `vanban fix — sửa thể thức văn bản vào một bản sao

Cách dùng:
  vanban fix DRAFT.docx -o FIXED.docx [--only page,fonts,…] [--text] [--force]

  DRAFT.docx           văn bản cần sửa; không bao giờ bị ghi
  -o, --output FILE    bản sao đã sửa, khác tệp gốc; đã có thì cần thêm --force để ghi đè
  --only a,b           chỉ sửa theo các quy tắc hoặc nhóm này: mã quy tắc (${formatRuleList()})
                       hoặc nhóm (page = mọi quy tắc format-page…, font = format-font…)
  --text               sửa cả chữ (ví dụ Quốc hiệu viết sai); mặc định chỉ liệt kê để bạn xem
  --force              ghi đè tệp kết quả đã có (không bao giờ ghi đè tệp gốc)

Chỉ đổi định dạng (phông, cỡ, đậm, nghiêng, màu, căn lề, thụt đầu dòng, khoảng cách, giãn
dòng, khổ giấy, lề trang) của những chỗ kiểm tra thấy sai; chữ, theo dõi thay đổi, chú thích,
trường và hình ảnh giữ nguyên. In ra từng chỗ đã sửa, rồi kiểm tra lại bản sao.

Mã thoát: 0 đã sửa (hoặc không có gì để sửa: không tạo tệp) và kiểm tra lại không còn lỗi thể
thức sửa được (theo --only, nếu có); 1 bản sao vẫn còn lỗi thể thức lẽ ra sửa được; 2 dùng sai
lệnh, tệp kết quả trùng tệp gốc hoặc không đọc được tệp.
`,
};
