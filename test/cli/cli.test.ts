import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { vanban, sha256 as sha } from "../support/cli";
import { readDocument } from "../../src/engine/read";
import { checkDocument } from "../../src/engine/check";
import { parseRequestProfile } from "../../src/engine/understand/request-profile";
import { EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { buildDocx } from "../support/docx-builder";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const REQUEST = join(seeds, "002_2b77b3d6864b3803.txt");
const REPLY = join(seeds, "000_b28154c4db1fc991.txt");
const PARTY_REPLY = join(seeds, "001_e57b1d95f5c3502e.txt");
const INSTRUCTION = join(seeds, "004_bddaad2f89ffc7c1.txt");



let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("vanban request", () => {
  it("extracts what seed 002 demands, as JSON", async () => {
    const { code, stdout } = await vanban("request", REQUEST, "--format", "json");
    expect(code).toBe(0);
    const request = JSON.parse(stdout);
    expect(request).toMatchObject({
      number: "4874/BNV-CCVC",
      date: "2023-08-29",
      issuer: "Bộ Nội vụ",
      deadline: "2023-09-08",
    });
    expect(request.period.to).toBe("2023-06-30");
    expect(request.outline.map((n: { number: string }) => n.number)).toEqual(["I", "II", "III", "IV"]);
    expect(request.outline.map((n: { children: unknown[] }) => n.children.length)).toEqual([3, 2, 5, 0]);
  });

  it("reads as Vietnamese text by default", async () => {
    const { code, stdout } = await vanban("request", REQUEST);
    expect(code).toBe(0);
    expect(stdout).toContain("4874/BNV-CCVC");
    expect(stdout).toContain("Hạn gửi:        8/9/2023");
    expect(stdout).toContain("IV. Đề xuất, kiến nghị");
  });

  it("saves a request profile that loads back to the same request", async () => {
    const profile = join(tmp, "request.json");
    const first = await vanban("request", REQUEST, "--format", "json", "-o", profile);
    expect(first.code).toBe(0);
    const again = await vanban("request", profile, "--format", "json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
    expect(parseRequestProfile(readFileSync(profile, "utf8")).number).toBe("4874/BNV-CCVC");
  });

  it("says clearly when a file is not a request", async () => {
    const plain = join(tmp, "note.txt");
    writeFileSync(plain, "Ghi chú họp giao ban tuần.\n\nKhông có nội dung yêu cầu báo cáo.\n");
    const { code, stderr } = await vanban("request", plain);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/không phải văn bản yêu cầu: không thấy câu nào đề nghị gửi báo cáo/);
  });

  it("refuses a báo cáo, naming its genre and what the command expects", async () => {
    const report = join(tmp, "bao-cao.txt");
    writeFileSync(
      report,
      [
        "UBND TỈNH LÀO CAI",
        "SỞ CÔNG THƯƠNG",
        "Số:      /BC-SCT",
        "Lào Cai, ngày 10 tháng 6 năm 2026",
        "BÁO CÁO",
        "Kết quả kiểm tra năm 2025",
        "Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 30/6/2026.",
      ].join("\n\n"),
    );
    const { code, stdout, stderr } = await vanban("request", report);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/đây là báo cáo, không phải văn bản yêu cầu trả lời: vanban request cần một công văn/);
  });
});

