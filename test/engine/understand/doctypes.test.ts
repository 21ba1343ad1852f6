import { abbreviationFor, checkTypeAgainstSymbol, isDSlip, parseSymbol, typeForAbbreviation } from "../../../src/engine/understand/doctypes";

describe("document types", () => {
  it("maps type words to abbreviations, keeping mixed case", () => {
    expect(abbreviationFor("Quyết định")).toBe("QĐ");
    expect(abbreviationFor("QUY ĐỊNH")).toBe("QyĐ");
    expect(abbreviationFor("Chương trình")).toBe("CTr");
    expect(abbreviationFor("Tờ trình")).toBe("TTr");
    expect(abbreviationFor("Bản trích sao")).toBe("TrS");
    expect(abbreviationFor("Công văn")).toBeNull();
    expect(abbreviationFor("Thư công")).toBeNull();
    expect(abbreviationFor("Công văn", "party")).toBe("CV");
    expect(abbreviationFor("Không phải loại")).toBeNull();
  });

  it("maps abbreviations back to type words", () => {
    expect(typeForAbbreviation("QyĐ")).toBe("Quy định");
    expect(typeForAbbreviation("CĐ")).toBe("Công điện");
    expect(typeForAbbreviation("CV", "party")).toBe("Công văn");
    expect(typeForAbbreviation("KH")).toBe("Kế hoạch");
    expect(typeForAbbreviation("BNV")).toBeNull();
  });

  it("detects Đ typed as D", () => {
    expect(isDSlip("CD", "CĐ")).toBe(true);
    expect(isDSlip("QD", "QĐ")).toBe(true);
    expect(isDSlip("CĐ", "CĐ")).toBe(false);
    expect(isDSlip("CT", "CĐ")).toBe(false);
  });

  it("splits state and Party symbols", () => {
    expect(parseSymbol("13/2021/QĐ-UBND")).toEqual({ number: "13", year: "2021", typeSegment: "QĐ", issuer: "UBND", form: "state" });
    expect(parseSymbol("01-KH/BCĐ")).toEqual({ number: "01", year: null, typeSegment: "KH", issuer: "BCĐ", form: "party" });
    expect(parseSymbol("104/2023/QH15")?.typeSegment).toBeNull();
  });

  it("checks the type word against the symbol", () => {
    expect(checkTypeAgainstSymbol("Công điện", "280/CD-TTg")).toEqual({ kind: "slip", written: "CD", expected: "CĐ" });
    expect(checkTypeAgainstSymbol("Công điện", "280/CĐ-TTg")).toEqual({ kind: "ok" });
    expect(checkTypeAgainstSymbol("Quyết định", "40/UBND-VP")).toEqual({ kind: "missing", expected: "QĐ", written: "UBND" });
    expect(checkTypeAgainstSymbol("Công văn", "4874/BNV-CCVC")).toEqual({ kind: "unchecked" });
    expect(checkTypeAgainstSymbol("Văn bản", "2152-CV/BCSDCP")).toEqual({ kind: "unchecked" });
    expect(checkTypeAgainstSymbol("Nghị quyết", "104/2023/QH15")).toEqual({ kind: "unchecked" });
    expect(checkTypeAgainstSymbol("Kế hoạch", "01-KH/BCSD")).toEqual({ kind: "ok" });
    expect(checkTypeAgainstSymbol("Quy định", "12/QyĐ-UBND")).toEqual({ kind: "ok" });
  });
});
