/**
 * The command line as `npm install` builds it: the modules joined in build/cli/vanban.js, V8's
 * compiled code for it in vanban.cache, and bin/vanban loading both. Built here into a folder of
 * its own by scripts/build-cli.js.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from "fs";
import { join } from "path";
import { vanban } from "../support/cli";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "vanban");
// Relative to the project, where both the tests and the child processes run.
const SEEDS = "test/fixtures/seeds";
const SEED_REPLY = `${SEEDS}/000_b28154c4db1fc991.txt`;
const SEED_REQUEST = `${SEEDS}/002_2b77b3d6864b3803.txt`;
let build: string;
let tmp: string;

beforeAll(() => {
  mkdirSync(join(root, "test-output"), { recursive: true });
  tmp = mkdtempSync(join(root, "test-output", "start-"));
  build = join(tmp, "cli");
  const result = spawnSync(process.execPath, [join(root, "scripts", "build-cli.js"), "--outDir", build], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}, 180000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `node -e` with `load` (bin/vanban's loader) and `build` defined, printing what the program prints. */
function node(program: string): { status: number | null; stdout: string; stderr: string } {
  const prelude = `const { load } = require(${JSON.stringify(bin)}); const build = ${JSON.stringify(build)};`;
  return spawnSync(process.execPath, ["-e", prelude + program], { cwd: root, encoding: "utf8" });
}