describe("vanban check", () => {
  it("reports the missing Nguyên nhân part of seed 000 against seed 002, in JSON", async () => {
    const { code, stdout } = await vanban("check", REPLY, "--request", REQUEST, "--format", "json");
    const report = JSON.parse(stdout);
    expect(report.file).toBe(REPLY);
    expect(report.request.number).toBe("4874/BNV-CCVC");
    const top = Object.fromEntries(
      report.sections.filter((s: { level: number }) => s.level === 1).map((s: { number: string; status: string }) => [s.number, s.status]),
    );
    expect(top.II).toBe("missing");
    expect(top.I).not.toBe("missing");
    expect(top.III).not.toBe("missing");
    expect(top.IV).not.toBe("missing");
    // The heading taken for each entry, and the nearest one for a missing entry, 1-based.
    const byLabel = (number: string) => report.sections.find((s: { level: number; number: string }) => s.level === 1 && s.number === number);
    expect(byLabel("III").match).toEqual({ heading: "2. Nhiệm vụ và giải pháp trong thời gian tới", paragraph: byLabel("III").paragraph, via: "meaning" });
    expect(byLabel("II").match).toBeNull();
    expect(byLabel("II").candidate).toEqual({ heading: "2. Nhiệm vụ và giải pháp trong thời gian tới", paragraph: byLabel("III").paragraph, reason: "taken", takenBy: "III" });
    expect(report.sections[1]).toMatchObject({ number: "1", level: 2, status: "in-parent", match: { via: "parent" } });
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("section-missing");
    expect(rules).toContain("header-missing");
    for (const finding of report.findings) {
      expect(finding).toEqual({
        rule: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        message: expect.any(String),
        paragraph: finding.paragraph === null ? null : expect.any(Number),
        excerpt: expect.any(String),
      });
    }
    expect(code).toBe(1);
  });

  it("lists sections and findings in Vietnamese text", async () => {
    const { stdout } = await vanban("check", PARTY_REPLY, "--request", REQUEST);
    expect(stdout).toContain("[THIẾU] II. Nguyên nhân");
    expect(stdout).toContain("[THIẾU] IV. Đề xuất, kiến nghị");
    // Sub-sections without headings of their own are shown as inferred, never as "có".
    expect(stdout).toMatch(/\[có thể nằm trong mục I\] 1\. Đánh giá thực trạng/);
    expect(stdout).toMatch(/\[có thể nằm trong mục III\] 5\. Nhiệm vụ, giải pháp khác/);
    expect(stdout).not.toMatch(/\[có\] [1-5]\. /);
    expect(stdout).toMatch(/\[có\] III\. Nhiệm vụ, giải pháp .* \(đoạn \d+: “II\. Nhiệm vụ, giải pháp nhằm ngăn chặn/);
    expect(stdout).toMatch(/Phát hiện \d+ vấn đề/);
  });

  it("says where a missing part belongs", async () => {
    const { stdout } = await vanban("check", REPLY, "--request", REQUEST);
    // II is missing; it belongs before the reply's answer to III, its paragraph 9 ("2. Nhiệm vụ…").
    expect(stdout).toMatch(/lỗi \[section-missing\] cần có trước đoạn 9: Thiếu mục II\./);
    expect(stdout).toMatch(/\[header-missing\] cần có trước đoạn 1: Thiếu Quốc hiệu/);
  });

  it("flags the Công điện written with CD in seed 004 without any request", async () => {
    const { stdout } = await vanban("check", INSTRUCTION, "--format", "json");
    const report = JSON.parse(stdout);
    expect(report.request).toBeNull();
    const slip = report.findings.find((f: { rule: string }) => f.rule === "reference-type-symbol");
    expect(slip?.excerpt).toContain("280/CD-TTg");
  });

  it("tells what the reader left out, in text and in JSON", async () => {
    const textBox =
      '<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>';
    const file = join(tmp, "hop-van-ban.docx");
    writeFileSync(file, buildDocx({ paragraphs: ["Kính gửi: Sở Nội vụ", { xml: textBox }, "Nội dung báo cáo."] }));
    const text = await vanban("check", file);
    expect(text.stdout).toMatch(/Lưu ý khi đọc: Văn bản có 1 hộp văn bản/);
    const json = JSON.parse((await vanban("check", file, "--format", "json")).stdout);
    expect(json.notices).toEqual([{ code: "text-boxes-skipped", message: expect.stringContaining("hộp văn bản") }]);
  });

  it("never changes its inputs", async () => {
    const before = [sha(REPLY), sha(REQUEST)];
    await vanban("check", REPLY, "--request", REQUEST);
    expect([sha(REPLY), sha(REQUEST)]).toEqual(before);
  });
});

describe("bad input and usage", () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ["a file that does not exist", () => join(tmp, "khong-co.docx"), /không tìm thấy tệp/],
    ["a directory", () => {
      const dir = join(tmp, "thu-muc");
      mkdirSync(dir, { recursive: true });
      return dir;
    }, /thư mục/],
    ["an empty file", () => {
      const file = join(tmp, "rong.txt");
      writeFileSync(file, "");
      return file;
    }, /trống|rỗng/i],
    ["a binary file", () => {
      const file = join(tmp, "anh.bin");
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 255, 254]));
      return file;
    }, /./],
    ["a corrupt .docx", () => {
      const file = join(tmp, "hong.docx");
      writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
      return file;
    }, /./],
    ["an encrypted .docx", () => {
      const file = join(tmp, "mat-khau.docx");
      writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
      return file;
    }, /mật khẩu/],
  ];

  it.each(cases)("gives one clear line and exit code 2 for %s", async (_name, make, message) => {
    const { code, stderr, stdout } = await vanban("check", make());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("keeps its message on one line whatever the file name holds", async () => {
    const { code, stderr } = await vanban("check", join(tmp, "bao\ncao\u001b[31m.docx"));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toContain("\u001b");
  });

  it("rejects unknown commands and options with exit code 2", async () => {
    expect((await vanban("kiemtra", REPLY)).code).toBe(2);
    const unknown = await vanban("check", REPLY, "--bogus");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("vanban check --help");
    expect((await vanban("check", REPLY, "--format", "xml")).code).toBe(2);
  });
});

