import { headerWording } from "../../../src/engine/rules/header-wording";
import { headerMissing } from "../../../src/engine/rules/header-missing";
import { modelFromParagraphs } from "../../../src/engine/model";
import { runRule, testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

const header = (title: string, motto: string, agency = "SỞ CÔNG THƯƠNG", number = "Số:      /SCT-CN") => [
  "UBND TỈNH LÀO CAI",
  agency,
  number,
  title,
  motto,
  "Lào Cai, ngày      tháng 6 năm 2026",
  "Kính gửi: Cục Hóa chất",
];
const QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const TN = "Độc lập - Tự do - Hạnh phúc";
/** A Word layout: the title and the motto typed on one line. */
const docx = (paragraphs: string[]) => ({ ...modelFromParagraphs(paragraphs), source: "docx" as const });

testRule(headerWording, {
  passing: [
    { name: "a correct header", draft: header(QH, TN) },
    { name: "HOÀ with the old tone placement", draft: header("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", TN) },
    { name: "en dashes in the Tiêu ngữ", draft: header(QH, "Độc lập – Tự do – Hạnh phúc") },
    { name: "non-breaking hyphens in the Tiêu ngữ (U+2011)", draft: header(QH, "Độc lập \u2011 Tự do \u2011 Hạnh phúc") },
    { name: "extra spaces in the Tiêu ngữ", draft: header(QH, "Độc lập - Tự do -  Hạnh phúc") },
    { name: "title and motto on one line of plain text (the break lost in conversion)", draft: ["BỘ NỘI VỤ", `${QH} ${TN}`, "Số: 4874/BNV-CCVC"] },
    { name: "seed 002", draft: seed("request") },
    { name: "seed 004", draft: seed("fullHeader") },
    { name: "a Party header", draft: ["TỈNH ỦY KIÊN GIANG", "VĂN PHÒNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/VPTU", "Kiên Giang, ngày 05 tháng 9 năm 2023"] },
  ],
  failing: [
    { name: "CỘNG HÕA (file 10)", draft: header("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TN), findings: 1, messageIds: ["nationalTitle"], excerpts: ["CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] },
    { name: "Độc lập -Tự do (file 08)", draft: header(QH, " Độc lập -Tự do - Hạnh phúc"), findings: 1, messageIds: ["motto"], excerpts: ["Độc lập -Tự do - Hạnh phúc"] },
    { name: "Tiêu ngữ with unspaced hyphens", draft: header(QH, "Độc lập-Tự do-Hạnh phúc"), findings: 1, messageIds: ["motto"] },
    { name: "DUBND (file 26)", draft: ["DUBND TỈNH LÀO CAI", ...header(QH, TN, "VĂN PHÒNG").slice(1)], findings: 1, messageIds: ["agency"], excerpts: ["DUBND TỈNH LÀO CAI"] },
    { name: "SỐ: in capitals", draft: header(QH, TN, "SỞ CÔNG THƯƠNG", "SỐ:      /SCT-CN"), findings: 1, messageIds: ["number"], excerpts: ["SỐ:"] },
    { name: "Số without its colon in a state header", draft: header(QH, TN, "SỞ CÔNG THƯƠNG", "Số      /SCT-CN"), findings: 1, messageIds: ["number"], excerpts: ["Số"] },
    { name: "title and motto typed on one line in Word", draft: docx(["BỘ NỘI VỤ", `${QH} ${TN}`, "Số: 4874/BNV-CCVC"]), findings: 1, messageIds: ["merged"] },
  ],
});

it("shows the correct text and points at the misspelt words", () => {
  const [finding] = runRule(headerWording, header("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TN));
  expect(finding.data).toMatchObject({ correct: QH });
  expect(finding.span).toEqual({ paragraph: 3, start: 0, end: QH.length });
});

it("leaves a misspelt but present Quốc hiệu to header-wording, not header-missing", () => {
  expect(runRule(headerMissing, header("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TN))).toEqual([]);
});
