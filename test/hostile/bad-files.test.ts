/**
 * A corpus of broken and hostile files, generated into a temporary folder and run through the
 * real command line (`vanban check FILE` and `vanban check GOOD --request FILE`). Each one is
 * either refused in one clear Vietnamese line with exit code 2, or checked correctly; none
 * crashes, prints a stack trace, hangs, reads anything but the file it was given, or changes it.
 */
import { execFileSync } from "child_process";
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strToU8 } from "fflate";
import { readDocx } from "../../src/engine";
import { buildDocx, documentXml, W_NS } from "../support/docx-builder";
import { craftZip, deflatedZeros } from "../engine/read/zip-craft";
import { expectRefusal, SEED_REPLY, SEED_REQUEST, seededBytes, sha256, vanban } from "../support/cli";

jest.setTimeout(60_000);

let dir = "";
const hashes = new Map<string, string>();

function save(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  hashes.set(path, sha256(path));
  return path;
}

/** A small good draft to pair with a hostile request (and the reverse). */
const GOOD_DRAFT = buildDocx({
  paragraphs: [
    "Kính gửi: Bộ Nội vụ",
    "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở Ngoại vụ báo cáo như sau:",
    { text: "I. Tình hình", style: "Heading1" },
    "Nội dung tình hình.",
  ],
});

function oleFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // The directory entry's name is UTF-16LE, as in a real compound file.
  for (let i = 0; i < stream.length; i++) bytes[1024 + 2 * i] = stream.charCodeAt(i);
  return bytes;
}

/** A package whose main part is `xml` as given (no styles, nothing else). */
function rawDocx(xml: string, extra: Record<string, string> = {}): Uint8Array {
  return buildDocx({ paragraphs: [], omitStyles: true, files: { "word/document.xml": xml, ...extra } });
}

function billionLaughs(): string {
  let entities = '<!ENTITY l0 "lol">';
  for (let level = 1; level <= 9; level++) entities += `<!ENTITY l${level} "${`&l${level - 1};`.repeat(10)}">`;
  return (
    `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]>` +
    `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>`
  );
}

// Just the letters of the sentences below, from the TCVN3 (ABC) code chart.
const TCVN3: Record<string, number> = {
  á: 0xb8, ả: 0xb6, ạ: 0xb9, ă: 0xa8, ế: 0xd5, ệ: 0xd6, í: 0xdd, ộ: 0xe9, ụ: 0xf4, ủ: 0xf1, ự: 0xf9, ử: 0xf6, ở: 0xeb,
};
const TCVN3_LINES = [
  "Kính gửi: Bộ Nội vụ",
  "Báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Sở Ngoại vụ.",
];

/** The bytes an old TCVN3 editor writes: one byte per letter. */
function tcvn3Bytes(text: string): Uint8Array {
  return Uint8Array.from([...text.normalize("NFC")], (ch) => {
    const code = TCVN3[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`no TCVN3 code for ${ch}`);
    return code;
  });
}

/** The same text as Word shows it in a .VnTime run: each byte read as a Latin-1 character. */
function tcvn3Latin1(text: string): string {
  return String.fromCharCode(...tcvn3Bytes(text));
}

