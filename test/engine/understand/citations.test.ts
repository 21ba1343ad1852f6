import * as fc from "fast-check";
import { findCitations, findCitationsInText, similarSymbols, sameIssuer } from "../../../src/engine/understand/citations";
import { mistypedNumberOf, oneDigitSlip, sameDocument, symbolShape } from "../../../src/engine/understand/citation-identity";
import { seed } from "./seeds";

describe("findCitationsInText", () => {
  it("reads type, number, date, issuer and subject with spans", () => {
    const text = "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng, nhiệm vụ; Sở báo cáo như sau:";
    const [c, ...rest] = findCitationsInText(text, 7);
    expect(rest).toEqual([]);
    expect(c.type).toBe("Công văn");
    expect(c.number).toBe("4874/BNV-CCVC");
    expect(c.date).toBe("2023-08-29");
    expect(c.issuer).toBe("Bộ Nội vụ");
    expect(c.subject).toBe("báo cáo thực trạng, nhiệm vụ");
    expect(c.paragraph).toBe(7);
    expect(text.slice(c.span.start, c.span.end)).toBe(
      "Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng, nhiệm vụ",
    );
    expect(text.slice(c.numberRange.start, c.numberRange.end)).toBe("4874/BNV-CCVC");
    expect(text.slice(c.issuerRange!.start, c.issuerRange!.end)).toBe("Bộ Nội vụ");
  });

  it.each([
    ["Quyết định số 13/2021/QĐ-UBND ngày 25/11/2021 của Ủy ban nhân dân tỉnh", "Quyết định", "13/2021/QĐ-UBND", "2021-11-25", "Ủy ban nhân dân tỉnh"],
    ["theo Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", "Nghị định", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ"],
    ["Văn bản số 4701/UBND-NC2 ngày 31/8/2023 của Ủy ban nhân dân tỉnh", "Văn bản", "4701/UBND-NC2", "2023-08-31", "Ủy ban nhân dân tỉnh"],
    ["Tại văn bản số 2152-CV/BCSDCP ngày 23/8/2023 của Ban cán sự đảng Chính phủ.", "Văn bản", "2152-CV/BCSDCP", "2023-08-23", "Ban cán sự đảng Chính phủ"],
    ["Công văn số 1702-CV/BNCTU ngày 28/8/2023 của Ban Nội chính Tỉnh ủy về báo cáo", "Công văn", "1702-CV/BNCTU", "2023-08-28", "Ban Nội chính Tỉnh ủy"],
    ["(Quyết định số 40/QĐ-SNgV ngày 21/11/2022)", "Quyết định", "40/QĐ-SNgV", "2022-11-21", null],
    ["Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023 của Ban Chỉ đạo Đề án, dùng cho", "Kế hoạch", "01-KH/BCĐ", "2023-08-10", "Ban Chỉ đạo Đề án"],
    ["Công văn số 919 /UBND-NC ngày 16 tháng 5 năm 2023 của UBND tỉnh", "Công văn", "919/UBND-NC", "2023-05-16", "UBND tỉnh"],
    ["THÔNG BÁO SỐ 426/TB-SNgV NGÀY 28/4/2022", "Thông báo", "426/TB-SNgV", "2022-04-28", null],
    ["Quy định số 12/QyĐ-UBND ngày 3/3/2023", "Quy định", "12/QyĐ-UBND", "2023-03-03", null],
  ])("%s", (text, type, number, date, issuer) => {
    const [c] = findCitationsInText(text);
    expect([c.type, c.number, c.date, c.issuer]).toEqual([type, number, date, issuer]);
  });

  it("keeps a footnote mark out of the symbol", () => {
    const [c] = findCitationsInText("theo Kế hoạch số 01-KH/BCSD² và nhiệm vụ");
    expect(c.number).toBe("01-KH/BCSD");
    expect(c.date).toBeNull();
  });

  it("ends the issuer before the verb or bracket that follows it", () => {
    const [c] = findCitationsInText("Thực hiện Công điện số 280/CD-TTg ngày 19/4/2023 của Thủ tướng Chính phủ chấn chỉnh, tăng cường");
    expect(c.issuer).toBe("Thủ tướng Chính phủ");
    const [k] = findCitationsInText("Kế hoạch số 01-KH/BCSD ngày 10/8/2023 của Ban chỉ đạo Xây dựng Đề án (Ban Nội chính Trung ương) về xây dựng");
    expect(k.issuer).toBe("Ban chỉ đạo Xây dựng Đề án");
    const [u] = findCitationsInText("Công văn số 1041/UBND-NC ngày 28/4/2023 của Ủy ban nhân dân (UBND) tỉnh Cao Bằng về việc thực hiện");
    expect(u.issuer).toBe("Ủy ban nhân dân tỉnh Cao Bằng");
  });

  it("does not take the document's own number, years or dates for citations", () => {
    expect(findCitationsInText("Số: 919/UBND-NC")).toEqual([]);
    expect(findCitationsInText("Số 1702-CV/BNCTU")).toEqual([]);
    expect(findCitationsInText("nhiệm kỳ 2020-2025, ngày 29/8/2023")).toEqual([]);
    expect(findCitationsInText("kinh tế - xã hội năm 2023 - Kế hoạch")).toEqual([]);
    expect(findCitationsInText("Công văn này và Kế hoạch của tỉnh")).toEqual([]);
  });

  it("takes a code written in letters outside the first 65,536 (pasted mathematical letters) for a symbol", () => {
    const [citation] = findCitationsInText("Thực hiện Công văn số 12/𝐔𝐁𝐍𝐃 ngày 01/02/2024 của tỉnh.");
    expect(citation?.number).toBe("12/𝐔𝐁𝐍𝐃");
  });

  it("stays linear on long runs of digits and separators", () => {
    const text = "số 1/".repeat(30000) + "a-".repeat(30000);
    expect(findCitationsInText(text).length).toBeGreaterThan(0);
  });
});

describe("citations in the seeds", () => {
  it("003: the relay sentence cites the province's Công văn and the Prime Minister's Công điện", () => {
    const cited = findCitations(seed("relay"));
    expect(cited.map((c) => [c.type, c.number, c.date])).toEqual([
      ["Công văn", "1041/UBND-NC", "2023-04-28"],
      ["Công điện", "280/CĐ-TTg", "2023-04-19"],
    ]);
    expect(cited[0].paragraph).toBe(cited[1].paragraph);
    expect(cited[1].issuer).toBe("Thủ tướng Chính phủ");
  });

  it("002: the footnote and Phụ lục 3 cite the same plan with two symbols", () => {
    const plans = findCitations(seed("request")).filter((c) => c.type === "Kế hoạch" && c.date);
    expect(plans.map((c) => c.number)).toEqual(["01-KH/BCSD", "01-KH/BCĐ"]);
    expect(new Set(plans.map((c) => c.date))).toEqual(new Set(["2023-08-10"]));
  });

  it("004: finds 280/CD-TTg twice and the decisions", () => {
    const numbers = findCitations(seed("fullHeader")).map((c) => c.number);
    expect(numbers.filter((n) => n === "280/CD-TTg")).toHaveLength(2);
    expect(numbers).toContain("13/2021/QĐ-UBND");
    expect(numbers).toContain("1506/QĐ-UBND");
    expect(numbers).not.toContain("919/UBND-NC");
  });

  it("000: cites the province's relay letter", () => {
    const [first] = findCitations(seed("reply"));
    expect([first.type, first.number, first.date, first.issuer]).toEqual(["Văn bản", "4701/UBND-NC2", "2023-08-31", "Ủy ban nhân dân tỉnh"]);
    expect(first.subject).toMatch(/^báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh/);
  });
});

describe("comparing symbols and issuers", () => {
  it("tells slips from other documents", () => {
    expect(similarSymbols("4874/BNV-CCVC", "4874/BNV-CCV")).toBe(true);
    expect(similarSymbols("01-KH/BCSD", "01-KH/BCĐ")).toBe(true);
    expect(similarSymbols("4874/BNV-CCVC", "4875/BNV-CCVC")).toBe(false);
    expect(similarSymbols("01/QĐ-UBND", "01-KH/TU")).toBe(false);
  });
  it("compares issuers loosely", () => {
    expect(sameIssuer("Bộ Nội vụ", "BỘ NỘI VỤ")).toBe(true);
    expect(sameIssuer("UBND tỉnh Kiên Giang", "Ủy ban nhân dân tỉnh Kiên Giang")).toBe(true);
    expect(sameIssuer("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh")).toBe(true);
    expect(sameIssuer("Bộ Nội vụ", "Bộ Tài chính")).toBe(false);
  });
});

describe("numbers, qualifiers and law names as real text writes them", () => {
  it("reads a dotted number whole", () => {
    const [c] = findCitationsInText("Nghị quyết số 66.18/2026/NQ-CP ngày 18/5/2026 của Chính phủ");
    expect([c.type, c.number, c.date]).toEqual(["Nghị quyết", "66.18/2026/NQ-CP", "2026-05-18"]);
  });

  it("keeps a space typed for the hyphen before CP and drops stray spaces at a hyphen", () => {
    expect(findCitationsInText("Điều 33 Nghị định số 145/2020/NĐ CP quy định")[0].number).toBe("145/2020/NĐ CP");
    expect(findCitationsInText("Thông tư số 43/2023/TT- BTC ngày 28/6/2023")[0].number).toBe("43/2023/TT-BTC");
    expect(findCitationsInText("Thông tư số 18/2026/TT -BQP ngày 10/3/2026")[0].number).toBe("18/2026/TT-BQP");
    expect(findCitationsInText("kinh tế - xã hội năm 2023 - Kế hoạch số 5/KH-UBND")[0].number).toBe("5/KH-UBND");
    expect(findCitationsInText("Công ty Cổ phần DAP số 2- Vinachem")).toEqual([]);
  });

  it("takes the type word across a short qualifier", () => {
    const [c] = findCitationsInText("và Thông báo làm việc số 2948/TT-ĐKT ngày 25/5/2026");
    expect([c.type, c.number, c.title]).toEqual(["Thông báo", "2948/TT-ĐKT", null]);
    // Another type word in between names the document itself: no guess.
    expect(findCitationsInText("Báo cáo của các đơn vị trực thuộc tỉnh số 5/BC-UBND")[0].type).toBeNull();
  });

  it("finds the type word in any case, whatever letter it starts or ends with", () => {
    const read = (text: string) => {
      const [c] = findCitationsInText(text);
      return [c.type, c.number, c.date];
    };
    // Before a qualifier: "Đ" opens the type word, upper case is folded.
    expect(read("theo Đề án phát triển số 06/ĐA-UBND ngày 02/3/2026")).toEqual(["Đề án", "06/ĐA-UBND", "2026-03-02"]);
    expect(read("và THÔNG BÁO làm việc số 2948/TB-ĐKT")).toEqual(["Thông báo", "2948/TB-ĐKT", null]);
    // Right before the number: a type word ending in a toned vowel, in either case.
    expect(read("thực hiện CHỈ THỊ số 05/CT-TTg ngày 1/2/2026")).toEqual(["Chỉ thị", "05/CT-TTg", "2026-02-01"]);
    expect(read("thực hiện Chỉ thị 05/CT-TTg")).toEqual(["Chỉ thị", "05/CT-TTg", null]);
  });

  it("reads a law's name before its number", () => {
    const [l] = findCitationsInText("khoản 4 Điều 40 Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15");
    expect([l.type, l.title]).toEqual(["Luật", "Luật Quy hoạch đô thị và nông thôn"]);
    const [b] = findCitationsInText("Căn cứ Bộ luật Lao động số 45/2019/QH14;");
    expect([b.type, b.title]).toEqual(["Bộ luật", "Bộ luật Lao động"]);
    const [v] = findCitationsInText("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15");
    expect(v.title).toBe("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ");
    // A law's name starts with a capital: lower-case words after "Luật" are not a name.
    expect(findCitationsInText("Luật sửa đổi các điều khoản số 5/2020/QH14")[0].type).toBeNull();
  });
});

describe("which citations name one document", () => {
  const one = (a: string, b: string) => {
    const [x] = findCitationsInText(a);
    const [y] = findCitationsInText(b);
    return sameDocument(x, y);
  };

  it.each([
    ["Kế hoạch số 01-KH/BCSD ngày 10/8/2023", "Kế hoạch số 01-KH/BCĐ ngày 10/8/2023", true],
    ["Thông tư số 36/2025/TT-BNNMT", "Thông tư số 36/2025/TT-BNMT", true],
    ["Luật số 42/2024/QH15", "Luật số 42/2025/QH15", true],
    ["Bộ luật Lao động số 45/2019/QH15", "Bộ luật Lao động số 45/2019/QH14", true],
    ["Nghị định số 148/202S/NĐ-CP", "Nghị định số 148/2025/NĐ-CP", true],
    ["Quyết định số 19/NQ-HĐT4 ngày 04/01/2022 của Hội đồng trường Đại học Thuỷ lợi", "Nghị quyết số 19/NQ-HĐT của Chủ tịch Hội đồng trường Trường Đại học Thủy Lợi", true],
    ["Thông tư số 23/2024/TT-BTC", "Thông tư số 23/2024/TT-BCT", false],
    ["Nghị định số 148/2024/NĐ-CP", "Nghị định số 148/2025/NĐ-CP", false],
    ["Văn bản số 02/GĐN-SB ngày 01/4/2026", "Văn bản số 02/GĐN-ĐD ngày 01/4/2026", false],
    ["Luật Di sản văn hóa số 45/2024/QH15", "Bộ luật Lao động số 45/2019/QH14", false],
    ["Luật Đất đai số 31/2024/QH15", "Luật Nhà ở số 31/2025/QH15", false],
    ["Luật số 42/2024/QH15", "Nghị quyết số 42/2023/QH15", false],
    ["Công văn số 12/UBND-VP ngày 05/01/2022", "Công văn số 12/UBND-VP ngày 06/01/2023", false],
    ["Quyết định số 12/QĐ-UBND ngày 01/3/2023", "Quyết định số 12/QĐ-SNV ngày 01/3/2023", false],
    ["Quyết định số 12/QĐ-UBND", "Nghị quyết số 12/NQ-UBND", false],
    ["Văn bản số 5/ABC-XY của Công ty Đông Dương", "Văn bản số 5/ABC-XZ của Công ty Suối Bắc", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(one(a, b)).toBe(same);
  });

  it("reads years through look-alike letters and notes badly written symbols", () => {
    expect(symbolShape("148/202S/NĐ-CP")).toMatchObject({ number: "148", year: "2025", codes: ["NĐ", "CP"] });
    expect(symbolShape("09/2022QH15")).toMatchObject({ number: "9", year: "2022", codes: ["QH15"] });
    expect(symbolShape("181/2024/NĐCP")).toMatchObject({ year: "2024", codes: ["NĐ", "CP"] });
    expect(symbolShape("66.18/2026/NQ-CP")).toMatchObject({ number: "66.18", year: "2026", codes: ["NQ", "CP"], malformed: 0 });
    expect(symbolShape("148/202S/NĐ-CP").malformed).toBeGreaterThan(0);
    expect(symbolShape("145/2020/NĐ CP").malformed).toBeGreaterThan(0);
  });

  it("tells a mistyped number of the request from another letter", () => {
    expect(oneDigitSlip("4847", "4874")).toBe(true);
    expect(oneDigitSlip("4674", "4874")).toBe(true);
    expect(oneDigitSlip("4711", "4874")).toBe(false);
    expect(oneDigitSlip("874", "4874")).toBe(false);
    const [c] = findCitationsInText("Công văn số 4847/BNV-CCVC ngày 29/8/2023");
    expect(mistypedNumberOf(c, "4874/BNV-CCVC", "2023-08-29")).toBe(true);
    expect(mistypedNumberOf(c, "4874/BNV-CCVC", "2023-08-30")).toBe(false);
    expect(mistypedNumberOf(c, "4874/BNV-TCBC", "2023-08-29")).toBe(false);
  });
});

describe("relay chains and arbitrary text", () => {
  it("reads three links of a relay chain in one sentence", () => {
    const text =
      "Thực hiện Công văn số 2250/SNV-CCVC ngày 05/9/2023 của Sở Nội vụ về việc thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023 của Ủy ban nhân dân tỉnh triển khai Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ; Sở báo cáo như sau:";
    const cited = findCitationsInText(text);
    expect(cited.map((c) => [c.type, c.number, c.date, c.issuer])).toEqual([
      ["Công văn", "2250/SNV-CCVC", "2023-09-05", "Sở Nội vụ"],
      ["Văn bản", "4701/UBND-NC2", "2023-08-31", "Ủy ban nhân dân tỉnh"],
      ["Công văn", "4874/BNV-CCVC", "2023-08-29", "Bộ Nội vụ"],
    ]);
  });

  it("gives spans inside the text for any input", () => {
    const pieces = fc.constantFrom("Công văn ", "số ", "4874", "/", "-", "BNV", "CCVC", " ngày ", "29/8/2023", " của ", "Bộ Nội vụ", " về ", ", ", "; ", "(", ")", "²", "Đ", "  ");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const c of findCitationsInText(text)) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.numberRange.start, c.numberRange.end)).toBe(c.numberText);
          // Spaces go, but one standing for the hyphen between two codes ("NĐ CP").
          expect(c.number).not.toMatch(/\s(?!\p{L})|(?<!\p{L})\s/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});
