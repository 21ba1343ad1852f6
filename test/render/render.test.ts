/**
 * Proof through a real renderer: drafts are converted by LibreOffice to PDF and read back
 * with pdftotext -layout, so the assertions are about what a reader sees on the page.
 * With VANBAN_WRITE_DOCS=1 the first pages of the state and Party examples are also
 * written to docs/example-state.png and docs/example-party.png.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { buildNewDraft } from "../../src/parts/new-draft";

jest.setTimeout(180_000);

const INSTALL_HINT =
  "install them with: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils";

function requireTool(command: string, args: string[]): void {
  const probe = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  if (probe.error) {
    throw new Error(`The render test needs "${command}", which is not available (${probe.error.message}); ${INSTALL_HINT}`);
  }
}

const DRAFTS = {
  "state-bao-cao": () =>
    buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-01-05" }),
  "state-cong-van": () =>
    buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "cong-van", request: EXAMPLE_REQUEST, number: 12, date: "2023-03-15", urgency: "KHẨN" }),
  "party-bao-cao": () =>
    buildNewDraft({
      profile: EXAMPLE_PARTY_PROFILE,
      type: "bao-cao",
      request: EXAMPLE_REQUEST,
      subject: "Thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy",
      date: "2023-09-05",
    }),
  "party-cong-van": () =>
    buildNewDraft({ profile: { ...EXAMPLE_PARTY_PROFILE, agencyCode: "BNCTU" }, type: "cong-van", request: EXAMPLE_REQUEST, number: 1702 }),
} as const;

type DraftName = keyof typeof DRAFTS;

let workDir = "";
const pages: Record<string, string[]> = {};

beforeAll(() => {
  requireTool("soffice", ["--version"]);
  requireTool("pdftotext", ["-v"]);
  workDir = mkdtempSync(join(tmpdir(), "vanban-render-"));
  const files: string[] = [];
  for (const [name, build] of Object.entries(DRAFTS)) {
    const file = join(workDir, `${name}.docx`);
    writeFileSync(file, build());
    files.push(file);
  }
  // One LibreOffice start for all files; a private profile keeps parallel runs apart.
  const profileUrl = `file://${join(workDir, "lo-profile")}`;
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profileUrl}`, "--headless", "--convert-to", "pdf", "--outdir", workDir, ...files],
    { encoding: "utf8", timeout: 150_000 },
  );
  for (const name of Object.keys(DRAFTS)) {
    const pdf = join(workDir, `${name}.pdf`);
    if (!existsSync(pdf)) {
      throw new Error(`LibreOffice did not produce ${name}.pdf (status ${conversion.status}): ${conversion.stderr}${conversion.stdout}`);
    }
    pages[name] = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  }
});

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

function lines(name: DraftName, page = 0): string[] {
  return pages[name][page].split("\n");
}

/** Index of the first line containing `text`; fails with the page text when there is none. */
function lineOf(name: DraftName, text: string, page = 0): number {
  const index = lines(name, page).findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not on page ${page + 1} of ${name}:\n${pages[name][page]}`);
  return index;
}

function columnOf(name: DraftName, text: string, page = 0): number {
  return lines(name, page)[lineOf(name, text, page)].indexOf(text);
}

function firstLines(name: DraftName, count: number): string[] {
  return lines(name)
    .filter((line) => line.trim() !== "")
    .slice(0, count);
}

describe("state báo cáo rendered by LibreOffice", () => {
  const name = "state-bao-cao";

  it("puts the agency and the Quốc hiệu on the same top lines, left and right", () => {
    const [first, second] = firstLines(name, 2);
    expect(first).toContain("UBND TỈNH KIÊN GIANG");
    expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first.indexOf("UBND TỈNH KIÊN GIANG")).toBeLessThan(first.indexOf("CỘNG HÒA"));
    expect(second).toContain("SỞ NGOẠI VỤ");
    expect(second).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(second.indexOf("SỞ NGOẠI VỤ")).toBeLessThan(second.indexOf("Độc lập"));
  });

  it("puts the number left and the date under the motto, on the right", () => {
    const dateLine = lineOf(name, "Kiên Giang, ngày 05 tháng 01 năm 2023");
    expect(dateLine).toBeGreaterThan(lineOf(name, "Độc lập - Tự do - Hạnh phúc"));
    expect(lines(name)[dateLine]).toMatch(/Số:\s+\/BC-SNgV\s+Kiên Giang/);
    const motto = columnOf(name, "Độc lập");
    const date = columnOf(name, "Kiên Giang, ngày");
    expect(Math.abs(date - motto)).toBeLessThan(12);
    expect(date).toBeGreaterThan(columnOf(name, "Số:"));
  });

  it("centres the type name and subject under the header", () => {
    const title = lineOf(name, "BÁO CÁO");
    expect(title).toBeGreaterThan(lineOf(name, "Kiên Giang, ngày"));
    expect(lines(name)[title].trim()).toBe("BÁO CÁO");
    expect(lines(name)[title + 1]).toContain("Thực trạng, nhiệm vụ, giải pháp");
  });

  it("keeps the outline headings in order after the opening sentence", () => {
    const text = pages[name].join("\n");
    const positions = [
      "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ",
      "I. Tình hình",
      "1. Đánh giá thực trạng",
      "II. Nguyên nhân",
      "1. Nguyên nhân khách quan",
      "2. Nguyên nhân chủ quan",
      "III. Nhiệm vụ, giải pháp",
      "IV. Đề xuất, kiến nghị",
      "Nơi nhận:",
    ].map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("puts Nơi nhận left of the signature, and the signer's name under it", () => {
    const last = pages[name].length - 2; // the text ends with a form feed
    const heading = lineOf(name, "Nơi nhận:", last);
    const authority = lineOf(name, "KT. GIÁM ĐỐC", last);
    expect(Math.abs(heading - authority)).toBeLessThanOrEqual(1);
    expect(columnOf(name, "KT. GIÁM ĐỐC", last)).toBeGreaterThan(columnOf(name, "Nơi nhận:", last) + 30);
    expect(lineOf(name, "- Như trên;", last)).toBe(heading + 1);
    expect(lineOf(name, "- Lưu: VT, VP.", last)).toBeGreaterThan(heading);
    expect(lineOf(name, "Nguyễn Văn An", last)).toBeGreaterThan(lineOf(name, "PHÓ GIÁM ĐỐC", last) + 2);
  });

  it("numbers pages from the second one, centred at the top", () => {
    expect(pages[name].length).toBeGreaterThanOrEqual(3);
    expect(firstLines(name, 1)[0]).not.toMatch(/^\s*1\s*$/);
    const secondPage = lines(name, 1).filter((line) => line.trim() !== "");
    expect(secondPage[0].trim()).toBe("2");
  });
});

describe("state công văn rendered by LibreOffice", () => {
  const name = "state-cong-van";

  it("puts Số and V/v on the left under the agency, the date on the right", () => {
    const numberLine = lineOf(name, "Số: 12/SNgV-VP");
    expect(lines(name)[numberLine]).toContain("Kiên Giang, ngày 15 tháng 3 năm 2023");
    expect(lineOf(name, "V/v báo cáo thực trạng")).toBe(numberLine + 1);
    expect(columnOf(name, "V/v")).toBeLessThan(columnOf(name, "Kiên Giang"));
    expect(lineOf(name, "KHẨN")).toBeGreaterThan(numberLine);
    expect(lineOf(name, "Kính gửi: Bộ Nội vụ.")).toBeGreaterThan(numberLine);
  });

  it("has no type title: the opening follows Kính gửi", () => {
    expect(pages[name][0]).not.toContain("CÔNG VĂN");
    expect(lineOf(name, "Thực hiện Công văn số 4874/BNV-CCVC")).toBeGreaterThan(lineOf(name, "Kính gửi"));
  });
});

describe("Party documents rendered by LibreOffice", () => {
  it("báo cáo: agency left, ĐẢNG CỘNG SẢN VIỆT NAM right, star, Party number and date", () => {
    const name = "party-bao-cao";
    const [first, second, third] = firstLines(name, 3);
    expect(first).toContain("TỈNH ỦY KIÊN GIANG");
    expect(first).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(first.indexOf("TỈNH ỦY")).toBeLessThan(first.indexOf("ĐẢNG"));
    expect(second.trim()).toBe("VĂN PHÒNG");
    expect(third.trim()).toBe("*");
    const numberLine = lineOf(name, "-BC/VPTU");
    expect(lines(name)[numberLine]).toMatch(/Số\s+-BC\/VPTU\s+Kiên Giang, ngày 05 tháng 9 năm 2023/);
    expect(lineOf(name, "-----")).toBe(lineOf(name, "BÁO CÁO") + 3);
    expect(pages[name].join("\n")).toContain("Văn phòng Tỉnh ủy báo cáo như sau:");
  });

  it("công văn: Số 1702-CV/BNCTU and a K/T signature right of Nơi nhận", () => {
    const name = "party-cong-van";
    // The blank date stays on the number's line, to be filled by hand.
    expect(lines(name)[lineOf(name, "Số 1702-CV/BNCTU")]).toMatch(/Số 1702-CV\/BNCTU\s+Kiên Giang, ngày\s+tháng\s+năm 20\.\.$/);
    const last = pages[name].length - 2;
    expect(columnOf(name, "K/T CHÁNH VĂN PHÒNG", last)).toBeGreaterThan(columnOf(name, "Nơi nhận:", last) + 30);
  });
});

describe("example pages for the documentation", () => {
  const write = process.env.VANBAN_WRITE_DOCS === "1";
  (write ? it : it.skip)("writes docs/example-state.png and docs/example-party.png", () => {
    requireTool("pdftoppm", ["-v"]);
    const docs = resolve(__dirname, "../../docs");
    mkdirSync(docs, { recursive: true });
    for (const [draft, target] of [
      ["state-bao-cao", "example-state.png"],
      ["party-bao-cao", "example-party.png"],
    ]) {
      const prefix = join(workDir, `${draft}-page`);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(workDir, `${draft}.pdf`), prefix]);
      copyFileSync(`${prefix}.png`, join(docs, target));
      expect(readFileSync(join(docs, target)).subarray(1, 4).toString("latin1")).toBe("PNG");
    }
  });
});
