/**
 * header-missing: a part of the header the rules require is not there — the number and
 * symbol, the place-and-date line, or the Quốc hiệu (ĐẢNG CỘNG SẢN VIỆT NAM for Party
 * documents). One finding per missing part.
 */
import { draftClosing, draftHeader } from "../understand/analysis";
import type { Finding } from "../types";
import { report, type Rule } from "./rule";

export const headerMissing: Rule = {
  id: "header-missing",
  severity: "warning",
  description: {
    vi: "Thiếu thành phần của phần đầu văn bản: số và ký hiệu, địa danh và ngày tháng, Quốc hiệu (hoặc tiêu đề Đảng).",
    en: "A header part is missing: number and symbol, place and date, or the national title (or the Party title).",
  },
  check(context) {
    const header = draftHeader(context);
    const party = header.system === "party" || draftClosing(context).authority?.system === "party";
    const findings: Finding[] = [];
    if (!header.nationalTitle) {
      findings.push(
        party
          ? report(headerMissing, {
              vi: "Thiếu tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\" ở phần đầu văn bản.",
              en: "The Party title \"ĐẢNG CỘNG SẢN VIỆT NAM\" is missing from the header.",
              excerpt: "ĐẢNG CỘNG SẢN VIỆT NAM",
            })
          : report(headerMissing, {
              vi: "Thiếu Quốc hiệu và Tiêu ngữ \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc\" ở phần đầu văn bản (văn bản của Đảng dùng \"ĐẢNG CỘNG SẢN VIỆT NAM\").",
              en: "The national title and motto \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc\" are missing from the header (Party documents use \"ĐẢNG CỘNG SẢN VIỆT NAM\").",
              excerpt: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            }),
      );
    }
    if (!header.number) {
      const sample = party ? "Số 05-BC/VPTU" : "Số: 05/BC-SNgV";
      findings.push(
        report(headerMissing, {
          vi: `Thiếu số và ký hiệu văn bản (ví dụ "${sample}") ở phần đầu văn bản.`,
          en: `The document number and symbol (e.g. "${sample}") are missing from the header.`,
          excerpt: party ? "Số …-…/…" : "Số: …/…-…",
        }),
      );
    }
    if (!header.placeDate) {
      findings.push(
        report(headerMissing, {
          vi: "Thiếu địa danh và ngày tháng năm ban hành (ví dụ \"Hà Nội, ngày 05 tháng 9 năm 2023\") ở phần đầu văn bản.",
          en: "The place and date line (e.g. \"Hà Nội, ngày 05 tháng 9 năm 2023\") is missing from the header.",
          excerpt: "…, ngày … tháng … năm …",
        }),
      );
    }
    return findings;
  },
};
