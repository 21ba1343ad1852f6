import { InputError } from "../../src/engine/errors";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { parseProfileJson, validateProfile } from "../../src/parts/profile";

function withChanges(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...base, ...changes })) as Record<string, unknown>;
}

function problemFields(value: unknown): string[] {
  return validateProfile(value).problems.map((p) => p.field);
}

describe("validateProfile", () => {
  it("accepts both example profiles as they are", () => {
    expect(validateProfile(EXAMPLE_STATE_PROFILE)).toEqual({ profile: EXAMPLE_STATE_PROFILE, problems: [] });
    expect(validateProfile(EXAMPLE_PARTY_PROFILE)).toEqual({ profile: EXAMPLE_PARTY_PROFILE, problems: [] });
  });

  it("trims strings and cleans recipients written with dash and semicolon", () => {
    const result = validateProfile(withChanges(EXAMPLE_STATE_PROFILE, { agency: "  Sở Ngoại vụ ", recipients: ["- UBND tỉnh;", "Sở Nội vụ."] }));
    expect(result.problems).toEqual([]);
    expect(result.profile?.agency).toBe("Sở Ngoại vụ");
    expect(result.profile?.recipients).toEqual(["UBND tỉnh", "Sở Nội vụ"]);
  });

  it("reports every missing field, each with its name", () => {
    const result = validateProfile({});
    expect(result.profile).toBeUndefined();
    expect(result.problems.map((p) => p.field)).toEqual([
      "system",
      "parentAgency",
      "agency",
      "agencyCode",
      "unitCode",
      "place",
      "signer",
      "recipients",
    ]);
    expect(result.problems[2].message).toBe('Thiếu tên cơ quan ban hành (trường "agency").');
    expect(result.problems[2].messageEn).toBe("Missing agency.");
  });

  it("rejects something that is not an object", () => {
    expect(validateProfile([1, 2]).problems[0].message).toMatch(/đối tượng JSON/);
    expect(validateProfile("SNgV").problems).toHaveLength(1);
  });

  it("reports wrong types and empty required strings", () => {
    const value = withChanges(EXAMPLE_STATE_PROFILE, { agency: 42, place: "  ", recipients: "UBND tỉnh" });
    const problems = validateProfile(value).problems;
    expect(problems.map((p) => p.field)).toEqual(["agency", "place", "recipients"]);
    expect(problems[0].message).toBe('Tên cơ quan ban hành phải là chuỗi chữ (trường "agency").');
    expect(problems[1].message).toBe('Địa danh đang để trống (trường "place").');
  });

  it("rejects an unknown system", () => {
    const problems = validateProfile(withChanges(EXAMPLE_STATE_PROFILE, { system: "nhà nước" })).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('"state" (Nhà nước, NĐ 30) hoặc "party" (Đảng, HD 36)');
  });

  it("does not judge the authority against a system it does not know", () => {
    const party = withChanges(EXAMPLE_PARTY_PROFILE, { system: "dang" });
    expect(problemFields(party)).toEqual(["system"]);
  });

  it("rejects codes with spaces or separators and suggests the joined form", () => {
    const problems = validateProfile(withChanges(EXAMPLE_STATE_PROFILE, { agencyCode: "S NgV", unitCode: "V-P" })).problems;
    expect(problems.map((p) => p.field)).toEqual(["agencyCode", "unitCode"]);
    expect(problems[0].message).toContain('viết liền, ví dụ "SNgV"');
    expect(problems[1].message).toContain('không có "/", "-"');
  });

  it("accepts Vietnamese letters in codes (QĐ, SNgV)", () => {
    expect(problemFields(withChanges(EXAMPLE_STATE_PROFILE, { agencyCode: "SNgVĐ" }))).toEqual([]);
  });

  it("suggests T/M when a Party profile uses the state prefix TM.", () => {
    const party = withChanges(EXAMPLE_PARTY_PROFILE, { signer: { ...EXAMPLE_PARTY_PROFILE.signer, authority: "TM." } });
    const problems = validateProfile(party).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe("signer.authority");
    expect(problems[0].message).toBe('Văn bản Đảng không dùng "TM.": hãy viết "T/M".');
  });

  it("suggests KT. when a state profile uses the Party prefix K/T", () => {
    const state = withChanges(EXAMPLE_STATE_PROFILE, { signer: { ...EXAMPLE_STATE_PROFILE.signer, authority: "K/T" } });
    expect(validateProfile(state).problems[0].message).toBe('Văn bản Nhà nước không dùng "K/T": hãy viết "KT.".');
  });

  it("rejects TUQ. in a Party profile, listing what is allowed", () => {
    const party = withChanges(EXAMPLE_PARTY_PROFILE, { signer: { ...EXAMPLE_PARTY_PROFILE.signer, authority: "TUQ." } });
    expect(validateProfile(party).problems[0].message).toBe('Văn bản Đảng không dùng quyền hạn ký "TUQ.". Dùng một trong: T/M, K/T, T/L, Q..');
  });

  it("corrects an authority written without its dot", () => {
    const state = withChanges(EXAMPLE_STATE_PROFILE, { signer: { ...EXAMPLE_STATE_PROFILE.signer, authority: "kt" } });
    expect(validateProfile(state).problems[0].message).toBe('Quyền hạn ký viết là "KT.", không phải "kt".');
  });

  it("needs whom an authority acts for, and nothing when the head signs", () => {
    const missing = withChanges(EXAMPLE_STATE_PROFILE, { signer: { ...EXAMPLE_STATE_PROFILE.signer, authorityOf: "" } });
    expect(problemFields(missing)).toEqual(["signer.authorityOf"]);
    const extra = withChanges(EXAMPLE_STATE_PROFILE, { signer: { ...EXAMPLE_STATE_PROFILE.signer, authority: "" } });
    expect(problemFields(extra)).toEqual(["signer.authorityOf"]);
    const head = withChanges(EXAMPLE_STATE_PROFILE, {
      signer: { authority: "", authorityOf: "", title: "GIÁM ĐỐC", name: "Lê Văn C" },
    });
    expect(problemFields(head)).toEqual([]);
  });

  it("refuses Lưu and Như trên in the standing recipients, and empty entries", () => {
    const value = withChanges(EXAMPLE_STATE_PROFILE, { recipients: ["- Như trên;", "UBND tỉnh", "", "- Lưu: VT, VP."] });
    const problems = validateProfile(value).problems;
    expect(problems.map((p) => p.field)).toEqual(["recipients[0]", "recipients[2]", "recipients[3]"]);
    expect(problems[2].message).toContain("được thêm tự động từ unitCode");
  });

  it("names misspelt fields", () => {
    const value = withChanges(EXAMPLE_STATE_PROFILE, { agencyCod: "SNgV", signer: { ...EXAMPLE_STATE_PROFILE.signer, nam: "x" } });
    expect(problemFields(value)).toEqual(["agencyCod", "signer.nam"]);
  });
});

