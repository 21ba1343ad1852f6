import { readFileSync } from "fs";
import { join } from "path";
import { effectiveProfile, parseOrgConfig } from "../../src/org/config";

const example = readFileSync(join(__dirname, "..", "..", "examples", "org", "config.json"), "utf8");

describe("organization configuration", () => {
  it("reads the example: defaults, recipient lists and the request with its outline", () => {
    const { config, problems } = parseOrgConfig(example);
    expect(problems).toEqual([]);
    expect(config.profile.agencyCode).toBe("SNgV");
    expect(config.recipientLists.map((l) => l.name)).toEqual(["Báo cáo gửi Bộ Nội vụ", "Văn bản nội bộ"]);
    expect(config.requests).toHaveLength(1);
    expect(config.requests[0].id).toBe("4874-BNV-CCVC");
    expect(config.requests[0].request.deadline).toBe("2023-09-08");
    expect(config.requests[0].request.outline.map((n) => n.number)).toEqual(["I", "II", "III", "IV"]);
  });

  it.each([
    ["not JSON", "{ profile: ", /không đúng định dạng JSON/],
    ["a list instead of an object", "[1, 2]", /đối tượng JSON/],
  ])("reports a file that is %s and still gives an empty usable configuration", (_name, text, message) => {
    const { config, problems } = parseOrgConfig(text);
    expect(config).toEqual({ profile: {}, recipientLists: [], requests: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].messageEn.length).toBeGreaterThan(0);
  });

  it("keeps the good parts and names each bad one", () => {
    const { config, problems } = parseOrgConfig(
      JSON.stringify({
        profile: { agencyCode: "S NgV", place: "Hà Nội", colour: "red" },
        recipientLists: [{ name: "Chung", recipients: ["Bộ Nội vụ"] }, { name: "", recipients: "Bộ Tài chính" }],
        requests: [
          { id: "a", number: "1/BNV-CCVC", date: "2023-02-30" },
          { id: "b", number: "2/BNV-CCVC", date: "2023-02-28", outline: [] },
          { id: "b", number: "3/BNV-CCVC" },
        ],
      }),
    );
    expect(config.profile).toEqual({ place: "Hà Nội" });
    expect(config.recipientLists).toEqual([{ name: "Chung", recipients: ["Bộ Nội vụ"] }]);
    expect(config.requests.map((r) => r.id)).toEqual(["b"]);
    expect(config.requests[0].label).toBe("Văn bản số 2/BNV-CCVC");
    const messages = problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/profile\.agencyCode/);
    expect(messages).toMatch(/profile\.colour/);
    expect(messages).toMatch(/recipientLists\[1\]/);
    expect(messages).toMatch(/requests\[0\]/);
    expect(messages).toMatch(/trùng mã "b"/);
  });

  it("lets the user's saved fields win over the organization's defaults", () => {
    const merged = effectiveProfile(
      { agency: "Sở Ngoại vụ", place: "Kiên Giang", signer: { authority: "KT.", authorityOf: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "" } },
      { place: "Rạch Giá", signer: { authority: "KT.", authorityOf: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Trần Văn B" } },
    );
    expect(merged.agency).toBe("Sở Ngoại vụ");
    expect(merged.place).toBe("Rạch Giá");
    expect(merged.signer?.name).toBe("Trần Văn B");
  });
});

describe("holidays in org/config.json", () => {
  it("reads the office's days off, working Saturdays and announced years", () => {
    const { config, problems } = parseOrgConfig(
      JSON.stringify({ holidays: { daysOff: ["2027-02-12"], workingDays: ["2027-02-20"], announcedYears: [2027] } }),
    );
    expect(problems).toEqual([]);
    expect(config.holidays).toEqual({ daysOff: ["2027-02-12"], workingDays: ["2027-02-20"], announcedYears: [2027] });
  });

  it("leaves the field out when the file has none", () => {
    expect("holidays" in parseOrgConfig("{}").config).toBe(false);
  });

  it("drops wrong entries with a Vietnamese problem each", () => {
    const { config, problems } = parseOrgConfig(
      JSON.stringify({ holidays: { daysOff: ["05/02/2027", "2027-02-30", "2027-02-12"], workingDays: ["2027-02-22"], announcedYears: "2027", extra: 1 } }),
    );
    expect(config.holidays?.daysOff).toEqual(["2027-02-12"]);
    expect(config.holidays?.workingDays).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"holidays.extra" không có'),
      expect.stringContaining("holidays.announcedYears"),
      expect.stringContaining('holidays.daysOff[0]: "05/02/2027" không phải ngày có thật'),
      expect.stringContaining('holidays.daysOff[1]: "2027-02-30"'),
      expect.stringContaining("holidays.workingDays[0]: 2027-02-22 không phải thứ Bảy hay Chủ nhật"),
    ]);
  });

  it("refuses a holidays field that is not an object", () => {
    const { config, problems } = parseOrgConfig(JSON.stringify({ holidays: ["2027-02-12"] }));
    expect(config.holidays).toBeUndefined();
    expect(problems[0].message).toContain('Mục "holidays" phải là một đối tượng');
  });
});
