/** Help, option mistakes and rule selection, through the command line as a user types it. */
import { checkDocument } from "../../src/engine/check";
import { InputError } from "../../src/engine/errors";
import { SEEDS, SEED_REPLY, SEED_REQUEST, expectRefusal, vanban } from "../support/cli";

const COMMANDS = ["check", "request", "new", "review"];

interface Finding {
  rule: string;
  severity: string;
}

/** The engine's own refusal of a rule id, to compare the command line's line with. */
function engineMessage(ids: string[]): string {
  try {
    checkDocument({ source: "text", paragraphs: [], notices: [] }, null, { rules: ids });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`the engine accepted ${ids.join(", ")}`);
}

describe("help", () => {
  it.each(COMMANDS)("vanban %s --help explains the command in Vietnamese and exits 0", async (command) => {
    for (const flag of ["--help", "-h"]) {
      const result = await vanban(command, flag);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain("Cách dùng:");
      expect(result.stdout).toContain(`vanban ${command} `);
      // Help wins over anything else on the line, even what would be refused.
      expect((await vanban(command, "--bogus", flag)).stdout).toBe(result.stdout);
    }
    const viaHelp = await vanban("help", command);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await vanban(command, "--help")).stdout);
  });

  it("lists every command at the top level", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const { code, stdout } = await vanban(...args);
      expect(code).toBe(0);
      for (const command of COMMANDS) expect(stdout).toContain(`vanban ${command} `);
    }
    expect((await vanban()).code).toBe(2);
  });

  it("names the rules check and review can choose", async () => {
    const { stdout } = await vanban("check", "--help");
    const ids = engineMessage(["khong-co"]).split(": ").pop()!.replace(/\.$/, "").split(", ");
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(stdout).toContain(id);
  });

  it("refuses help about a command that does not exist", async () => {
    expectRefusal(await vanban("help", "kiemtra"), /không có lệnh "kiemtra"/);
  });

  it("refuses an unknown option before any command", async () => {
    expectRefusal(await vanban("--bogus"), /không có tùy chọn "--bogus"\. Xem: vanban --help/);
  });
});

describe("option mistakes", () => {
  it.each(COMMANDS)("vanban %s refuses an unknown option in one Vietnamese line", async (command) => {
    const result = await vanban(command, SEED_REPLY, "--bogus");
    expectRefusal(result, new RegExp(`lệnh ${command} không có tùy chọn --bogus\\. Xem: vanban ${command} --help`));
    expectRefusal(await vanban(command, "-x", SEED_REPLY), /không có tùy chọn -x\./);
  });

  it("says which option lacks its value", async () => {
    expectRefusal(await vanban("check", SEED_REPLY, "--request"), /--request cần một giá trị/);
    // The next option is not taken for the missing file.
    expectRefusal(await vanban("check", SEED_REPLY, "--request", "--format", "json"), /--request cần một giá trị/);
    expectRefusal(await vanban("review", SEEDS, "--request", SEED_REQUEST, "--json=yes"), /--json không nhận giá trị/);
  });

  it("tells review needs --request", async () => {
    for (const args of [[SEEDS], [SEEDS, "--json"], []]) {
      const result = await vanban("review", ...args);
      expectRefusal(result, /review cần --request/);
    }
  });
});

describe("choosing rules", () => {
  let all: Finding[];
  beforeAll(async () => {
    const { stdout } = await vanban("check", SEED_REPLY, "--request", SEED_REQUEST, "--format", "json");
    all = JSON.parse(stdout).findings;
    // The reply to seed 002 breaks several rules, so leaving some out is visible.
    expect(new Set(all.map((f) => f.rule)).size).toBeGreaterThanOrEqual(3);
  });

  async function findings(...options: string[]): Promise<{ code: number; findings: Finding[]; sections: unknown[] }> {
    const { code, stdout, stderr } = await vanban("check", SEED_REPLY, "--request", SEED_REQUEST, "--format", "json", ...options);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    return { code, findings: report.findings, sections: report.sections };
  }

  it("--rules runs only the rules named", async () => {
    const kept = ["section-missing", "header-missing"];
    const only = await findings("--rules", kept.join(","));
    expect(only.findings).toEqual(all.filter((f) => kept.includes(f.rule)));
    expect(only.findings.length).toBeGreaterThan(0);
    expect(only.sections.length).toBeGreaterThan(0);
  });

  it("--rules without a section rule leaves the outline comparison out, as the engine does", async () => {
    const only = await findings("--rules", "header-missing");
    expect(only.sections).toEqual([]);
    expect(only.findings.every((f) => f.rule === "header-missing")).toBe(true);
    expect(only.code).toBe(only.findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("--no-rule leaves out the rules named, repeated or as a list", async () => {
    const left = ["section-missing", "request-not-cited", "section-empty"];
    const without = await findings("--no-rule", left[0], "--no-rule", `${left[1]},${left[2]}`);
    expect(without.findings).toEqual(all.filter((f) => !left.includes(f.rule)));
    expect(without.findings.length).toBeGreaterThan(0);
    expect(without.findings.length).toBeLessThan(all.length);
  });

  it("refuses an unknown rule with the engine's message", async () => {
    for (const args of [["--rules", "nope,header-missing"], ["--no-rule", "nope"], ["--rules", "header-missing", "--no-rule", "nope"]]) {
      const result = await vanban("check", SEED_REPLY, ...args);
      expectRefusal(result, /nope/);
      expect(result.stderr).toBe(`vanban: ${engineMessage(["nope"])}\n`);
    }
    const review = await vanban("review", SEEDS, "--request", SEED_REQUEST, "--rules", "nope");
    expect(review.stderr).toBe(`vanban: ${engineMessage(["nope"])}\n`);
    expectRefusal(await vanban("check", SEED_REPLY, "--rules", ","), /--rules cần ít nhất một mã/);
  });

  it("review reports only the chosen rules' findings, and keeps the citation and outline columns", async () => {
    const review = async (...options: string[]) => {
      const result = await vanban("review", SEEDS, "--request", SEED_REQUEST, "--json", "--jobs", "1", ...options);
      return { code: result.code, report: JSON.parse(result.stdout) };
    };
    const full = await review();
    const left = ["section-missing", "section-empty", "request-not-cited"];
    const narrowed = await review("--no-rule", left.join(","));
    expect(narrowed.report.rows).toHaveLength(full.report.rows.length);
    full.report.rows.forEach((row: Record<string, unknown> & { findings: Finding[] }, i: number) => {
      const kept = row.findings.filter((f) => !left.includes(f.rule));
      const count = (severity: string) => kept.filter((f) => f.severity === severity).length;
      expect(narrowed.report.rows[i]).toEqual({
        ...row,
        findings: kept,
        errors: count("error"),
        warnings: count("warning"),
        others: count("info"),
      });
    });
    // Seed 002's replies do not cite it: leaving the rule out must not make them read as citing.
    expect(full.report.rows.some((row: { citation: string }) => row.citation === "missing")).toBe(true);
    const errors = narrowed.report.rows.some((row: { errors: number }) => row.errors > 0);
    expect(narrowed.code).toBe(errors ? 1 : 0);
    expect(full.code).toBe(1);
  });
});