let paths: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vanban-hostile-"));
  const good = buildDocx({ paragraphs: ["Kính gửi: Bộ Nội vụ", "Nội dung báo cáo đầy đủ để thử cắt ngắn tệp."] });
  const deep = 100_000;
  paths = {
    goodDraft: save("good.docx", GOOD_DRAFT),
    random: save("random.docx", seededBytes(64 * 1024, 11)),
    truncated: save("truncated.docx", good.subarray(0, Math.floor(good.length / 2))),
    noDocument: save("no-document.docx", buildDocx({ paragraphs: ["x"], omit: ["word/document.xml"] })),
    encrypted: save("encrypted.docx", oleFile("EncryptedPackage")),
    oldDoc: save("old.doc", oleFile("WordDocument")),
    bomb: save(
      "bomb.docx",
      craftZip([{ name: "word/document.xml", data: deflatedZeros(300 * 1024 * 1024), method: 8, declaredSize: 300 * 1024 * 1024 }]),
    ),
    lyingBomb: save(
      "lying-bomb.docx",
      craftZip([{ name: "word/document.xml", data: deflatedZeros(300 * 1024 * 1024), method: 8, declaredSize: 40 * 1024 }]),
    ),
    laughs: save("laughs.docx", rawDocx(billionLaughs())),
    deep: save(
      "deep.docx",
      rawDocx(`<w:document xmlns:w="${W_NS}"><w:body>${"<w:tbl>".repeat(deep)}${"</w:tbl>".repeat(deep)}</w:body></w:document>`),
    ),
    badUtf8: save("bad-utf8.txt", new Uint8Array([...strToU8("Kính gửi: Bộ Nội vụ\n"), 0xc3, 0x28, 0xa0, 0xa1, ...strToU8(" báo cáo\n")])),
    emptyTxt: save("empty.txt", ""),
    emptyDocx: save("empty.docx", ""),
    whitespace: save("whitespace.txt", " \t\n\r\n   \u00a0\n\n\t"),
    tcvn3Txt: save("tcvn3.txt", new Uint8Array(TCVN3_LINES.flatMap((line) => [...tcvn3Bytes(line), 0x0d, 0x0a]))),
    tcvn3Docx: save(
      "tcvn3.docx",
      buildDocx({ paragraphs: TCVN3_LINES.map((line) => ({ text: tcvn3Latin1(line), font: ".VnTime" })) }),
    ),
    vietnameseName: save("Báo cáo tháng 9 (bản cuối) – Sở Ngoại vụ.docx", GOOD_DRAFT),
    escapingRels: save(
      "escaping-rels.docx",
      buildDocx({
        paragraphs: ["Kính gửi: Bộ Nội vụ", "Nội dung."],
        files: {
          "word/_rels/document.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../etc/passwd"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/etc/passwd"/>' +
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="file:///etc/shadow"/>' +
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../../../../../../etc/hostname" TargetMode="External"/>' +
            "</Relationships>",
          "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="../../../etc/passwd"/>' +
            "</Relationships>",
        },
      }),
    ),
    tablesOnly: save(
      "tables-only.docx",
      buildDocx({
        paragraphs: [
          { table: [["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 15/BC-SNgV", "Kiên Giang, ngày 31 tháng 02 năm 2023"]] },
          { table: [["Chỉ tiêu", "Kết quả"], ["Số vụ việc", "12"], [[{ table: [["lồng", "nhau"]] }], "Theo Công văn số 4874/BNV-CCVC ngày 29/8/2023"]] },
        ],
      }),
    ),
  };
  mkdirSync(join(dir, "a folder.docx"));
  paths.directory = join(dir, "a folder.docx");
  // Reading either of these to its end would never finish.
  paths.pipe = join(dir, "pipe.txt");
  execFileSync("mkfifo", [paths.pipe]);
  paths.device = "/dev/zero";
});

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** Each refused file, with the phrase that tells the clerk what it is. */
const REFUSALS: [string, RegExp][] = [
  ["random", /có đuôi của Word nhưng nội dung không phải tệp \.docx/],
  ["truncated", /bị hỏng hoặc không đầy đủ/],
  ["noDocument", /bị hỏng hoặc không đầy đủ/],
  ["encrypted", /đặt mật khẩu/],
  ["oldDoc", /tệp Word \.doc kiểu cũ/],
  ["bomb", /quá lớn sau khi giải nén/],
  ["lyingBomb", /quá lớn sau khi giải nén/],
  ["laughs", /XML không được phép \(DOCTYPE/],
  ["deep", /lồng nhau quá \d+ cấp/],
  ["badUtf8", /không ở bảng mã UTF-8/],
  ["emptyTxt", /Tệp trống/],
  ["emptyDocx", /Tệp trống/],
  ["whitespace", /Tệp trống/],
  ["tcvn3Txt", /bảng mã cũ TCVN3/],
  ["directory", /là một thư mục, không phải tệp/],
  ["pipe", /không phải tệp thông thường/],
  ["device", /không phải tệp thông thường/],
];

describe.each(REFUSALS)("%s is refused in one clear line", (key, phrase) => {
  test("as the draft", async () => {
    const result = await vanban("check", paths[key]);
    expectRefusal(result, phrase);
    expect(result.stderr).toContain(paths[key]);
  });

  test("as the request", async () => {
    const result = await vanban("check", paths.goodDraft, "--request", paths[key]);
    expectRefusal(result, phrase);
    expect(result.stderr).toContain(paths[key]);
  });
});

describe("files that are read and checked", () => {
  test("a file name with Vietnamese letters, spaces and brackets", async () => {
    const result = await vanban("check", paths.vietnameseName, "--request", SEED_REQUEST, "--format", "json");
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe(paths.vietnameseName);
    expect(report.request.number).toBe("4874/BNV-CCVC");
    expect(report.sections.find((s: { number: string }) => s.number === "I").status).not.toBe("missing");
    expect(report.sections.find((s: { number: string }) => s.number === "II").status).toBe("missing");
    expect(result.code).toBe(1);
    const asRequest = await vanban("check", SEED_REPLY, "--request", paths.vietnameseName);
    expect(asRequest.stderr).not.toMatch(/lỗi không mong đợi|\n\s+at /);
    expect([0, 1, 2]).toContain(asRequest.code);
  });

  test("a document made only of tables (nested too) is read cell by cell", async () => {
    const result = await vanban("check", paths.tablesOnly, "--format", "json");
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    const invalid = report.findings.find((f: { rule: string }) => f.rule === "date-invalid");
    expect(invalid?.excerpt).toContain("31 tháng 02 năm 2023");
    expect(result.code).toBe(1);
  });

  test("a TCVN3 .docx (.VnTime) is not checked as if its text were Vietnamese", async () => {
    const result = await vanban("check", paths.tcvn3Docx);
    expectRefusal(result, /bảng mã cũ TCVN3/);
    const asRequest = await vanban("check", paths.goodDraft, "--request", paths.tcvn3Docx);
    expectRefusal(asRequest, /bảng mã cũ TCVN3/);
  });

  test("relationships that point outside the package never reach the file system", async () => {
    const reads: string[] = [];
    const record = (target: unknown): void => {
      reads.push(String(target));
    };
    const readSpy = jest.spyOn(fs, "readFileSync");
    const openSpy = jest.spyOn(fs, "openSync");
    const statSpy = jest.spyOn(fs, "statSync");
    const existsSpy = jest.spyOn(fs, "existsSync");
    const accessSpy = jest.spyOn(fs, "accessSync");
    try {
      const result = await vanban("check", paths.escapingRels, "--format", "json");
      for (const spy of [readSpy, openSpy, statSpy, existsSpy, accessSpy]) {
        for (const call of spy.mock.calls) record(call[0]);
      }
      expect(result.code).toBeLessThan(2);
      expect(JSON.parse(result.stdout).file).toBe(paths.escapingRels);
    } finally {
      for (const spy of [readSpy, openSpy, statSpy, existsSpy, accessSpy]) spy.mockRestore();
    }
    expect(reads.length).toBeGreaterThan(0);
    expect([...new Set(reads)]).toEqual([paths.escapingRels]);
  });
});

describe("list numbering built to draw enormous labels", () => {
  function numberedDocx(level: string, count: number): Uint8Array {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${level}</w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const paragraphs = Array.from({ length: count }, (_, i) => ({ text: `Mục ${i}`, list: { numId: 1 } }));
    return buildDocx({ numbering, paragraphs: [{ text: "I. Tình hình", style: "Heading1" }, ...paragraphs] });
  }
  // A start of two billion in letters would be "aaaa…" 77 million letters long; two million "%1" repeat the number.
  const HOSTILE_LEVELS: [string, string][] = [
    ["a start of two billion, in letters", '<w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/>'],
    ["a level text of two million placeholders", `<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(2_000_000)}"/>`],
  ];

  test.each(HOSTILE_LEVELS)("%s: labels stay short", (_name, level) => {
    const model = readDocx(numberedDocx(level, 3));
    const labels = model.paragraphs.map((p) => p.listLabel ?? "");
    expect(labels.slice(1).every((label) => label.length > 0)).toBe(true);
    expect(Math.max(...labels.map((label) => label.length))).toBeLessThanOrEqual(300);
  });

  test.each(HOSTILE_LEVELS)("%s: 5,000 numbered paragraphs checked through the command line", async (name, level) => {
    const file = save(`numbering-${name.length}.docx`, numberedDocx(level, 5000));
    const result = await vanban("check", file, "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBeLessThan(2);
    expect(JSON.parse(result.stdout).file).toBe(file);
  });
});

test("100,000 fields nested in one paragraph and never ended: read in linear time, results kept", async () => {
  // Every level begins a field, separates its result and shows "x"; none ends. Searching the
  // open fields for each piece of text once made this quadratic (9 s at this size, 35 s at twice it).
  const nested = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>';
  const body = `<w:p><w:r><w:t>Kính gửi: Bộ Nội vụ</w:t></w:r></w:p><w:p>${nested.repeat(100_000)}</w:p>`;
  const file = save("nested-fields.docx", rawDocx(documentXml(body)));
  const model = readDocx(new Uint8Array(fs.readFileSync(file)));
  expect(model.paragraphs[1].text).toBe("x".repeat(100_000));
  const result = await vanban("check", file);
  expect(result.stderr).toBe("");
  expect(result.code).toBeLessThan(2);
});

describe("request profiles and organization profiles (.json)", () => {
  // JSON a legacy editor saved in TCVN3 bytes is not UTF-8: read leniently, "Bộ Nội vụ" would become "B� N�i v�".
  test("a request profile that is not UTF-8 is refused, not read as replacement characters", async () => {
    const file = save("request-legacy.json", tcvn3Bytes(JSON.stringify({ number: "4874/BNV-CCVC", issuer: "Bộ Nội vụ" })));
    expectRefusal(await vanban("check", paths.goodDraft, "--request", file), /không ở bảng mã UTF-8/);
    expectRefusal(await vanban("request", file), /không ở bảng mã UTF-8/);
  });

  test("an organization profile that is not UTF-8 is refused by vanban new", async () => {
    const profile = {
      system: "state", parentAgency: "", agency: "Sở Ngoại vụ", agencyCode: "SNgV", unitCode: "VP", place: "Kien Giang",
      signer: { authority: "", authorityOf: "", title: "GIAM DOC", name: "An" }, recipients: [],
    };
    const file = save("profile-legacy.json", tcvn3Bytes(JSON.stringify(profile)));
    const out = join(dir, "never-written.docx");
    expectRefusal(await vanban("new", "--profile", file, "--type", "bao-cao", "-o", out), /không ở bảng mã UTF-8/);
    expect(fs.existsSync(out)).toBe(false);
    // The same profile in UTF-8 is fine, so the refusal is about the encoding alone.
    const utf8 = save("profile.json", JSON.stringify(profile));
    expect((await vanban("new", "--profile", utf8, "--type", "bao-cao", "-o", out)).code).toBe(0);
    rmSync(out);
  });

  test.each([
    ["truncated", '{"number": "4874/BNV', /không phải JSON hợp lệ/],
    ["an array 100,000 levels deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, /phải là một đối tượng JSON/],
    [
      "an outline 5,000 levels deep",
      `{"outline": ${'[{"title": "a", "children": '.repeat(5000)}[]${"}]".repeat(5000)}}`,
      /lồng quá 9 cấp/,
    ],
    ["a date that does not exist", '{"number": "1/BC", "deadline": "2023-02-30"}', /ngày không có thật: 2023-02-30/],
  ])("a request profile that is %s", async (_name, json, phrase) => {
    const file = save(`request-${hashes.size}.json`, json);
    expectRefusal(await vanban("check", paths.goodDraft, "--request", file), phrase);
  });
});

describe("a 50 MB .docx", () => {
  test("over 100,000 paragraphs: read and checked to the last paragraph in bounded memory", async () => {
    // One megabyte of varied paragraphs, repeated, stored uncompressed: 50 MB of XML in a 50 MB file.
    const words = ["báo", "cáo", "tình", "hình", "số", "liệu", "năm", "kết", "quả", "thực", "hiện", "nhiệm", "vụ", "cán", "bộ"];
    const noise = seededBytes(64 * 1024, 5);
    const chunkParts: string[] = [];
    for (let p = 0, at = 0; chunkParts.join("").length < 1024 * 1024; p++) {
      let line = "";
      for (let k = 0; k < 30; k++, at = (at + 1) % noise.length) line += `${words[noise[at] % words.length]}${noise[at] % 97} `;
      chunkParts.push(`<w:p><w:r><w:t>${line.trim()}.</w:t></w:r></w:p>`);
    }
    const chunk = strToU8(chunkParts.join(""));
    const head = strToU8(documentXml("\u0000").split("\u0000")[0] + "<w:p><w:r><w:t>Kính gửi: Bộ Nội vụ</w:t></w:r></w:p>");
    const tail = strToU8(
      "<w:p><w:r><w:t>Đoạn cuối: hạn gửi ngày 31/02/2023.</w:t></w:r></w:p>" + documentXml("\u0000").split("\u0000")[1],
    );
    const copies = 50;
    const xml = new Uint8Array(head.length + chunk.length * copies + tail.length);
    xml.set(head, 0);
    for (let i = 0; i < copies; i++) xml.set(chunk, head.length + i * chunk.length);
    xml.set(tail, head.length + chunk.length * copies);
    const big = save("big.docx", craftZip([{ name: "word/document.xml", data: xml, method: 0, declaredSize: xml.length }]));
    expect(fs.statSync(big).size).toBeGreaterThan(50 * 1024 * 1024);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    let result;
    try {
      result = await vanban("check", big, "--format", "json");
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(1.5 * 1024 * 1024 * 1024);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    // The impossible date in the very last paragraph is found: nothing was cut off.
    const paragraphs = 2 + chunkParts.length * copies;
    expect(paragraphs).toBeGreaterThan(100_000);
    const invalid = report.findings.filter((f: { rule: string }) => f.rule === "date-invalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0].paragraph).toBe(paragraphs);
    expect(invalid[0].excerpt).toContain("31/02/2023");
    expect(result.code).toBe(1);
  });
});

test("no input file was changed", () => {
  expect(hashes.size).toBeGreaterThan(15);
  for (const [path, hash] of hashes) expect(sha256(path)).toBe(hash);
});
