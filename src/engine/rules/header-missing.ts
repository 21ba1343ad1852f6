/**
 * header-missing: a part of the header the document's genre requires is not there — the
 * number and symbol, the place-and-date line, or the Quốc hiệu (ĐẢNG CỘNG SẢN VIỆT NAM for
 * Party documents). What each genre requires is the genre table (understand/genres); a genre
 * the engine cannot tell is held to nothing. A number or day left blank for the văn thư is
 * there (pending), and a template's placeholders stand for their parts. One finding per
 * missing part, each anchored where the part belongs.
 */
import type { FindingAnchor, Finding } from "../types";
import type { HeaderLine } from "../understand/header";
import { COMMON_HEADER } from "../understand/genres";
import { report, type Rule } from "./rule";

/** After the given header line, or else at the very top of the document. */
function after(line: HeaderLine | null): FindingAnchor {
  return line ? { paragraph: line.paragraph, placement: "after" } : { paragraph: 0, placement: "before" };
}

export const headerMissing: Rule<"partyTitle" | "nationalTitle" | "number" | "placeDate"> = {
  meta: {
    id: "header-missing",
    severity: "warning",
    name: { vi: "Thiếu thành phần ở phần đầu văn bản", en: "Header parts missing" },
    description: {
      vi: "Thiếu thành phần của phần đầu văn bản: số và ký hiệu, địa danh và ngày tháng, Quốc hiệu (hoặc tiêu đề Đảng).",
      en: "A header part is missing: number and symbol, place and date, or the national title (or the Party title).",
    },
    messages: {
      partyTitle: {
        vi: "Thiếu tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\" ở phần đầu văn bản.",
        en: "The Party title \"ĐẢNG CỘNG SẢN VIỆT NAM\" is missing from the header.",
      },
      nationalTitle: {
        vi: "Thiếu Quốc hiệu và Tiêu ngữ \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc\" ở phần đầu văn bản (văn bản của Đảng dùng \"ĐẢNG CỘNG SẢN VIỆT NAM\").",
        en: "The national title and motto \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc\" are missing from the header (Party documents use \"ĐẢNG CỘNG SẢN VIỆT NAM\").",
      },
      number: {
        vi: "Thiếu số và ký hiệu văn bản (ví dụ \"{sample}\") ở phần đầu văn bản.",
        en: "The document number and symbol (e.g. \"{sample}\") are missing from the header.",
      },
      placeDate: {
        vi: "Thiếu địa danh và ngày tháng năm ban hành (ví dụ \"Hà Nội, ngày 05 tháng 9 năm 2023\") ở phần đầu văn bản.",
        en: "The place and date line (e.g. \"Hà Nội, ngày 05 tháng 9 năm 2023\") is missing from the header.",
      },
    },
  },
  check(context) {
    const header = context.facts.header;
    const required = new Set(context.facts.genre?.header ?? COMMON_HEADER);
    const party = header.system === "party" || context.facts.closing.authority?.system === "party";
    const top: FindingAnchor = { paragraph: 0, placement: "before" };
    const findings: Finding[] = [];
    if (!header.nationalTitle && required.has("nationalTitle")) {
      findings.push(
        party
          ? report(headerMissing, "partyTitle", {}, { excerpt: "ĐẢNG CỘNG SẢN VIỆT NAM", anchor: top })
          : report(headerMissing, "nationalTitle", {}, { excerpt: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", anchor: top }),
      );
    }
    if (!header.number && required.has("number") && !header.template) {
      findings.push(
        report(
          headerMissing,
          "number",
          { sample: party ? "Số 05-BC/VPTU" : "Số: 05/BC-SNgV" },
          { excerpt: party ? "Số …-…/…" : "Số: …/…-…", anchor: after(header.agency) },
        ),
      );
    }
    if (!header.placeDate && required.has("placeDate") && !header.template) {
      findings.push(
        report(headerMissing, "placeDate", {}, { excerpt: "…, ngày … tháng … năm …", anchor: after(header.motto ?? header.nationalTitle) }),
      );
    }
    return findings;
  },
};
