/** The example files shipped in examples/: valid, the same as the built-in examples, and usable by `vanban new`. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readDocument } from "../../src/engine/read";
import { parseOrgConfig } from "../../src/org/config";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { validateProfile, type OrgProfile } from "../../src/parts/profile";
import { expectRefusal, vanban } from "../support/cli";

const examples = join(__dirname, "..", "..", "examples");
const ORG_CONFIG = join(examples, "org", "config.json");
const PROFILES: Array<[string, OrgProfile, string]> = [
  ["profiles/so-ngoai-vu.json", EXAMPLE_STATE_PROFILE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["profiles/van-phong-tinh-uy.json", EXAMPLE_PARTY_PROFILE, "ĐẢNG CỘNG SẢN VIỆT NAM"],
];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-examples-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function paragraphs(path: string): string[] {
  return readDocument(new Uint8Array(readFileSync(path)), "draft.docx").paragraphs.map((p) => p.text);
}

describe("example profiles", () => {
  it.each(PROFILES)("%s is valid and is the built-in example", (file, example) => {
    const value = JSON.parse(readFileSync(join(examples, file), "utf8"));
    const { profile, problems } = validateProfile(value);
    expect(problems).toEqual([]);
    expect(value).toEqual(example);
    expect(profile).toEqual(example);
  });

  it.each(PROFILES)("vanban new writes a draft from %s", async (file, example, nationalHeading) => {
    const out = join(tmp, file.replace(/\W/g, "-") + ".docx");
    const { code, stderr } = await vanban("new", "--profile", join(examples, file), "--type", "bao-cao", "-o", out);
    expect(stderr).toContain("Đã tạo");
    expect(code).toBe(0);
    const texts = paragraphs(out);
    expect(texts).toContain(nationalHeading);
    expect(texts).toContain(example.signer.name);
  });
});

describe("vanban new --profile org/config.json", () => {
  it("the shipped org/config.json reads without problems", () => {
    const { config, problems } = parseOrgConfig(readFileSync(ORG_CONFIG, "utf8"));
    expect(problems).toEqual([]);
    expect(config.profile.agency).toBeTruthy();
  });

  it("takes the office's profile from a complete org/config.json, and says what it left out", async () => {
    const config = join(tmp, "config.json");
    writeFileSync(config, JSON.stringify({ profile: EXAMPLE_PARTY_PROFILE, recipientLists: "sai", requests: [] }));
    const out = join(tmp, "tu-config.docx");
    const { code, stderr } = await vanban("new", "--profile", config, "--type", "cong-van", "-o", out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Lưu ý: .*config\.json: Mục "recipientLists" phải là một danh sách/);
    expect(paragraphs(out)).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it("completes the office's shared fields with the clerk's own profile given after it", async () => {
    const shared = parseOrgConfig(readFileSync(ORG_CONFIG, "utf8")).config.profile;
    const mine = join(tmp, "cua-toi.json");
    const own = { unitCode: "VP", signer: { authority: "", authorityOf: "", title: "GIÁM ĐỐC", name: "Lê Văn Cường" }, recipients: [] };
    writeFileSync(mine, JSON.stringify(own));
    const out = join(tmp, "ket-hop.docx");
    const { code, stderr } = await vanban("new", "--profile", ORG_CONFIG, "--profile", mine, "--type", "cong-van", "-o", out);
    expect(stderr).not.toContain("Lưu ý");
    expect(code).toBe(0);
    const texts = paragraphs(out);
    expect(texts).toContain(shared.agency!.toUpperCase());
    expect(texts).toContain("Lê Văn Cường");
  });

  it("refuses an org/config.json that leaves fields to each clerk, in one line saying how to add them", async () => {
    const result = await vanban("new", "--profile", ORG_CONFIG, "--type", "cong-van", "-o", join(tmp, "thieu.docx"));
    expectRefusal(result, /hồ sơ cơ quan chưa hợp lệ: .*"signer".*--profile .*config\.json --profile /);
  });

  it("counts the problems of a profile beyond the first few instead of listing them all", async () => {
    const few = join(tmp, "it-truong.json");
    writeFileSync(few, JSON.stringify({ system: "state" }));
    const result = await vanban("new", "--profile", few, "--type", "cong-van", "-o", join(tmp, "it.docx"));
    expectRefusal(result, /Còn \d+ chỗ khác \(.*signer.*\)\. Mẫu: examples\/profiles\/so-ngoai-vu\.json/);
  });
});