describe("vanban new", () => {
  it("writes a draft that, filled in, passes the check against its request", async () => {
    const profilePath = join(tmp, "profile.json");
    writeFileSync(profilePath, JSON.stringify(EXAMPLE_STATE_PROFILE));
    const out = join(tmp, "bao-cao.docx");
    const { code, stderr } = await vanban(
      "new", "--profile", profilePath, "--type", "bao-cao", "--request", REQUEST,
      "--number", "12", "--date", "2023-09-05", "-o", out,
    );
    expect(stderr).toContain("Đã tạo");
    expect(code).toBe(0);
    const draft = readDocument(new Uint8Array(readFileSync(out)), "bao-cao.docx");
    const texts = draft.paragraphs.map((p) => p.text);
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts.some((t) => t.startsWith("Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ"))).toBe(true);
    expect(texts.some((t) => t.startsWith("II. Nguyên nhân"))).toBe(true);

    const request = parseRequestProfile(JSON.stringify(JSON.parse((await vanban("request", REQUEST, "--format", "json")).stdout)));
    const unfilled = checkDocument(draft, request);
    expect(unfilled.findings.some((f) => f.rule === "section-empty")).toBe(true);

    // A clerk writes under every heading: then no header, citation or section finding remains.
    const filled = {
      ...draft,
      paragraphs: draft.paragraphs.map((p) =>
        p.text === "" && p.format.headingLevel === undefined && !p.cell
          ? { ...p, text: "Nội dung báo cáo của đơn vị về mục này, có số liệu cụ thể." }
          : p,
      ),
    };
    const result = checkDocument(filled, request);
    const rules = result.findings.map((f) => f.rule);
    expect(rules.filter((r) => /^(header|request|reference|section)-/.test(r))).toEqual([]);
    expect(result.sections.every((s) => s.status === "present")).toBe(true);
  });

  it("refuses to overwrite an existing file", async () => {
    const profilePath = join(tmp, "profile2.json");
    writeFileSync(profilePath, JSON.stringify(EXAMPLE_STATE_PROFILE));
    const out = join(tmp, "co-san.docx");
    writeFileSync(out, "giữ nguyên");
    const { code, stderr } = await vanban("new", "--profile", profilePath, "--type", "cong-van", "-o", out);
    expect(code).toBe(2);
    expect(stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("giữ nguyên");
  });

  it("explains a broken profile", async () => {
    const profilePath = join(tmp, "bad-profile.json");
    writeFileSync(profilePath, JSON.stringify({ system: "state", agency: "" }));
    const { code, stderr } = await vanban("new", "--profile", profilePath, "--type", "bao-cao", "-o", join(tmp, "x.docx"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/hồ sơ|agency/i);
  });
});