describe("parseProfileJson", () => {
  it("parses a valid profile, byte-order mark and all", () => {
    expect(parseProfileJson("\uFEFF" + JSON.stringify(EXAMPLE_PARTY_PROFILE))).toEqual(EXAMPLE_PARTY_PROFILE);
  });

  it("lists every problem in Vietnamese in one InputError", () => {
    const text = JSON.stringify(withChanges(EXAMPLE_PARTY_PROFILE, { agencyCode: "VP TU", signer: { ...EXAMPLE_PARTY_PROFILE.signer, authority: "KT." } }));
    let error: unknown;
    try {
      parseProfileJson(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.code).toBe("bad-profile");
    expect(inputError.message.split("\n")).toEqual([
      "Hồ sơ cơ quan chưa hợp lệ:",
      '- Chữ viết tắt tên cơ quan "VP TU" có dấu cách; viết liền, ví dụ "VPTU".',
      '- Văn bản Đảng không dùng "KT.": hãy viết "K/T".',
    ]);
    expect(inputError.messageEn).toContain('Party documents do not use "KT.": write "K/T".');
  });

  it("explains broken JSON and empty files without a stack trace", () => {
    expect(() => parseProfileJson('{"system": "state",')).toThrow(/không phải JSON hợp lệ/);
    expect(() => parseProfileJson("  ")).toThrow(/trống/);
  });
});