/** The built command line run as bin/vanban runs it, from the build folder of this test. */
function builtVanban(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = node(`load(build).cli.run(${JSON.stringify(args)}).then((code) => { process.exitCode = code; });`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the joined command line", () => {
  it.each([
    [["--version"]],
    [["check", SEED_REPLY, "--request", SEED_REQUEST, "--format", "json"]],
    [["check", `${SEEDS}/001_e57b1d95f5c3502e.txt`]],
    [["request", SEED_REQUEST, "--format", "json"]],
    [["help", "new"]],
    [["fix", "--help"]],
    [["nope"]],
  ])("answers `vanban %s` as the separate modules do", async (args) => {
    const expected = await vanban(...args);
    expect(builtVanban(...args)).toEqual(expected);
  });

  it("reviews a folder and writes the spreadsheet, whose library it loads only then", async () => {
    const xlsx = join(tmp, "review.xlsx");
    const built = builtVanban("review", SEEDS, "--request", SEED_REQUEST, "--json", "--xlsx", xlsx);
    expect(statSync(xlsx).size).toBeGreaterThan(0);
    const expected = await vanban("review", SEEDS, "--request", SEED_REQUEST, "--json");
    expect(built.code).toBe(expected.code);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  it("reads a .docx and writes one from the joined file alone, no package file read on the way", () => {
    const out = join(tmp, "moi.docx");
    const program = `const { cli } = load(build);
    cli.run(${JSON.stringify(["new", "--profile", "examples/profiles/so-ngoai-vu.json", "--type", "cong-van", "-o", out])})
      .then(() => cli.run(${JSON.stringify(["check", out, "--format", "json"])}))
      .then(() => {
      process.stderr.write("\\n" + JSON.stringify(Object.keys(require.cache).filter((f) => f.includes("node_modules"))));
    });`;
    const result = node(program);
    expect(statSync(out).size).toBeGreaterThan(1000);
    // fflate (the zip writer and reader) is in the joined file and its compiled code: nothing from node_modules was required.
    expect(JSON.parse(result.stderr.trim().split("\n").pop() as string)).toEqual([]);
    expect(result.stdout).toContain('"findings"');
  });

  it("starts from the compiled code saved by the build, and not from a cache older than the file", () => {
    expect(existsSync(join(build, "vanban.cache"))).toBe(true);
    expect(node("console.log(load(build).script.cachedDataRejected)").stdout.trim()).toBe("false");
    // The joined file written again after its cache: the cache is left alone, and vanban still runs.
    const later = new Date(statSync(join(build, "vanban.cache")).mtimeMs + 60_000);
    utimesSync(join(build, "vanban.js"), later, later);
    const stale = node("const { cli, script } = load(build); console.log(script.cachedDataRejected); cli.run(['--version']);");
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(stale.stdout.trim().split("\n")).toEqual(["undefined", version]);
  });
});

describe("the review worker thread", () => {
  it("starts from the joined file and its compiled code, and checks as this thread does", () => {
    // In a child process: the build's own pool, worker and engine, as `vanban review` runs them.
    const program = `
      const pool = require(build + "/cli/review/pool.js");
      const { collectInputs } = require(build + "/cli/review/collect.js");
      const { loadRequest } = require(build + "/cli/request.js");
      const { Worker } = require("worker_threads");
      const script = pool.defaultWorkerScript();
      // Which compiled modules a worker started from that script loads on its own.
      const probe = new Worker("require(require('worker_threads').workerData.script); require('worker_threads').parentPort.postMessage(Object.keys(require.cache));", { eval: true, workerData: { script, request: null } });
      probe.on("message", async (loaded) => {
        // The worker's own "ready" comes first.
        if (!Array.isArray(loaded)) return;
        await probe.terminate();
        const request = loadRequest(${JSON.stringify(SEED_REQUEST)});
        const inputs = collectInputs([${JSON.stringify(SEEDS)}], ${JSON.stringify(SEED_REQUEST)});
        const here = await pool.reviewDocuments(inputs, request, { jobs: 1 });
        const there = await pool.reviewDocuments(inputs, request, { jobs: 2, workersOnly: true, forceWorkers: true });
        console.log(JSON.stringify({ script, loaded: loaded.filter((f) => f.startsWith(build)).map((f) => f.slice(build.length + 1)), same: JSON.stringify(here.outcomes) === JSON.stringify(there.outcomes), inWorkers: there.inWorkers, count: inputs.length }));
      });`;
    const result = node(program);
    expect(result.stderr).toBe("");
    const answer = JSON.parse(result.stdout) as { script: string; loaded: string[]; same: boolean; inWorkers: number; count: number };
    expect(answer.script).toBe(join(build, "review-worker-start.js"));
    // None of the separate modules: the joined file is run by bin/vanban's loader, not required.
    expect(answer.loaded).toEqual(["review-worker-start.js"]);
    expect(answer.count).toBeGreaterThan(1);
    expect(answer.inWorkers).toBe(answer.count);
    expect(answer.same).toBe(true);
  });
});

describe("loading", () => {
  /** The compiled modules a run of the separate build loaded, relative to the build folder. */
  function loadedModules(args: string[]): string[] {
    const program = `require(build + "/cli/main.js").run(${JSON.stringify(args)}).then(() => {
      process.stderr.write(JSON.stringify(Object.keys(require.cache).filter((f) => f.startsWith(build)).map((f) => f.slice(build.length + 1))));
    });`;
    const result = node(program);
    return JSON.parse(result.stderr) as string[];
  }

  it("leaves the engine unloaded for --version and --help", () => {
    for (const args of [["--version"], ["--help"]]) {
      const loaded = loadedModules(args);
      expect(loaded).toContain("cli/main.js");
      expect(loaded.filter((file) => !file.startsWith("cli/"))).toEqual([]);
    }
  });

  it("loads only the command chosen", () => {
    const loaded = loadedModules(["check", SEED_REPLY]);
    expect(loaded).toContain("cli/check.js");
    expect(loaded).toContain("engine/check.js");
    for (const other of ["cli/fix.js", "cli/new.js", "cli/convert.js", "cli/review/index.js", "report/html.js", "parts/docx.js"]) {
      expect(loaded).not.toContain(other);
    }
  });
});

describe("choosing a command", () => {
  it("refuses a name that is not a command, even one every object has", async () => {
    for (const name of ["constructor", "toString", "__proto__"]) {
      const result = await vanban(name);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`vanban: không có lệnh "${name}". Xem: vanban --help\n`);
    }
  });
});
