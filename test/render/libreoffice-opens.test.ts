/**
 * The documents vanban writes open in LibreOffice with the user's text intact, however hostile
 * it is: drafts made by `vanban new` for a state and a Party profile whose names are full of
 * markup characters, and each inserted part written as a .docx on its own. All files are
 * converted to plain text in one LibreOffice run.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readDocx } from "../../src/engine";
import {
  buildClosing,
  buildHeader,
  buildOutline,
  EXAMPLE_PARTY_PROFILE,
  EXAMPLE_STATE_PROFILE,
  PARTY_LAYOUT,
  toDocx,
  type OrgProfile,
} from "../../src/parts";
import { upper } from "../../src/parts/blocks";
import { SEED_REQUEST, vanban } from "../support/cli";

jest.setTimeout(120_000);

const INSTALL_HINT =
  "LibreOffice is needed to open the produced documents; install it with: " +
  "apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2";

const MARKUP = `<b>&amp; "ngoặc kép" 'nháy' ]]> <![CDATA[x]]> &lt;/w:t&gt;`;
/** C0 controls and a lone surrogate cannot exist in XML: they are dropped, the rest is kept. */
const WITH_CONTROLS = "Trần\u0001 Thị\u001f Bình\ud800";
const WITHOUT_CONTROLS = "Trần Thị Bình";

function hostile(base: OrgProfile, system: "state" | "party"): OrgProfile {
  return {
    ...base,
    parentAgency: `${system === "state" ? "UBND tỉnh" : "Tỉnh ủy"} ${MARKUP}`,
    agency: `Sở & <Văn phòng> "${system}"`,
    agencyInText: `Văn phòng "${system}" & <Tỉnh>`,
    place: "Kiên Giang",
    signer: { ...base.signer, name: `Nguyễn ${MARKUP}` },
    recipients: [`Bộ <Nội vụ> & 'Ngoại giao' ]]>`, WITH_CONTROLS],
  };
}

const STATE = hostile(EXAMPLE_STATE_PROFILE, "state");
const PARTY = hostile(EXAMPLE_PARTY_PROFILE, "party");
const SUBJECT = `Báo cáo <thực trạng> & "giải pháp" ]]> năm 2023`;
const OUTLINE = [
  { number: "I", title: `Tình hình ${MARKUP}`, children: [{ number: "1", title: `Nguyên nhân & <kết quả>`, children: [] }] },
  { number: "II", title: `Đề xuất "kiến nghị" ]]>`, children: [] },
];

/** What each file must show, as LibreOffice's text export writes it. */
const EXPECTED: Record<string, string[]> = {
  "new-state": [
    upper(STATE.parentAgency),
    upper(STATE.agency),
    SUBJECT,
    `Nguyễn ${MARKUP}`,
    `- Bộ <Nội vụ> & 'Ngoại giao' ]]>;`,
    `- ${WITHOUT_CONTROLS};`,
    "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ",
  ],
  "new-party": [upper(PARTY.parentAgency), upper(PARTY.agency), `Nguyễn ${MARKUP}`, `V/v ${SUBJECT}`, `- ${WITHOUT_CONTROLS};`],
  "part-header": [upper(STATE.parentAgency), upper(STATE.agency), SUBJECT],
  "part-closing": [`Nguyễn ${MARKUP}`, `- Bộ <Nội vụ> & 'Ngoại giao' ]]>;`, `- ${WITHOUT_CONTROLS};`],
  "part-outline": [`I. Tình hình ${MARKUP}`, "1. Nguyên nhân & <kết quả>", `II. Đề xuất "kiến nghị" ]]>`],
  "part-party-closing": [`Nguyễn ${MARKUP}`, `- ${WITHOUT_CONTROLS};`],
};

let dir = "";
const texts: Record<string, string> = {};

beforeAll(async () => {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error(`soffice is not available (${probe.error?.message ?? probe.stderr}). ${INSTALL_HINT}`);
  }
  dir = mkdtempSync(join(tmpdir(), "vanban-lo-"));

  // Drafts through the real command line, from profile files as a clerk writes them.
  for (const [name, profile, type] of [
    ["new-state", STATE, "bao-cao"],
    ["new-party", PARTY, "cong-van"],
  ] as const) {
    const profilePath = join(dir, `${name}.json`);
    writeFileSync(profilePath, JSON.stringify(profile, null, 2));
    const result = await vanban(
      "new", "--profile", profilePath, "--type", type, "--request", SEED_REQUEST, "--subject", SUBJECT, "-o", join(dir, `${name}.docx`),
    );
    if (result.code !== 0) throw new Error(`vanban new failed for ${name}: ${result.stderr}`);
  }
  const parts: Record<string, Uint8Array> = {
    "part-header": toDocx(buildHeader(STATE, { type: "bao-cao", subject: SUBJECT })),
    "part-closing": toDocx(buildClosing(STATE, { type: "bao-cao" })),
    "part-outline": toDocx(buildOutline(OUTLINE)),
    "part-party-closing": toDocx(buildClosing(PARTY, { type: "bao-cao" }), { layout: PARTY_LAYOUT }),
  };
  for (const [name, bytes] of Object.entries(parts)) writeFileSync(join(dir, `${name}.docx`), bytes);

  const files = Object.keys(EXPECTED).map((name) => join(dir, `${name}.docx`));
  // One LibreOffice start for every file; a private profile keeps parallel runs apart.
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "txt:Text", "--outdir", dir, ...files],
    { encoding: "utf8", timeout: 100_000 },
  );
  for (const name of Object.keys(EXPECTED)) {
    const out = join(dir, `${name}.txt`);
    if (!existsSync(out)) {
      throw new Error(`LibreOffice did not convert ${name}.docx (status ${conversion.status}): ${conversion.stderr}${conversion.stdout}`);
    }
    texts[name] = readFileSync(out, "utf8").replace(/^\uFEFF/, "");
  }
});

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(EXPECTED))("%s.docx opened by LibreOffice", (name) => {
  test("shows every hostile string intact", () => {
    const lines = texts[name].split(/\r?\n/).map((line) => line.trim());
    for (const expected of EXPECTED[name]) {
      if (!lines.some((line) => line.includes(expected))) {
        throw new Error(`"${expected}" is not in ${name}.txt:\n${texts[name]}`);
      }
    }
    // Markup-looking text stayed text: no escape sequence leaked through doubled, nothing cut at "<".
    expect(texts[name]).not.toContain("&amp;amp;");
    expect(texts[name]).not.toContain("&lt;b&gt;");
  });

  test("reads back through the engine with the same text", () => {
    const model = readDocx(new Uint8Array(readFileSync(join(dir, `${name}.docx`))));
    const all = model.paragraphs.map((p) => p.text).join("\n");
    for (const expected of EXPECTED[name]) expect(all).toContain(expected);
  });
});
