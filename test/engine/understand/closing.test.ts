import { extractClosing } from "../../../src/engine/understand/closing";
import { modelFromParagraphs } from "../../../src/engine/model";
import { seed } from "./seeds";

describe("extractClosing on the seeds", () => {
  it.each([
    ["reply", "KT", "state", "PHÓ GIÁM ĐỐC", "Trần Mạnh Hùng", 4],
    ["partyReply", "KT", "party", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Xuân Cường", 4],
    ["fullHeader", "TM", "state", "CHỦ TỊCH", "Lâm Minh Thành", 12],
    ["relay", null, null, "CHỦ TỊCH", "Nguyễn Phương Huy", 7],
    ["request", null, null, "BỘ TRƯỞNG", "Phạm Thị Thanh Trà", 7],
  ] as const)("%s", (name, code, system, title, signer, recipients) => {
    const c = extractClosing(seed(name));
    expect(c.authority?.code ?? null).toBe(code);
    expect(c.authority?.system ?? null).toBe(system);
    expect(c.title?.text).toBe(title);
    expect(c.signer?.text).toBe(signer);
    expect(c.recipients).toHaveLength(recipients);
    expect(c.recipients[0].text).toMatch(/^- /);
  });
});

describe("extractClosing on built text", () => {
  it("splits authority and title glued on one line", () => {
    const c = extractClosing(
      modelFromParagraphs(["Nội dung./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Lâm Minh Thành"]),
    );
    expect(c.authority).toMatchObject({ code: "TM", on: "ỦY BAN NHÂN DÂN", prefix: "TM." });
    expect(c.title?.text).toBe("CHỦ TỊCH");
    expect(c.signer?.text).toBe("Lâm Minh Thành");
  });

  it("reads KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC and Party T/L", () => {
    const kt = extractClosing(modelFromParagraphs(["Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Trần Mạnh Hùng"]));
    expect([kt.authority?.on, kt.title?.text]).toEqual(["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    const tl = extractClosing(modelFromParagraphs(["Nơi nhận:", "- Lưu VPTU.", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]));
    expect(tl.authority).toMatchObject({ code: "TL", system: "party", on: "BAN THƯỜNG VỤ" });
    expect(tl.title?.text).toBe("CHÁNH VĂN PHÒNG");
  });

  it("finds nothing in a text without a closing", () => {
    const c = extractClosing(modelFromParagraphs(["Một đoạn văn.", "Hai đoạn văn."]));
    expect(c).toEqual({ recipientsLabel: null, recipients: [], authority: null, title: null, signer: null });
  });
});

describe("two columns read as one line", () => {
  it("splits the signature column from the Nơi nhận column", () => {
    const c = extractClosing(
      modelFromParagraphs([
        "Trên đây là báo cáo của Sở./.",
        "Nơi nhận: KT. GIÁM ĐỐC",
        "- Như trên; PHÓ GIÁM ĐỐC",
        "- UBND tỉnh (báo cáo);",
        "- Lưu: VT, VPTTr. Trần Mạnh Hùng",
      ]),
    );
    expect(c.recipients.map((r) => r.text)).toEqual(["- Như trên;", "- UBND tỉnh (báo cáo);", "- Lưu: VT, VPTTr."]);
    expect(c.authority).toMatchObject({ code: "KT", on: "GIÁM ĐỐC" });
    expect(c.title?.text).toBe("PHÓ GIÁM ĐỐC");
    expect(c.signer?.text).toBe("Trần Mạnh Hùng");
  });

  it("leaves ordinary list items alone", () => {
    const c = extractClosing(modelFromParagraphs(["Nơi nhận:", "- Văn phòng Chính phủ;", "- Bộ Nội vụ;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Phương Huy"]));
    expect(c.recipients.map((r) => r.text)).toEqual(["- Văn phòng Chính phủ;", "- Bộ Nội vụ;", "- Lưu: VT."]);
    expect(c.title?.text).toBe("CHỦ TỊCH");
  });
});
